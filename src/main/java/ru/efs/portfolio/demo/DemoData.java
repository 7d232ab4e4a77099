package ru.efs.portfolio.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ru.efs.portfolio.security.Role;
import ru.efs.portfolio.session.SessionFormat;
import ru.efs.portfolio.session.SessionRole;
import ru.efs.portfolio.session.SessionStatus;
import ru.efs.portfolio.subject.SubjectType;

/**
 * The demo data as plain facts. Names, dates and region codes come from the domain description; texts written
 * for the demo (and organisations whose names are invented) carry {@link #MARK} so nobody takes them for records.
 */
public final class DemoData {

    /** Marks descriptive texts and names written for the demo. */
    public static final String MARK = "Демонстрационные данные.";

    private DemoData() {
    }

    /** A ЕФС subject; found again by its {@code name}. {@code parentName} names another subject of this list. */
    public record SubjectFact(String name, String shortName, SubjectType type, String regionCode, String parentName,
            String website, String description) {
    }

    /** A person; found again by {@code fullName}; {@code subjectName} is their organisation. */
    public record PersonFact(String fullName, String position, String subjectName, String notes) {
    }

    /** Which regions a series or session covers: all of them, one federal district's, or the listed codes. */
    public record RegionScope(boolean all, String federalDistrictCode, List<String> codes) {

        static RegionScope allRegions() {
            return new RegionScope(true, null, List.of());
        }

        static RegionScope district(String federalDistrictCode) {
            return new RegionScope(false, federalDistrictCode, List.of());
        }

        static RegionScope of(String... codes) {
            return new RegionScope(false, null, List.of(codes));
        }
    }

    /** A session series; found again by {@code title} and {@code year}. */
    public record SeriesFact(String title, int year, String leadSubjectName, String leadPersonName, RegionScope regions,
            String description) {
    }

    /** A person's part in a session. */
    public record Participation(String personFullName, SessionRole role) {
    }

    /**
     * A strategic session; found again by {@code title} and {@code startDate}. Its series, when named, is the series
     * of that title in the session's own year.
     */
    public record SessionFact(String title, Integer number, SessionFormat format, String seriesTitle,
            String hostRegionCode, String city, LocalDate startDate, LocalDate endDate, Integer participantCount,
            String goals, String summary, SessionStatus status, List<String> organizerNames, List<String> subjectNames,
            RegionScope regions, List<Participation> people, Set<SubjectType> participantTypes) {
    }

    /** A demo user, one per role; found again by {@code username}, and its password is never reset. */
    public record UserFact(String username, String password, String fullName, Role role, String regionCode) {
    }

    // ---- ЕФС subjects: federal level ----
    public static final String MINISTRY = "Министерство просвещения Российской Федерации";
    public static final String ACADEMY = "Академия реализации государственной политики и профессионального развития "
            + "работников образования Министерства просвещения Российской Федерации";
    public static final String REGIONAL_DEVELOPMENT_INSTITUTE = "Институт регионального развития";
    public static final String ALTGPU = "Алтайский государственный педагогический университет";
    public static final String ALTGPU_CENTER = "Научно-методический центр Алтайского государственного педагогического "
            + "университета";

    // ---- ЕФС subjects: Хабаровский край ----
    public static final String KHABAROVSK_AUTHORITY = "Министерство образования и науки Хабаровского края";
    public static final String KHABAROVSK_IRO = "КГАОУ ДПО «Хабаровский краевой институт развития образования»";
    public static final String KHABAROVSK_CNPPM = "Центр непрерывного повышения профессионального мастерства "
            + "педагогических работников Хабаровского края (демо)";
    public static final String KHABAROVSK_UNIVERSITY = "Хабаровский региональный педагогический университет (демо)";

    // ---- People ----
    public static final String KOCHESHKOVA = "Кочешкова И. Ю.";
    public static final String VORONUSHKINA = "Воронушкина О. В.";

    // ---- Series and sessions ----
    public static final String FEFD_SERIES = "Стратегические сессии по развитию региональной инфраструктуры ЕФС "
            + "в Дальневосточном федеральном округе";
    public static final String ALTGPU_SERIES = "Стратегические сессии экспертов АлтГПУ в регионах Сибири";
    public static final String KHABAROVSK_SESSION = "Развитие региональной управленческой и методической "
            + "инфраструктуры ЕФС в Хабаровском крае";
    public static final String ALL_RUSSIAN_SESSION = "Всероссийская стратегическая сессия: региональные портфели ЕФС "
            + "и карты взаимного влияния";

