package ru.efs.portfolio.dataset;

import static ru.efs.portfolio.dataset.Words.capitalize;
import static ru.efs.portfolio.dataset.Words.pick;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A realistic national dataset for measuring the service at the scale of the whole country: at scale 1.0 about
 * 2,000 ЕФС subjects, 3,000 people, 270 strategic sessions, 20,000 deficits, 20,000 practices, a portfolio per
 * region and year (2023–2025), 5,000 projects with their deficits (some of other regions), practices (some borrowed
 * from other regions) and partner subjects (some in other regions), adoptions of practices by other regions and
 * declared influence links. Every count but the portfolios is proportional to the scale, so 0.1 gives a tenth.
 *
 * <p>Deterministic: the same seed and scale give the same rows (after whatever the database held). Written with
 * batched JDBC inserts in one transaction, with identifiers chosen after the largest existing ones and the identity
 * columns moved past them at the end. Everything is recorded as created in one audit revision by
 * {@value #AUTHOR}, so the histories of generated objects answer like those of any other object.
 */
public final class NationalDataset {

    /** Who the generated rows and their revision are recorded as created by. */
    public static final String AUTHOR = "dataset";

    static final int FIRST_YEAR = 2023;
    static final int LAST_YEAR = 2025;
    /** "Today" of the dataset: sessions after it are planned, and nothing is created after it. */
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final ZoneOffset MOSCOW = ZoneOffset.ofHours(3);
    private static final String MARK = "Сгенерированные данные национального масштаба.";

    /** How many rows of each kind one generation wrote. */
    public record Counts(int subjects, int people, int series, int sessions, int deficits, int practices,
            int portfolios, int projects, int adoptions, int links, long rows) {
    }

    private record RegionRow(String code, String name, String district) {
    }

    private record DeficitRow(long id, String region, String category, Object[] row) {
    }

    private record PracticeRow(long id, String region, String status) {
    }

    private final Connection connection;
    private final double scale;
    private final Random random;
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

    private final List<RegionRow> regions = new ArrayList<>();
    private final Map<String, List<Long>> subjectsByRegion = new HashMap<>();
    private final Map<String, Long> institutes = new HashMap<>();
    private final List<Long> federalSubjects = new ArrayList<>();
    private final List<Long> allRegionalSubjects = new ArrayList<>();
    private final List<Long> people = new ArrayList<>();
    private final Map<String, List<Long>> sessionsByRegion = new HashMap<>();
    private final Map<Long, LocalDate> sessionDates = new HashMap<>();
    private final List<DeficitRow> deficits = new ArrayList<>();
    /** Deficits closed by a project: written once the projects exist (the reference is a foreign key). */
    private final Map<Long, Long> closingProjects = new LinkedHashMap<>();
    private final Map<String, List<DeficitRow>> deficitsByRegion = new HashMap<>();
    private final Map<String, List<PracticeRow>> offeredByCategory = new HashMap<>();
    private final Map<String, List<Long>> practicesByRegion = new HashMap<>();
    /** Practices other regions may borrow (submitted or later), by region: influence links carry only these. */
    private final Map<String, List<Long>> publishedByRegion = new HashMap<>();
    private final Map<String, Long> portfolios = new HashMap<>();
    private double[] deficitWeights;
    private double[] donorWeights;

    private NationalDataset(Connection connection, double scale, long seed) {
        this.connection = connection;
        this.scale = scale;
        this.random = new Random(seed);
    }

    /**
     * Generates the dataset into the database behind the connection and commits it; the connection's auto-commit
     * is restored afterwards. The schema must be migrated (regions and categories seeded).
     */
    public static Counts generate(Connection connection, double scale, long seed) throws SQLException {
        if (!(scale > 0) || scale > 10) {
            throw new IllegalArgumentException("Scale must be above 0 and at most 10: " + scale);
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Counts counts = new NationalDataset(connection, scale, seed).run();
            connection.commit();
            return counts;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Whether a dataset was generated into this database already (its audit revision exists). */
    public static boolean present(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select count(*) from revinfo where username = ?")) {
            statement.setString(1, AUTHOR);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private int scaled(int full, int minimum) {
        return Math.max(minimum, (int) Math.round(full * scale));
    }

    private Counts run() throws SQLException {
        readRegions();
        Map<String, Long> base = new LinkedHashMap<>();
        for (String table : List.of("subject", "person", "session_series", "strategic_session", "deficit", "practice",
                "portfolio", "project", "project_stage_change", "practice_adoption", "influence_link")) {
            base.put(table, maxId(table));
        }
        readPortfolios();

        Rows subjects = subjects(base.get("subject"), scaled(2000, 20));
        Rows persons = people(base.get("person"), scaled(3000, 10));
        Rows[] sessions = sessions(base.get("session_series"), base.get("strategic_session"), scaled(270, 3));
        Rows[] deficitRows = deficits(base.get("deficit"), scaled(20000, 10));
        Rows[] practiceRows = practices(base.get("practice"), scaled(20000, 10));
        Rows portfolioRows = portfolios(base.get("portfolio"));
        Rows[] projectRows = projects(base.get("project"), base.get("project_stage_change"),
                base.get("practice_adoption"), scaled(5000, 5), scaled(1500, 2));
        Rows links = links(base.get("influence_link"), scaled(300, 2));

        List<Rows> all = new ArrayList<>();
        all.add(subjects);
        all.add(persons);
        all.addAll(List.of(sessions));
        all.addAll(List.of(deficitRows));
        all.addAll(List.of(practiceRows));
        all.add(portfolioRows);
        all.addAll(List.of(projectRows));
        all.add(links);
        long rows = 0;
        for (Rows table : all) {
            rows += table.insert(connection);
        }
        writeClosingProjects();
        rows += audit(base);
        for (Map.Entry<String, Long> entry : base.entrySet()) {
            restartIdentity(entry.getKey());
        }
        return new Counts(subjects.size(), persons.size(), sessions[0].size(), sessions[2].size(),
                deficitRows[0].size(), practiceRows[0].size(), portfolioRows.size(), projectRows[0].size(),
                projectRows[5].size(), links.size(), rows);
    }

    // ---- reference data and what the database already holds ----

    private void readRegions() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select code, name, federal_district_code from region order by code")) {
            while (rs.next()) {
                regions.add(new RegionRow(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        if (regions.isEmpty()) {
            throw new IllegalStateException("No regions: the schema is not migrated");
        }
        // Regions differ a lot in size: a few large ones hold much of the data, some are strong donors of practices.
        deficitWeights = new double[regions.size()];
        donorWeights = new double[regions.size()];
        for (int i = 0; i < regions.size(); i++) {
            double size = 0.3 + Math.pow(random.nextDouble(), 2) * 3;
            deficitWeights[i] = size;
            donorWeights[i] = size * (0.3 + Math.pow(random.nextDouble(), 3) * 4);
        }
    }

    private void readPortfolios() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select region_code, year_number, id from portfolio")) {
            while (rs.next()) {
                portfolios.put(rs.getString(1) + "/" + rs.getInt(2), rs.getLong(3));
            }
        }
    }

    private long maxId(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Moves the identity column past the largest id, so rows created later through the API get fresh ids. */
    private void restartIdentity(String table) throws SQLException {
        long next = maxId(table) + 1;
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table " + table + " alter column id restart with " + next);
        }
    }

    // ---- subjects, people, series and sessions ----

    private Rows subjects(long base, int count) {
        Rows rows = new Rows("subject", "id, name, short_name, type, level, region_code, website, email, description, "
                + "version, created_at, created_by, updated_at, updated_by");
        int federal = Math.max(2, count / 50);
        List<String> regionalTypes = List.of("EDUCATION_DEVELOPMENT_INSTITUTE", "REGIONAL_AUTHORITY", "CNPPM",
                "UNIVERSITY", "ASSESSMENT_CENTER");
        Map<String, Integer> schools = new HashMap<>();
        long id = base;
        for (int i = 0; i < count; i++) {
            id++;
            OffsetDateTime created = createdBetween(LocalDate.of(2022, 9, 1), LocalDate.of(2023, 3, 1));
            if (i < federal) {
                boolean centre = i % 3 != 2;
                String name = centre ? "Научно-методический центр на базе педагогического университета № " + (i + 1)
                        : "Федеральный центр научно-методического сопровождения № " + (i + 1);
                rows.add(id, name, centre ? "НМЦ № " + (i + 1) : "ФЦ № " + (i + 1),
                        centre ? "UNIVERSITY_CENTER" : "FEDERAL_CENTER", "FEDERAL", null, null, null, MARK, 0L,
                        created, AUTHOR, created, AUTHOR);
                federalSubjects.add(id);
                continue;
            }
            int regional = i - federal;
            RegionRow region = regions.get(regional % regions.size());
            int round = regional / regions.size();
            String type = round < regionalTypes.size() ? regionalTypes.get(round)
                    : random.nextInt(3) == 0 ? "SCHOOL_SERVICE" : "MUNICIPAL_SERVICE";
            String name;
            String shortName;
            switch (type) {
                case "EDUCATION_DEVELOPMENT_INSTITUTE" -> {
                    name = "Институт развития образования (" + region.name() + ")";
                    shortName = "ИРО";
                    institutes.put(region.code(), id);
                }
                case "REGIONAL_AUTHORITY" -> {
                    name = "Региональный орган исполнительной власти в сфере образования (" + region.name() + ")";
                    shortName = "РОИВ";
                }
                case "CNPPM" -> {
                    name = "Центр непрерывного повышения профессионального мастерства педагогических работников ("
                            + region.name() + ")";
                    shortName = "ЦНППМ";
                }
                case "UNIVERSITY" -> {
                    name = "Педагогический университет (" + region.name() + ")";
                    shortName = "Педагогический университет";
                }
                case "ASSESSMENT_CENTER" -> {
                    name = "Центр оценки профессионального мастерства и квалификаций педагогов (" + region.name() + ")";
                    shortName = "ЦОПМКиМП";
                }
                case "SCHOOL_SERVICE" -> {
                    int number = schools.merge(region.code(), 1 + random.nextInt(9), Integer::sum);
                    name = "Методическая служба МБОУ «СОШ № " + number + "» (" + region.name() + ")";
                    shortName = "МС СОШ № " + number;
                }
                default -> {
                    String area = pick(random, Words.MUNICIPALITIES);
                    name = "Муниципальная методическая служба " + area + " района (" + region.name() + ")";
                    shortName = "ММС " + area + " района";
                }
            }
            String level = switch (type) {
                case "SCHOOL_SERVICE" -> "SCHOOL";
                case "MUNICIPAL_SERVICE" -> "MUNICIPAL";
                default -> "REGIONAL";
            };
            rows.add(id, name, shortName, type, level, region.code(), null, null, MARK, 0L, created, AUTHOR, created,
                    AUTHOR);
            subjectsByRegion.computeIfAbsent(region.code(), k -> new ArrayList<>()).add(id);
            allRegionalSubjects.add(id);
        }
        return rows;
    }

    private Rows people(long base, int count) {
        Rows rows = new Rows("person", "id, full_name, position, subject_id, version, created_at, created_by, "
                + "updated_at, updated_by");
        List<Long> subjects = new ArrayList<>(federalSubjects);
        subjects.addAll(allRegionalSubjects);
        long id = base;
        for (int i = 0; i < count; i++) {
            id++;
            boolean female = random.nextInt(3) > 0;
            String surname = pick(random, Words.MALE_SURNAMES);
            String fullName = female
                    ? surname + "а " + pick(random, Words.FEMALE_NAMES) + " " + pick(random, Words.PATRONYMIC_ROOTS) + "на"
                    : surname + " " + pick(random, Words.MALE_NAMES) + " " + pick(random, Words.PATRONYMIC_ROOTS) + "ич";
            OffsetDateTime created = createdBetween(LocalDate.of(2022, 9, 1), LocalDate.of(2023, 6, 1));
            rows.add(id, fullName, pick(random, Words.POSITIONS), pick(random, subjects), 0L, created, AUTHOR, created,
                    AUTHOR);
            people.add(id);
        }
        return rows;
    }

    /** Series (one per federal district and year), their regions, sessions and the sessions' link tables. */
    private Rows[] sessions(long seriesBase, long sessionBase, int count) {
        Rows series = new Rows("session_series", "id, title, year_number, lead_subject_id, lead_person_id, "
                + "description, version, created_at, created_by, updated_at, updated_by");
        Rows seriesRegions = new Rows("session_series_region", "series_id, region_code");
        Rows sessions = new Rows("strategic_session", "id, title, number, format, series_id, host_region_code, "
                + "venue, start_date, end_date, participant_count, goals, summary, status, version, created_at, "
                + "created_by, updated_at, updated_by");
        Rows organizers = new Rows("session_organizer", "session_id, subject_id");
        Rows subjects = new Rows("session_subject", "session_id, subject_id");
        Rows sessionRegions = new Rows("session_region", "session_id, region_code");
        Rows sessionPeople = new Rows("session_person", "session_id, person_id, role");
        Rows types = new Rows("session_participant_type", "session_id, subject_type");

        Map<String, Long> seriesIds = new HashMap<>();
        Map<Long, Long> seriesLeads = new HashMap<>();
        Map<Long, Integer> numbers = new HashMap<>();
        int seriesCount = Math.max(1, Math.min(24, (int) Math.round(240 * scale)));
        List<String> districts = regions.stream().map(RegionRow::district).filter(d -> d != null).distinct().sorted()
                .toList();
        long id = seriesBase;
        for (int i = 0; i < seriesCount; i++) {
            id++;
            String district = districts.get(i % districts.size());
            int year = FIRST_YEAR + (i / districts.size()) % (LAST_YEAR - FIRST_YEAR + 1);
            long lead = pick(random, federalSubjects);
            OffsetDateTime created = at(LocalDate.of(year, 1, 15));
            series.add(id, "Серия стратегических сессий по развитию инфраструктуры ЕФС (" + district + ", " + year + ")",
                    year, lead, people.isEmpty() ? null : pick(random, people),
                    "Сессии в регионах федерального округа: выявление дефицитов и проектные решения. " + MARK, 0L,
                    created, AUTHOR, created, AUTHOR);
            seriesIds.put(district + "/" + year, id);
            seriesLeads.put(id, lead);
            for (RegionRow region : regions) {
                if (district.equals(region.district())) {
                    seriesRegions.add(id, region.code());
                }
            }
        }
        List<String> participantTypes = List.of("REGIONAL_AUTHORITY", "EDUCATION_DEVELOPMENT_INSTITUTE", "CNPPM",
                "ASSESSMENT_CENTER", "UNIVERSITY", "MUNICIPAL_SERVICE", "SCHOOL_SERVICE");
        id = sessionBase;
        for (int i = 0; i < count; i++) {
            id++;
            RegionRow region = regions.get(weighted(deficitWeights));
            int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
            LocalDate start = LocalDate.of(year, 2, 1).plusDays(random.nextInt(300));
            Long seriesId = random.nextInt(10) < 7 ? seriesIds.get(region.district() + "/" + year) : null;
            Integer number = seriesId == null ? null : numbers.merge(seriesId, 1, Integer::sum);
            boolean interregional = random.nextInt(10) == 0;
            String status = start.isAfter(TODAY) ? "PLANNED"
                    : start.plusMonths(2).isAfter(TODAY) ? "HELD"
                    : start.plusMonths(6).isAfter(TODAY) ? "POST_SESSION_SUPPORT"
                    : random.nextInt(20) == 0 ? "CANCELLED" : "COMPLETED";
            String category = pick(random, Words.CATEGORIES);
            OffsetDateTime created = at(start.minusDays(30));
            sessions.add(id, "Стратегическая сессия по развитию региональной управленческой и методической "
                    + "инфраструктуры ЕФС (" + region.name() + ")", number, interregional ? "INTERREGIONAL" : "REGIONAL",
                    seriesId, region.code(), null, start, start.plusDays(1), 40 + random.nextInt(160),
                    "Выявить дефициты субъектов ЕФС региона в области " + pick(random, Words.PHRASES.get(category))
                            + " и предложить проектные решения.",
                    status.equals("PLANNED") ? null : "Команды региона предложили проектные решения; определены "
                            + "дефициты и практики для тиражирования. " + MARK,
                    status, 0L, created, AUTHOR, created, AUTHOR);
            sessionsByRegion.computeIfAbsent(region.code(), k -> new ArrayList<>()).add(id);
            sessionDates.put(id, start);
            Set<Long> organizerIds = new LinkedHashSet<>();
            organizerIds.add(seriesId != null ? seriesLeads.get(seriesId) : pick(random, federalSubjects));
            if (institutes.containsKey(region.code())) {
                organizerIds.add(institutes.get(region.code()));
            }
            for (long organizer : organizerIds) {
                organizers.add(id, organizer);
            }
            for (long subject : sample(subjectsByRegion.getOrDefault(region.code(), List.of()), 2 + random.nextInt(4))) {
                subjects.add(id, subject);
            }
            Set<String> covered = new LinkedHashSet<>();
            covered.add(region.code());
            if (interregional) {
                for (int k = 0; k < 2; k++) {
                    covered.add(neighbour(region).code());
                }
            }
            for (String code : covered) {
                sessionRegions.add(id, code);
            }
            List<Long> staff = sample(people, 4);
            String[] roles = {"LEAD_EXPERT", "EXPERT", "EXPERT", "MODERATOR"};
            for (int k = 0; k < staff.size(); k++) {
                sessionPeople.add(id, staff.get(k), roles[k]);
            }
            for (String type : sample(participantTypes, 3 + random.nextInt(4))) {
                types.add(id, type);
            }
        }
        return new Rows[] {series, seriesRegions, sessions, organizers, subjects, sessionRegions, sessionPeople, types};
    }

    // ---- deficits and practices ----

    private Rows[] deficits(long base, int count) {
        Rows rows = new Rows("deficit", "id, region_code, subject_id, title, description, severity, status, "
                + "session_id, version, created_at, created_by, updated_at, updated_by, closed_reason, "
                + "closed_by_project_id, closed_by_practice_id, closed_at");
        Rows categories = new Rows("deficit_category", "deficit_id, category_code");
        String[] severities = {"LOW", "MEDIUM", "MEDIUM", "MEDIUM", "HIGH", "HIGH", "HIGH", "CRITICAL"};
        long id = base;
        for (int i = 0; i < count; i++) {
            id++;
            RegionRow region = regions.get(weighted(deficitWeights));
            List<String> codes = categoriesOf();
            String main = codes.get(0);
            String phrase = pick(random, Words.PHRASES.get(main));
            String group = pick(random, Words.GROUPS);
            String title = pick(random, Words.PROBLEMS) + " " + phrase + pick(random, Words.CONTEXTS);
            List<Long> regionSessions = sessionsByRegion.getOrDefault(region.code(), List.of());
            Long session = !regionSessions.isEmpty() && random.nextBoolean() ? pick(random, regionSessions) : null;
            LocalDate day = session != null ? sessionDates.get(session).plusDays(2)
                    : LocalDate.of(FIRST_YEAR, 1, 10).plusDays(random.nextInt(850));
            if (day.isAfter(TODAY)) {
                day = TODAY.minusDays(random.nextInt(60));
            }
            StringBuilder description = new StringBuilder();
            description.append("По итогам диагностики ").append(15 + random.nextInt(60)).append("% ").append(group)
                    .append(" испытывают затруднения в области ").append(phrase).append(". ");
            if (session != null) {
                description.append("Дефицит выявлен на стратегической сессии и подтверждён данными мониторинга ")
                        .append(day.getYear()).append(" года. ");
            } else {
                description.append("Дефицит подтверждён данными регионального мониторинга ").append(day.getYear())
                        .append(" года. ");
            }
            if (codes.size() > 1 && Words.PHRASES.containsKey(codes.get(1))) {
                description.append("Проблема связана с низким уровнем ")
                        .append(pick(random, Words.PHRASES.get(codes.get(1)))).append(". ");
            }
            description.append("Требуется ").append(pick(random, Words.NEEDS)).append(" ").append(phrase)
                    .append(pick(random, Words.CONTEXTS)).append(". ");
            description.append(random.nextBoolean() ? "Текущие меры носят разовый характер и не дают устойчивого результата."
                    : "В " + (2 + random.nextInt(15)) + " муниципальных образованиях региона нет специалистов, "
                            + "отвечающих за это направление.");
            List<Long> subjects = subjectsByRegion.getOrDefault(region.code(), List.of());
            Long subject = !subjects.isEmpty() && random.nextInt(10) < 7 ? pick(random, subjects) : null;
            OffsetDateTime created = at(day);
            Object[] row = rows.add(id, region.code(), subject, title, description.toString(),
                    severities[random.nextInt(severities.length)], "OPEN", session, 0L, created, AUTHOR, created,
                    AUTHOR, null, null, null, null);
            for (String code : codes) {
                categories.add(id, code);
            }
            DeficitRow deficit = new DeficitRow(id, region.code(), main, row);
            deficits.add(deficit);
            deficitsByRegion.computeIfAbsent(region.code(), k -> new ArrayList<>()).add(deficit);
        }
        return new Rows[] {rows, categories};
    }

    private Rows[] practices(long base, int count) {
        Rows rows = new Rows("practice", "id, region_code, subject_id, title, summary, description, target_groups, "
                + "results, evidence, years_in_operation, maturity, status, verified_by, verified_at, recommended_by, "
                + "recommended_at, version, created_at, created_by, updated_at, updated_by");
        Rows categories = new Rows("practice_category", "practice_id, category_code");
        String[] statuses = {"DRAFT", "SUBMITTED", "SUBMITTED", "SUBMITTED", "VERIFIED", "VERIFIED", "VERIFIED",
                "RECOMMENDED", "RECOMMENDED", "ARCHIVED"};
        String[] maturities = {"EMERGING", "EMERGING", "EMERGING", "ESTABLISHED", "ESTABLISHED", "ESTABLISHED",
                "ESTABLISHED", "SUSTAINABLE", "SUSTAINABLE", "SUSTAINABLE"};
        long id = base;
        for (int i = 0; i < count; i++) {
            id++;
            RegionRow region = regions.get(weighted(donorWeights));
            List<String> codes = categoriesOf();
            String main = codes.get(0);
            String phrase = pick(random, Words.PHRASES.get(main));
            String group = pick(random, Words.GROUPS);
            String title = pick(random, Words.PRACTICE_KINDS) + " " + phrase
                    + (random.nextBoolean() ? " «" + pick(random, Words.NAMES) + "»" : "");
            int years = 1 + random.nextInt(9);
            int since = Math.max(2012, FIRST_YEAR - years);
            List<String> elements = sample(Words.ELEMENTS, 2 + random.nextInt(3));
            String summary = "Практика направлена на развитие " + phrase + " и адресована " + dative(group) + ". "
                    + "Ключевые элементы: " + String.join(", ", elements) + ".";
            StringBuilder description = new StringBuilder(summary).append(' ');
            description.append("Практика реализуется с ").append(since).append(" года; за это время участниками стали ")
                    .append(20 + random.nextInt(900)).append(' ').append(group).append(". ");
            if (codes.size() > 1 && Words.PHRASES.containsKey(codes.get(1))) {
                description.append("Она также поддерживает развитие ")
                        .append(pick(random, Words.PHRASES.get(codes.get(1)))).append(". ");
            }
            description.append("Практика включает ").append(pick(random, Words.ELEMENTS)).append(" и ")
                    .append(pick(random, Words.ELEMENTS)).append(", опирается на ")
                    .append(pick(random, List.of("сетевое взаимодействие ИРО и ЦНППМ", "муниципальные методические службы",
                            "партнёрство с педагогическим вузом", "региональную систему наставничества")))
                    .append(". ");
            description.append("Тиражирование возможно в регионах с ").append(pick(random, List.of(
                    "большой долей сельских школ", "дефицитом молодых педагогов", "развитой сетью ЦНППМ",
                    "низкими результатами оценочных процедур"))).append('.');
            int from = 20 + random.nextInt(40);
            String results = "Доля " + group + ", успешно прошедших диагностику, выросла с " + from + "% до "
                    + (from + 5 + random.nextInt(30)) + "%; " + "отток молодых педагогов снизился на "
                    + (3 + random.nextInt(20)) + "%.";
            String evidence = "Данные регионального мониторинга " + (FIRST_YEAR - 1 + random.nextInt(3))
                    + " года, отчёты ЦНППМ и результаты анкетирования участников.";
            String status = statuses[random.nextInt(statuses.length)];
            String maturity = years >= 5 && random.nextBoolean() ? "SUSTAINABLE" : maturities[random.nextInt(maturities.length)];
            LocalDate day = LocalDate.of(FIRST_YEAR, 1, 10).plusDays(random.nextInt(850));
            OffsetDateTime created = at(day);
            boolean verified = status.equals("VERIFIED") || status.equals("RECOMMENDED");
            boolean recommended = status.equals("RECOMMENDED");
            OffsetDateTime verifiedAt = verified ? at(day.plusDays(30 + random.nextInt(60))) : null;
            OffsetDateTime recommendedAt = recommended ? verifiedAt.plusDays(20 + random.nextInt(40)) : null;
            OffsetDateTime updated = recommendedAt != null ? recommendedAt : verifiedAt != null ? verifiedAt : created;
            List<Long> subjects = subjectsByRegion.getOrDefault(region.code(), List.of());
            rows.add(id, region.code(), subjects.isEmpty() ? null : pick(random, subjects), title, summary,
                    description.toString(), capitalize(group) + ", методисты, руководители школ", results, evidence,
                    years, maturity, status, verified ? AUTHOR : null, verifiedAt, recommended ? AUTHOR : null,
                    recommendedAt, 0L, created, AUTHOR, updated, AUTHOR);
            for (String code : codes) {
                categories.add(id, code);
            }
            if (status.equals("SUBMITTED") || verified) {
                offeredByCategory.computeIfAbsent(main, k -> new ArrayList<>()).add(new PracticeRow(id, region.code(), status));
                publishedByRegion.computeIfAbsent(region.code(), k -> new ArrayList<>()).add(id);
            }
            practicesByRegion.computeIfAbsent(region.code(), k -> new ArrayList<>()).add(id);
        }
        return new Rows[] {rows, categories};
    }

    /** A main leaf category, sometimes a second one, sometimes also the main one's group. */
    private List<String> categoriesOf() {
        List<String> codes = new ArrayList<>();
        String main = pick(random, Words.CATEGORIES);
        codes.add(main);
        if (random.nextInt(10) < 4) {
            String second = pick(random, Words.CATEGORIES);
            if (!codes.contains(second)) {
                codes.add(second);
            }
        }
        if (random.nextInt(100) < 15) {
            codes.add(Words.GROUP_OF.get(main));
        }
        return codes;
    }

    private static String dative(String genitivePlural) {
        // «молодых педагогов» → «молодым педагогам»: enough for the groups of the word list.
        StringBuilder result = new StringBuilder();
        for (String word : genitivePlural.split(" ")) {
            if (!result.isEmpty()) {
                result.append(' ');
            }
            if (word.endsWith("ых") || word.endsWith("их")) {
                result.append(word, 0, word.length() - 1).append('м');
            } else if (word.endsWith("ов") || word.endsWith("ей")) {
                String stem = word.substring(0, word.length() - 2);
                result.append(stem).append(word.endsWith("ей") && (stem.endsWith("л") || stem.endsWith("т")) ? "ям" : "ам");
            } else {
                result.append(word);
            }
        }
        return result.toString();
    }

    // ---- portfolios, projects, adoptions and declared links ----

    private Rows portfolios(long base) {
        Rows rows = new Rows("portfolio", "id, region_code, year_number, status, coordinating_subject_id, summary, "
                + "version, created_at, created_by, updated_at, updated_by");
        long id = base;
        for (RegionRow region : regions) {
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                String key = region.code() + "/" + year;
                if (portfolios.containsKey(key)) {
                    continue;
                }
                id++;
                String status = year == FIRST_YEAR ? "APPROVED" : year == LAST_YEAR
                        ? (random.nextBoolean() ? "DRAFT" : "FORMED") : (random.nextInt(3) == 0 ? "FORMED" : "APPROVED");
                OffsetDateTime created = at(LocalDate.of(year, 1, 20));
                rows.add(id, region.code(), year, status, institutes.get(region.code()),
                        "Региональный портфель ЕФС на " + year + " год: проекты по закрытию дефицитов региона "
                                + "с использованием практик других регионов. " + MARK,
                        0L, created, AUTHOR, created, AUTHOR);
                portfolios.put(key, id);
            }
        }
        return rows;
    }

    private static final List<String> PATH = List.of("PROPOSED", "REFINEMENT", "PRE_DEFENSE", "DEFENSE", "APPROVED",
            "IMPLEMENTATION", "COMPLETED");

    private Rows[] projects(long base, long changeBase, long adoptionBase, int count, int extraAdoptions) {
        Rows rows = new Rows("project", "id, portfolio_id, title, goal, description, expected_results, indicators, "
                + "start_date, end_date, lead_subject_id, session_id, curator_person_id, stage, stage_before_hold, "
                + "version, created_at, created_by, updated_at, updated_by");
        Rows partners = new Rows("project_partner", "project_id, subject_id");
        Rows projectDeficits = new Rows("project_deficit", "project_id, deficit_id");
        Rows projectPractices = new Rows("project_practice", "project_id, practice_id");
        Rows changes = new Rows("project_stage_change", "id, project_id, from_stage, to_stage, comment, changed_by, "
                + "changed_at");
        Rows adoptions = new Rows("practice_adoption", "id, practice_id, region_code, project_id, outcome, result, "
                + "adopted_year, version, created_at, created_by, updated_at, updated_by");
        String[] stages = {"PROPOSED", "REFINEMENT", "REFINEMENT", "PRE_DEFENSE", "DEFENSE", "APPROVED", "APPROVED",
                "IMPLEMENTATION", "IMPLEMENTATION", "IMPLEMENTATION", "IMPLEMENTATION", "IMPLEMENTATION", "COMPLETED",
                "COMPLETED", "REVISION", "ON_HOLD", "REJECTED"};
        Map<Long, String> completedBy = new HashMap<>();
        Set<Long> addressed = new HashSet<>();
        Set<String> adopted = new HashSet<>();
        long changeId = changeBase;
        long adoptionId = adoptionBase;
        long id = base;
        for (int i = 0; i < count; i++) {
            id++;
            RegionRow region = regions.get(weighted(deficitWeights));
            int year = FIRST_YEAR + Math.min(LAST_YEAR - FIRST_YEAR, random.nextInt(5) / 2);
            long portfolio = portfolios.get(region.code() + "/" + year);
            String stage = stages[random.nextInt(stages.length)];
            if (year == LAST_YEAR && (stage.equals("COMPLETED") || stage.equals("IMPLEMENTATION")) && random.nextBoolean()) {
                stage = "APPROVED";
            }
            // Deficits: its own region's, and for some projects also other regions' (mostly in the same district).
            Set<Long> deficitIds = new LinkedHashSet<>();
            String category = null;
            List<DeficitRow> own = deficitsByRegion.getOrDefault(region.code(), List.of());
            for (DeficitRow deficit : sample(own, 1 + random.nextInt(3))) {
                deficitIds.add(deficit.id());
                category = category == null ? deficit.category() : category;
            }
            if (random.nextInt(100) < 25) {
                for (int k = 1 + random.nextInt(2); k > 0; k--) {
                    RegionRow other = random.nextInt(10) < 6 ? neighbour(region) : regions.get(weighted(deficitWeights));
                    List<DeficitRow> theirs = deficitsByRegion.getOrDefault(other.code(), List.of());
                    if (!other.code().equals(region.code()) && !theirs.isEmpty()) {
                        deficitIds.add(pick(random, theirs).id());
                    }
                }
            }
            if (category == null) {
                category = pick(random, Words.CATEGORIES);
            }
            // Practices: sometimes its own region's, often borrowed from another region, of the deficits' category.
            Set<Long> practiceIds = new LinkedHashSet<>();
            List<Long> ownPractices = practicesByRegion.getOrDefault(region.code(), List.of());
            if (!ownPractices.isEmpty() && random.nextBoolean()) {
                practiceIds.add(pick(random, ownPractices));
            }
            List<PracticeRow> borrowed = new ArrayList<>();
            if (random.nextInt(100) < 45) {
                List<PracticeRow> offered = offeredByCategory.getOrDefault(category, List.of());
                for (int k = 1 + random.nextInt(2), tries = 0; k > 0 && tries < 10 && !offered.isEmpty(); tries++) {
                    PracticeRow practice = pick(random, offered);
                    if (!practice.region().equals(region.code()) && practiceIds.add(practice.id())) {
                        borrowed.add(practice);
                        k--;
                    }
                }
            }
            Set<Long> partnerIds = new LinkedHashSet<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                List<Long> pool = random.nextInt(100) < 35
                        ? subjectsByRegion.getOrDefault(neighbour(region).code(), List.of())
                        : subjectsByRegion.getOrDefault(region.code(), List.of());
                if (!pool.isEmpty()) {
                    partnerIds.add(pick(random, pool));
                }
            }
            String phrase = pick(random, Words.PHRASES.get(category));
            String name = pick(random, Words.NAMES);
            String title = random.nextBoolean() ? "«" + name + "»" : "«" + name + "»: развитие " + phrase;
            String goal = pick(random, Words.GOAL_VERBS) + " " + phrase + " в регионе к " + (year + 2) + " году.";
            String description = "Проект предложен командой региона по итогам стратегической сессии. Он направлен на "
                    + "закрытие дефицитов в области " + phrase + " и опирается на "
                    + String.join(", ", sample(Words.ELEMENTS, 2)) + ". "
                    + (borrowed.isEmpty() ? "" : "Проект использует практики других регионов. ")
                    + (partnerIds.isEmpty() ? "" : "К работе привлечены партнёры, в том числе из соседних регионов.");
            String expected = "Рост доли " + pick(random, Words.GROUPS) + ", получивших адресную поддержку, на "
                    + (10 + random.nextInt(30)) + "%; устойчивая модель " + phrase + ".";
            String indicator = pick(random, Words.INDICATORS);
            int baseline = 10 + random.nextInt(40);
            String indicators = "[{\"name\":\"" + indicator + "\",\"unit\":\"%\",\"baseline\":" + baseline
                    + ",\"target\":" + (baseline + 10 + random.nextInt(30)) + ",\"actual\":null}]";
            LocalDate start = LocalDate.of(year, 1 + random.nextInt(6), 1);
            List<Long> regionSessions = sessionsByRegion.getOrDefault(region.code(), List.of());
            Long session = !regionSessions.isEmpty() && random.nextBoolean() ? pick(random, regionSessions) : null;
            List<Long> regionSubjects = subjectsByRegion.getOrDefault(region.code(), List.of());
            Long lead = institutes.containsKey(region.code()) && random.nextBoolean() ? institutes.get(region.code())
                    : regionSubjects.isEmpty() ? null : pick(random, regionSubjects);
            OffsetDateTime created = at(LocalDate.of(year, 1, 25).minusDays(random.nextInt(20)));
            // The path the project took to its stage, one change a month.
            String last = null;
            List<String> steps = switch (stage) {
                case "REVISION" -> List.of("PROPOSED", "REFINEMENT", "PRE_DEFENSE", "REVISION");
                case "ON_HOLD" -> List.of("PROPOSED", "REFINEMENT", "PRE_DEFENSE", "DEFENSE", "APPROVED",
                        "IMPLEMENTATION", "ON_HOLD");
                case "REJECTED" -> List.of("PROPOSED", "REFINEMENT", "PRE_DEFENSE", "DEFENSE", "REJECTED");
                default -> PATH.subList(0, PATH.indexOf(stage) + 1);
            };
            OffsetDateTime when = created;
            for (String step : steps) {
                changeId++;
                changes.add(changeId, id, last, step, last == null ? "Проект предложен на стратегической сессии" : null,
                        AUTHOR, when);
                last = step;
                when = when.plusDays(20 + random.nextInt(20));
            }
            OffsetDateTime updated = when.minusDays(20).isAfter(created) ? when.minusDays(20) : created;
            rows.add(id, portfolio, title, goal, description, expected, indicators, start, start.plusYears(2).minusDays(1),
                    lead, session, people.isEmpty() ? null : pick(random, people), stage,
                    stage.equals("ON_HOLD") ? "IMPLEMENTATION" : null, 0L, created, AUTHOR, updated, AUTHOR);
            for (long subject : partnerIds) {
                partners.add(id, subject);
            }
            for (long deficit : deficitIds) {
                projectDeficits.add(id, deficit);
                if (!stage.equals("REJECTED")) {
                    addressed.add(deficit);
                }
                if (stage.equals("COMPLETED")) {
                    completedBy.putIfAbsent(deficit, id + "/" + updated.toLocalDate());
                }
            }
            for (long practice : practiceIds) {
                projectPractices.add(id, practice);
            }
            for (PracticeRow practice : borrowed) {
                if (random.nextBoolean() && adopted.add(practice.id() + "/" + region.code())) {
                    adoptionId++;
                    String outcome = switch (stage) {
                        case "COMPLETED" -> random.nextInt(10) < 7 ? "SUCCESSFUL" : "UNSUCCESSFUL";
                        case "IMPLEMENTATION", "ON_HOLD" -> "IN_PROGRESS";
                        case "REJECTED" -> "UNSUCCESSFUL";
                        default -> "PLANNED";
                    };
                    adoptions.add(adoptionId, practice.id(), region.code(), id, outcome,
                            outcome.equals("SUCCESSFUL") ? "Практика внедрена в " + (3 + random.nextInt(20))
                                    + " муниципальных образованиях" : null,
                            year, 0L, created, AUTHOR, created, AUTHOR);
                }
            }
        }
        // Adoptions without a project: a region took up a recommended or verified practice on its own.
        List<PracticeRow> offered = new ArrayList<>();
        offeredByCategory.values().forEach(list -> list.stream().filter(p -> !p.status().equals("SUBMITTED"))
                .forEach(offered::add));
        for (int i = 0; i < extraAdoptions && !offered.isEmpty(); i++) {
            PracticeRow practice = offered.get(random.nextInt(offered.size()));
            RegionRow region = regions.get(weighted(deficitWeights));
            if (region.code().equals(practice.region()) || !adopted.add(practice.id() + "/" + region.code())) {
                continue;
            }
            adoptionId++;
            int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
            String outcome = pick(random, List.of("SUCCESSFUL", "SUCCESSFUL", "IN_PROGRESS", "UNSUCCESSFUL", "PLANNED",
                    "IN_PROGRESS"));
            OffsetDateTime created = at(LocalDate.of(year, 2, 1).plusDays(random.nextInt(120)));
            adoptions.add(adoptionId, practice.id(), region.code(), null, outcome,
                    outcome.equals("SUCCESSFUL") ? "Практика закрепилась в региональной системе сопровождения" : null,
                    year, 0L, created, AUTHOR, created, AUTHOR);
        }
        // Deficit statuses follow the projects; some deficits were closed by a completed project.
        for (DeficitRow deficit : deficits) {
            Object[] row = deficit.row();
            String closer = completedBy.get(deficit.id());
            if (closer != null && random.nextInt(10) < 6) {
                String[] parts = closer.split("/");
                row[6] = "CLOSED";
                row[13] = "Закрыт по итогам реализации проекта: целевые показатели достигнуты.";
                closingProjects.put(deficit.id(), Long.valueOf(parts[0]));
                row[16] = at(LocalDate.parse(parts[1]));
                row[11] = row[16];
            } else if (addressed.contains(deficit.id())) {
                row[6] = "ADDRESSED";
            }
        }
        return new Rows[] {rows, partners, projectDeficits, projectPractices, changes, adoptions};
    }

    private Rows links(long base, int count) {
        Rows rows = new Rows("influence_link", "id, source_region_code, source_project_id, source_practice_id, "
                + "target_region_code, target_project_id, target_deficit_id, kind, strength, note, version, created_at, "
                + "created_by, updated_at, updated_by");
        List<String> kinds = List.of("PRACTICE_TRANSFER", "PRACTICE_TRANSFER", "DEFICIT_CLOSURE", "PARTNERSHIP",
                "PARTNERSHIP", "SYNERGY", "CONFLICT");
        long id = base;
        for (int i = 0; i < count; i++) {
            RegionRow source = regions.get(weighted(donorWeights));
            RegionRow target = random.nextBoolean() ? neighbour(source) : regions.get(weighted(deficitWeights));
            if (source.code().equals(target.code())) {
                continue;
            }
            id++;
            String kind = pick(random, kinds);
            List<Long> sourcePractices = publishedByRegion.getOrDefault(source.code(), List.of());
            List<DeficitRow> targetDeficits = deficitsByRegion.getOrDefault(target.code(), List.of());
            Long practice = kind.equals("PRACTICE_TRANSFER") && !sourcePractices.isEmpty()
                    ? pick(random, sourcePractices) : null;
            Long deficit = kind.equals("DEFICIT_CLOSURE") && !targetDeficits.isEmpty()
                    ? pick(random, targetDeficits).id() : null;
            OffsetDateTime created = at(LocalDate.of(2024, 1, 15).plusDays(random.nextInt(400)));
            rows.add(id, source.code(), null, practice, target.code(), null, deficit, kind, 1 + random.nextInt(3),
                    "Заявлено по итогам межрегионального обсуждения: "
                            + pick(random, Words.PHRASES.get(pick(random, Words.CATEGORIES))),
                    0L, created, AUTHOR, created, AUTHOR);
        }
        return rows;
    }

    // ---- the audit revision ----

    /** One revision for everything generated: a CREATED row in each audit table, copied with INSERT … SELECT. */
    private void writeClosingProjects() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "update deficit set closed_by_project_id = ? where id = ?")) {
            for (Map.Entry<Long, Long> closing : closingProjects.entrySet()) {
                statement.setLong(1, closing.getValue());
                statement.setLong(2, closing.getKey());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private long audit(Map<String, Long> base) throws SQLException {
        long revision;
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into revinfo (changed_at, username) values (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            statement.setLong(1, now.toInstant().toEpochMilli());
            statement.setString(2, AUTHOR);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                revision = keys.getLong(1);
            }
        }
        long rows = 1;
        for (String table : List.of("subject", "person", "session_series", "strategic_session", "deficit", "practice",
                "portfolio", "project", "practice_adoption", "influence_link")) {
            List<String> columns = columns(table);
            String list = String.join(", ", columns);
            rows += copy("insert into " + table + "_aud (" + list + ", rev, revtype) select " + list + ", ?, 0 from "
                    + table + " where id > ?", revision, base.get(table));
        }
        String[][] collections = {{"session_series_region", "series_id", "session_series"},
                {"session_organizer", "session_id", "strategic_session"},
                {"session_subject", "session_id", "strategic_session"},
                {"session_region", "session_id", "strategic_session"},
                {"session_participant_type", "session_id", "strategic_session"},
                {"deficit_category", "deficit_id", "deficit"}, {"practice_category", "practice_id", "practice"},
                {"project_partner", "project_id", "project"}, {"project_deficit", "project_id", "project"},
                {"project_practice", "project_id", "project"}};
        for (String[] collection : collections) {
            String list = String.join(", ", columns(collection[0]));
            rows += copy("insert into " + collection[0] + "_aud (" + list + ", rev, revtype) select " + list
                    + ", ?, 0 from " + collection[0] + " where " + collection[1] + " > ?", revision,
                    base.get(collection[2]));
        }
        rows += copy("insert into session_person_aud (session_id, person_id, role, rev, revtype, setordinal) "
                + "select session_id, person_id, role, ?, 0, 0 from session_person where session_id > ?", revision,
                base.get("strategic_session"));
        return rows;
    }

    private long copy(String sql, long revision, long afterId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, revision);
            statement.setLong(2, afterId);
            return statement.executeUpdate();
        }
    }

    /** The columns of a table, lower case, as the audit copy names them. */
    private List<String> columns(String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select * from " + table + " where 1 = 0")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                columns.add(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    // ---- helpers ----

    private int weighted(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Another region of the same federal district (any other region when it has none). */
    private RegionRow neighbour(RegionRow region) {
        List<RegionRow> same = regions.stream()
                .filter(r -> !r.code().equals(region.code()) && r.district() != null && r.district().equals(region.district()))
                .toList();
        if (same.isEmpty()) {
            RegionRow other;
            do {
                other = regions.get(random.nextInt(regions.size()));
            } while (other.code().equals(region.code()) && regions.size() > 1);
            return other;
        }
        return same.get(random.nextInt(same.size()));
    }

    /** Up to {@code n} distinct values of the list, in random order. */
    private <T> List<T> sample(List<T> values, int n) {
        if (values.isEmpty() || n <= 0) {
            return List.of();
        }
        Set<Integer> picked = new LinkedHashSet<>();
        int wanted = Math.min(n, values.size());
        while (picked.size() < wanted) {
            picked.add(random.nextInt(values.size()));
        }
        return picked.stream().map(values::get).toList();
    }

    private OffsetDateTime createdBetween(LocalDate from, LocalDate to) {
        return at(from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()))));
    }

    private OffsetDateTime at(LocalDate day) {
        return OffsetDateTime.of(day, LocalTime.of(9 + random.nextInt(9), random.nextInt(60)), MOSCOW);
    }
}