    /** The six regions of the АлтГПУ series. */
    public static final List<String> ALTGPU_REGIONS = List.of("22", "04", "42", "19", "17", "75");

    public static final List<SubjectFact> SUBJECTS = List.of(
            new SubjectFact(MINISTRY, "Минпросвещения России", SubjectType.MINISTRY, null, null,
                    "https://edu.gov.ru", null),
            new SubjectFact(ACADEMY, "Академия Минпросвещения России", SubjectType.FEDERAL_OPERATOR, null, null,
                    "https://apkpro.ru", "Федеральный оператор ЕФС."),
            new SubjectFact(REGIONAL_DEVELOPMENT_INSTITUTE, null, SubjectType.FEDERAL_CENTER, null, null, null,
                    "Федеральный центр; сотрудники участвуют в стратегических сессиях регионов. " + MARK),
            new SubjectFact(ALTGPU, "АлтГПУ", SubjectType.UNIVERSITY, "22", null, "https://www.altspu.ru", null),
            new SubjectFact(ALTGPU_CENTER, "НМЦ АлтГПУ", SubjectType.UNIVERSITY_CENTER, "22", ALTGPU, null,
                    "Научно-методический центр на базе вуза; ведёт серию стратегических сессий в регионах Сибири. "
                            + MARK),
            new SubjectFact(KHABAROVSK_AUTHORITY, "Минобрнауки Хабаровского края", SubjectType.REGIONAL_AUTHORITY,
                    "27", null, null, null),
            new SubjectFact(KHABAROVSK_IRO, "ХК ИРО", SubjectType.EDUCATION_DEVELOPMENT_INSTITUTE, "27", null, null,
                    null),
            new SubjectFact(KHABAROVSK_CNPPM, "ЦНППМ Хабаровского края (демо)", SubjectType.CNPPM, "27", null, null,
                    "Название условное. " + MARK),
            new SubjectFact(KHABAROVSK_UNIVERSITY, "ХРПУ (демо)", SubjectType.UNIVERSITY, "27", null, null,
                    "Название условное: региональный вуз Хабаровского края. " + MARK),
            regionalInstitute("Институт развития образования Алтайского края (демо)", "ИРО Алтайского края (демо)",
                    SubjectType.EDUCATION_DEVELOPMENT_INSTITUTE, "22"),
            regionalInstitute("Институт развития образования Республики Алтай (демо)", "ИРО Республики Алтай (демо)",
                    SubjectType.EDUCATION_DEVELOPMENT_INSTITUTE, "04"),
            regionalInstitute("Центр непрерывного повышения профессионального мастерства педагогических работников "
                    + "Кемеровской области — Кузбасса (демо)", "ЦНППМ Кузбасса (демо)", SubjectType.CNPPM, "42"),
            regionalInstitute("Институт развития образования Республики Хакасия (демо)",
                    "ИРО Республики Хакасия (демо)", SubjectType.EDUCATION_DEVELOPMENT_INSTITUTE, "19"),
            regionalInstitute("Институт развития образования Республики Тыва (демо)", "ИРО Республики Тыва (демо)",
                    SubjectType.EDUCATION_DEVELOPMENT_INSTITUTE, "17"),
            regionalInstitute("Центр непрерывного повышения профессионального мастерства педагогических работников "
                    + "Забайкальского края (демо)", "ЦНППМ Забайкальского края (демо)", SubjectType.CNPPM, "75"));

    public static final List<PersonFact> PEOPLE = List.of(
            new PersonFact(KOCHESHKOVA, "руководитель проекта", ALTGPU,
                    "Руководитель серии стратегических сессий экспертов АлтГПУ 2023 года."),
            new PersonFact(VORONUSHKINA, "эксперт", ALTGPU,
                    "Эксперт серии стратегических сессий АлтГПУ 2023 года."));

    public static final List<SeriesFact> SERIES = List.of(
            new SeriesFact(FEFD_SERIES, 2023, ACADEMY, null, RegionScope.district("FEFD"),
                    "Региональные стратегические сессии 2023 года в Дальневосточном федеральном округе. Хабаровский "
                            + "край принял шестую сессию серии и стал последним регионом округа, где она прошла. "
                            + "Название серии условное. " + MARK),
            new SeriesFact(ALTGPU_SERIES, 2023, ALTGPU_CENTER, KOCHESHKOVA,
                    RegionScope.of(ALTGPU_REGIONS.toArray(String[]::new)),
                    "Эксперты АлтГПУ под руководством И. Ю. Кочешковой провели стратегические сессии в шести "
                            + "регионах: Алтайский край, Республика Алтай, Кемеровская область — Кузбасс, Республика "
                            + "Хакасия, Республика Тыва, Забайкальский край (последний относится к Дальневосточному "
                            + "федеральному округу). Название серии условное. " + MARK));

    private static final Set<SubjectType> KHABAROVSK_PARTICIPANTS = Set.of(SubjectType.REGIONAL_AUTHORITY,
            SubjectType.UNIVERSITY_CENTER, SubjectType.EDUCATION_DEVELOPMENT_INSTITUTE, SubjectType.CNPPM,
            SubjectType.UNIVERSITY, SubjectType.FEDERAL_OPERATOR, SubjectType.FEDERAL_CENTER);

    private static final Set<SubjectType> ALL_RUSSIAN_PARTICIPANTS = Set.of(SubjectType.FEDERAL_OPERATOR,
            SubjectType.UNIVERSITY_CENTER, SubjectType.UNIVERSITY, SubjectType.REGIONAL_AUTHORITY,
            SubjectType.EDUCATION_DEVELOPMENT_INSTITUTE, SubjectType.CNPPM);

    public static final List<SessionFact> SESSIONS = List.of(
            new SessionFact(KHABAROVSK_SESSION, 6, SessionFormat.REGIONAL, FEFD_SERIES, "27", "Хабаровск",
                    LocalDate.of(2023, 10, 10), LocalDate.of(2023, 10, 11), null,
                    "Выявить дефициты, с которыми сталкиваются региональные субъекты ЕФС Хабаровского края, и "
                            + "наметить проектные решения для развития управленческой и методической "
                            + "инфраструктуры ЕФС в регионе.",
                    "Команды региональных субъектов ЕФС предложили пять проектных решений: «ПРОфРОСТ»; «Обучение "
                            + "педагогов и управленцев. Проведение стажировок»; «Школа Минпросвещения России»: "
                            + "дальневосточный ориентир; «Молодым всегда у нас дорога!»; «Партнерское наставничество». "
                            + "Хабаровский край стал последним регионом Дальневосточного федерального округа, "
                            + "принявшим стратегическую сессию серии.",
                    SessionStatus.COMPLETED, List.of(ACADEMY, REGIONAL_DEVELOPMENT_INSTITUTE),
                    List.of(KHABAROVSK_AUTHORITY, KHABAROVSK_IRO, KHABAROVSK_CNPPM, KHABAROVSK_UNIVERSITY),
                    RegionScope.of("27"), List.of(), KHABAROVSK_PARTICIPANTS),
            new SessionFact(ALL_RUSSIAN_SESSION, null, SessionFormat.ALL_RUSSIAN, null, "77", "Москва",
                    LocalDate.of(2023, 12, 7), LocalDate.of(2023, 12, 8), null,
                    "Сформировать региональные портфели ЕФС: опереться на устойчивые положительные практики одних "
                            + "регионов, чтобы закрыть дефициты других, и составить карты взаимного влияния портфелей "
                            + "проектов ЕФС между регионами.",
                    "Представители 89 регионов и 13 вузов представили и защитили проекты региональных команд, "
                            + "подготовленные по итогам стратегических сессий и постсессионного сопровождения.",
                    SessionStatus.COMPLETED, List.of(ACADEMY), List.of(ALTGPU, ALTGPU_CENTER),
                    RegionScope.allRegions(),
                    List.of(new Participation(KOCHESHKOVA, SessionRole.EXPERT),
                            new Participation(VORONUSHKINA, SessionRole.EXPERT)),
                    ALL_RUSSIAN_PARTICIPANTS));

    public static final List<UserFact> USERS = List.of(
            new UserFact("demo-admin", "Admin-2023!", "Администратор (демо)", Role.ADMIN, null),
            new UserFact("expert", "Expert-2023!", "Эксперт (демо)", Role.EXPERT, null),
            new UserFact("coordinator27", "Khabarovsk-27!", "Координатор Хабаровского края (демо)",
                    Role.REGIONAL_COORDINATOR, "27"),
            new UserFact("coordinator22", "Altai-22!", "Координатор Алтайского края (демо)",
                    Role.REGIONAL_COORDINATOR, "22"),
            new UserFact("viewer", "Viewer-2023!", "Наблюдатель (демо)", Role.VIEWER, null));

    private static SubjectFact regionalInstitute(String name, String shortName, SubjectType type, String regionCode) {
        return new SubjectFact(name, shortName, type, regionCode, null, null,
                "Название условное: региональный субъект ЕФС из серии сессий АлтГПУ. " + MARK);
    }
}
