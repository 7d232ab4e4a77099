package ru.efs.portfolio.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ru.efs.portfolio.deficit.Severity;
import ru.efs.portfolio.portfolio.PortfolioStatus;
import ru.efs.portfolio.practice.AdoptionOutcome;
import ru.efs.portfolio.practice.Maturity;
import ru.efs.portfolio.practice.PracticeStatus;
import ru.efs.portfolio.project.Indicator;
import ru.efs.portfolio.project.ProjectStage;
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

    // ---- ЕФС subjects of the АлтГПУ-series regions (names invented) ----
    public static final String ALTAI_KRAI_IRO = "Институт развития образования Алтайского края (демо)";
    public static final String ALTAI_REPUBLIC_IRO = "Институт развития образования Республики Алтай (демо)";
    public static final String KUZBASS_CNPPM = "Центр непрерывного повышения профессионального мастерства "
            + "педагогических работников Кемеровской области — Кузбасса (демо)";
    public static final String KHAKASSIA_IRO = "Институт развития образования Республики Хакасия (демо)";
    public static final String TUVA_IRO = "Институт развития образования Республики Тыва (демо)";
    public static final String ZABAIKALSKY_CNPPM = "Центр непрерывного повышения профессионального мастерства "
            + "педагогических работников Забайкальского края (демо)";

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
            regionalInstitute(ALTAI_KRAI_IRO, "ИРО Алтайского края (демо)",
                    SubjectType.EDUCATION_DEVELOPMENT_INSTITUTE, "22"),
            regionalInstitute(ALTAI_REPUBLIC_IRO, "ИРО Республики Алтай (демо)",
                    SubjectType.EDUCATION_DEVELOPMENT_INSTITUTE, "04"),
            regionalInstitute(KUZBASS_CNPPM, "ЦНППМ Кузбасса (демо)", SubjectType.CNPPM, "42"),
            regionalInstitute(KHAKASSIA_IRO, "ИРО Республики Хакасия (демо)",
                    SubjectType.EDUCATION_DEVELOPMENT_INSTITUTE, "19"),
            regionalInstitute(TUVA_IRO, "ИРО Республики Тыва (демо)",
                    SubjectType.EDUCATION_DEVELOPMENT_INSTITUTE, "17"),
            regionalInstitute(ZABAIKALSKY_CNPPM, "ЦНППМ Забайкальского края (демо)", SubjectType.CNPPM, "75"));

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

    // ---- Deficits, practices, portfolios, projects and adoptions ----

    /** Who verifies and who recommends the demo practices: the demo expert and the demo administrator. */
    public static final String VERIFIED_BY = "expert";
    public static final String RECOMMENDED_BY = "demo-admin";

    /** Who made the demo projects' stage changes. */
    public static final String STAGES_CHANGED_BY = "system";

    /** A session, by its natural key. */
    public record SessionKey(String title, LocalDate startDate) {
    }

    /** A deficit, by its natural key: region and title. */
    public record DeficitKey(String regionCode, String title) {
    }

    /** A practice, by its natural key: region and title. */
    public record PracticeKey(String regionCode, String title) {
    }

    /** A project, by its natural key: its portfolio (region and year) and its title. */
    public record ProjectKey(String regionCode, int year, String title) {
    }

    /** What closed a deficit, why, and on which day. */
    public record Closure(PracticeKey practice, String reason, LocalDate closedOn) {
    }

    /**
     * A deficit; found again by region and title. Its status is not a fact: it follows the projects that address it
     * (open or being addressed), unless {@code closure} says a coordinator closed it.
     */
    public record DeficitFact(String regionCode, String title, String subjectName, Severity severity,
            List<String> categoryCodes, SessionKey session, String description, Closure closure) {

        public DeficitKey key() {
            return new DeficitKey(regionCode, title);
        }
    }

    /**
     * A practice; found again by region and title. A verified or recommended one was verified by {@link #VERIFIED_BY}
     * on {@code verifiedOn}; a recommended one was recommended by {@link #RECOMMENDED_BY} on {@code recommendedOn}.
     */
    public record PracticeFact(String regionCode, String title, String subjectName, List<String> categoryCodes,
            String summary, String description, String targetGroups, String results, String evidence,
            Integer yearsInOperation, Maturity maturity, PracticeStatus status, LocalDate verifiedOn,
            LocalDate recommendedOn) {

        public PracticeKey key() {
            return new PracticeKey(regionCode, title);
        }
    }

    /** A region's portfolio of one year; found again by region and year. */
    public record PortfolioFact(String regionCode, int year, PortfolioStatus status, String coordinatingSubjectName,
            String summary) {
    }

    /** One step of a project's path: the stage it moved to, on which day, and why. */
    public record StageStep(ProjectStage to, LocalDate on, String comment) {
    }

    /**
     * A project of the portfolio of {@code regionCode} and {@code year}; found again by portfolio and title. Its stage
     * is the last step of {@code path}; the path becomes its stage history when the project is created.
     */
    public record ProjectFact(String regionCode, int year, String title, String goal, String description,
            String expectedResults, List<Indicator> indicators, LocalDate startDate, LocalDate endDate,
            String leadSubjectName, List<String> partnerNames, SessionKey session, String curatorName,
            List<DeficitKey> deficits, List<PracticeKey> practices, List<StageStep> path) {

        public ProjectKey key() {
            return new ProjectKey(regionCode, year, title);
        }

        public ProjectStage stage() {
            return path.get(path.size() - 1).to();
        }
    }

    /** A region took up another region's practice, through one of its projects or on its own; found again by both. */
    public record AdoptionFact(PracticeKey practice, String regionCode, ProjectKey project, AdoptionOutcome outcome,
            String result, Integer adoptedYear) {
    }

    public static final SessionKey KHABAROVSK = new SessionKey(KHABAROVSK_SESSION, LocalDate.of(2023, 10, 10));

    // ---- Practices ----
    public static final PracticeKey YOUNG_TEACHER_SCHOOL_27 = new PracticeKey("27",
            "Школа молодого педагога Хабаровского края");
    public static final PracticeKey DIAGNOSTIC_SITES_27 = new PracticeKey("27",
            "Диагностико-консультационные площадки ЦНППМ");
    public static final PracticeKey UNIVERSITY_MENTORING_22 = new PracticeKey("22",
            "Университетское наставничество для молодых педагогов");
    public static final PracticeKey DIAGNOSTICS_AND_IOM_22 = new PracticeKey("22",
            "Региональная система диагностики дефицитов и ИОМ педагогов");
    public static final PracticeKey INTERNSHIP_SITES_42 = new PracticeKey("42",
            "Стажировочные площадки на базе школ-лидеров Кузбасса");
    public static final PracticeKey INCLUSION_WORKSHOP_42 = new PracticeKey("42",
            "Психолого-педагогическая мастерская для педагогов инклюзивного образования");
    public static final PracticeKey METHODICAL_LANDINGS_04 = new PracticeKey("04",
            "Методические десанты в малокомплектные школы");
    public static final PracticeKey RESEARCH_CLUB_19 = new PracticeKey("19",
            "Клуб педагогов-исследователей Хакасии");
    public static final PracticeKey REMOTE_CONSULTATIONS_17 = new PracticeKey("17",
            "Дистанционные предметные консультации для учителей кожуунов");
    public static final PracticeKey TEACHING_CLASSES_75 = new PracticeKey("75",
            "Психолого-педагогические классы в сельских школах Забайкалья");

    public static final List<PracticeFact> PRACTICES = List.of(
            practice(YOUNG_TEACHER_SCHOOL_27, KHABAROVSK_IRO, List.of("young-teachers", "mentoring"),
                    "Годичная программа сопровождения педагогов первых трёх лет работы: установочные сборы, "
                            + "мастерские и консультации опытных учителей края.",
                    "Молодые педагоги края проходят годичную программу: августовские установочные сборы, ежемесячные "
                            + "предметные и методические мастерские, консультации опытных учителей по запросу и "
                            + "итоговую конференцию «Первые шаги в профессии». Содержание мастерских строится по "
                            + "итогам входной диагностики профессиональных дефицитов.",
                    "Педагоги со стажем до трёх лет; наставники образовательных организаций",
                    "За три года программу прошли около 900 молодых педагогов; среди участников доля оставшихся в "
                            + "профессии после трёх лет работы на 15 процентных пунктов выше, чем среди остальных.",
                    "Отчёты ХК ИРО о реализации программы за 2020–2023 годы; данные регионального мониторинга "
                            + "закрепления молодых педагогов; отзывы участников и руководителей школ.",
                    6, Maturity.ESTABLISHED, PracticeStatus.VERIFIED, LocalDate.of(2023, 11, 15), null),
            practice(DIAGNOSTIC_SITES_27, KHABAROVSK_CNPPM, List.of("diagnostics-iom", "deficits-methodical"),
                    "Площадки ЦНППМ в муниципалитетах края проводят диагностику профессиональных дефицитов и сразу "
                            + "помогают педагогу составить индивидуальный образовательный маршрут.",
                    "В районных центрах края работают площадки ЦНППМ: педагог проходит диагностику, в тот же день "
                            + "обсуждает её итоги с методистом и получает проект индивидуального образовательного "
                            + "маршрута. Через полгода методист проводит повторную консультацию.",
                    "Учителя общеобразовательных организаций; методисты муниципальных методических служб",
                    "В 2022–2023 годах диагностику на площадках прошли 1 400 педагогов, для 780 из них составлены "
                            + "ИОМ с консультацией методиста.",
                    "Журналы площадок; выгрузка ИОМ из региональной системы учёта; анкеты педагогов.",
                    2, Maturity.EMERGING, PracticeStatus.SUBMITTED, null, null),
            practice(UNIVERSITY_MENTORING_22, ALTGPU_CENTER,
                    List.of("mentoring", "young-teachers", "teacher-education"),
                    "Выпускников педагогического университета в первые два года работы сопровождает пара "
                            + "наставников: опытный учитель школы и преподаватель вуза.",
                    "Каждому молодому педагогу назначаются наставник из школы и куратор из числа преподавателей "
                            + "АлтГПУ. Пара составляет с педагогом план профессионального развития, проводит "
                            + "взаимные посещения уроков и разборы трудных ситуаций, а раз в семестр — открытую "
                            + "сессию в университете. Для переноса в другой регион нужны соглашение вуза с органом "
                            + "управления образованием и школы-партнёры.",
                    "Выпускники педагогических вузов в первые два года работы; наставники школ; преподаватели вуза",
                    "Из молодых педагогов, прошедших сопровождение, 87 % работают в школе и после трёх лет; "
                            + "обращения молодых педагогов за методической помощью участились вдвое.",
                    "Мониторинг НМЦ АлтГПУ за 2019–2023 годы; экспертное заключение по итогам проверки практики; "
                            + "отзывы школ-партнёров.",
                    5, Maturity.SUSTAINABLE, PracticeStatus.RECOMMENDED, LocalDate.of(2023, 6, 20),
                    LocalDate.of(2023, 9, 15)),
            practice(DIAGNOSTICS_AND_IOM_22, ALTAI_KRAI_IRO,
                    List.of("diagnostics-iom", "deficits-methodical", "deficits-subject"),
                    "Единый цикл «диагностика — ИОМ — сопровождение — повторная диагностика» на региональной "
                            + "цифровой платформе.",
                    "Педагоги проходят предметную и методическую диагностику на региональной платформе; по её "
                            + "итогам платформа предлагает модули повышения квалификации, тьютор ИРО утверждает "
                            + "индивидуальный образовательный маршрут и через год проводит повторную диагностику.",
                    "Учителя общеобразовательных организаций; тьюторы и методисты ИРО и муниципальных служб",
                    "ИОМ построены для 62 % учителей края; у завершивших маршрут доля методических дефицитов при "
                            + "повторной диагностике снизилась на треть.",
                    "Данные региональной платформы за 2020–2023 годы; аналитический отчёт ИРО; заключение эксперта.",
                    4, Maturity.ESTABLISHED, PracticeStatus.VERIFIED, LocalDate.of(2023, 10, 2), null),
            practice(INTERNSHIP_SITES_42, KUZBASS_CNPPM, List.of("training", "managers"),
                    "Школы с высокими результатами принимают на стажировку педагогов и управленческие команды "
                            + "других школ региона по программам, согласованным с ЦНППМ.",
                    "ЦНППМ отбирает школы-лидеры, вместе с ними разрабатывает программы стажировок (от трёх до десяти "
                            + "дней) и готовит тьюторов. Управленческая команда приезжает со своей задачей развития "
                            + "школы и уезжает с планом изменений, выполнение которого ЦНППМ сопровождает ещё "
                            + "полгода.",
                    "Управленческие команды школ; педагоги; резерв руководителей",
                    "Работают 24 стажировочные площадки; за 2021–2023 годы стажировку прошли более 1 100 педагогов и "
                            + "140 управленческих команд; 70 % школ-участниц выполнили план изменений.",
                    "Реестр стажировочных площадок ЦНППМ; отчёты о стажировках; мониторинг выполнения планов "
                            + "изменений.",
                    7, Maturity.SUSTAINABLE, PracticeStatus.RECOMMENDED, LocalDate.of(2023, 5, 18),
                    LocalDate.of(2023, 8, 30)),
            practice(INCLUSION_WORKSHOP_42, KUZBASS_CNPPM, List.of("deficits-psychological", "methodological-support"),
                    "Практикумы и супервизии, на которых педагоги вместе с психологами и дефектологами разбирают "
                            + "случаи из своей работы с детьми с ОВЗ.",
                    "Группы по 15 педагогов встречаются раз в две недели в течение полугода: разбирают случаи из "
                            + "практики, пробуют приёмы работы на практикумах и получают супервизию психолога. "
                            + "Итоговая диагностика показывает, какие дефициты остались.",
                    "Педагоги, работающие с детьми с ОВЗ; школьные психологи",
                    "Мастерскую прошли 650 педагогов; доля педагогов с психолого-педагогическими дефицитами в работе "
                            + "с детьми с ОВЗ снизилась с 41 % до 18 %.",
                    "Входная и итоговая диагностика ЦНППМ за 2021–2023 годы; протоколы супервизий; заключение "
                            + "эксперта.",
                    3, Maturity.ESTABLISHED, PracticeStatus.VERIFIED, LocalDate.of(2023, 11, 10), null),
            practice(METHODICAL_LANDINGS_04, ALTAI_REPUBLIC_IRO,
                    List.of("methodological-support", "subject-interaction"),
                    "Выездные команды методистов ИРО и муниципальных служб проводят в отдалённых сёлах однодневные "
                            + "практикумы и открытые уроки.",
                    "Команда из методистов ИРО, муниципальной методической службы и учителей-мастеров выезжает в "
                            + "малокомплектную школу: проводит открытые уроки, практикум по запросу коллектива и "
                            + "консультации, а затем остаётся на связи с педагогами школы.",
                    "Педагоги малокомплектных и сельских школ; муниципальные методисты",
                    "В 2022–2023 годах проведено 18 десантов в 7 районах; в них участвовали около 300 педагогов.",
                    "Программы и отчёты десантов; анкеты участников.",
                    2, Maturity.EMERGING, PracticeStatus.SUBMITTED, null, null),
            practice(RESEARCH_CLUB_19, KHAKASSIA_IRO, List.of("methodological-support", "deficits-methodical"),
                    "Сообщество учителей, которые исследуют собственную практику и обсуждают результаты на "
                            + "ежемесячных встречах клуба.",
                    "Учителя выбирают вопрос своей практики, под руководством методиста ИРО проводят небольшое "
                            + "исследование на своих уроках и представляют его клубу; лучшие разработки входят в "
                            + "региональный банк методических материалов.",
                    "Учителя-предметники; молодые педагоги; методисты",
                    "В клубе 120 педагогов из 12 муниципалитетов; 45 методических разработок участников включены в "
                            + "региональный банк.",
                    "Региональный банк методических разработок; материалы встреч клуба; заключение эксперта.",
                    4, Maturity.ESTABLISHED, PracticeStatus.VERIFIED, LocalDate.of(2023, 9, 12), null),
            practice(REMOTE_CONSULTATIONS_17, TUVA_IRO, List.of("digital-environment", "training", "deficits-subject"),
                    "Методисты ИРО еженедельно консультируют учителей отдалённых кожуунов по трудным темам предмета "
                            + "по видеосвязи.",
                    "Учителя заранее присылают вопросы по трудным темам; методист собирает их в консультацию, "
                            + "проводит её по видеосвязи и выкладывает запись с материалами на региональном портале.",
                    "Учителя русского языка и математики отдалённых кожуунов",
                    "За первый год проведено 70 консультаций для 260 учителей.",
                    "Расписание и записи консультаций; журнал обращений.",
                    1, Maturity.EMERGING, PracticeStatus.DRAFT, null, null),
            practice(TEACHING_CLASSES_75, ZABAIKALSKY_CNPPM, List.of("teacher-education", "young-teachers"),
                    "Старшеклассники сельских школ пробуют себя в роли педагога, а выпускники классов поступают на "
                            + "педагогические направления и возвращаются в свои сёла.",
                    "В сельских школах открыты психолого-педагогические классы: старшеклассники ведут занятия с "
                            + "младшими, проходят практику в детских садах и школах, а лучшие получают направление на "
                            + "целевое обучение в педагогическом вузе.",
                    "Старшеклассники сельских школ; учителя, ведущие педагогические классы",
                    "Работают 26 классов; 38 % выпускников 2022–2023 годов поступили на педагогические направления, "
                            + "половина из них — по целевому договору.",
                    "Мониторинг поступления выпускников; договоры о целевом обучении; отчёт ЦНППМ.",
                    3, Maturity.ESTABLISHED, PracticeStatus.SUBMITTED, null, null));

    // ---- Deficits ----
    public static final DeficitKey YOUNG_TEACHERS_LEAVE_27 = new DeficitKey("27",
            "Отток молодых педагогов в первые три года работы");
    public static final DeficitKey FRAGMENTED_MENTORING_27 = new DeficitKey("27",
            "Разрозненность программ наставничества в образовательных организациях края");
    public static final DeficitKey MANAGERS_NOT_READY_27 = new DeficitKey("27",
            "Неготовность управленческих команд школ к переходу на модель «Школа Минпросвещения России»");
    public static final DeficitKey FORMAL_IOM_27 = new DeficitKey("27",
            "Формальные индивидуальные образовательные маршруты педагогов");
    public static final DeficitKey RURAL_MENTORS_22 = new DeficitKey("22",
            "Нехватка наставников для молодых педагогов сельских школ");
    public static final DeficitKey DIGITAL_SKILLS_22 = new DeficitKey("22",
            "Низкая цифровая компетентность педагогов сельских школ");
    public static final DeficitKey SUBJECT_TEACHERS_04 = new DeficitKey("04",
            "Нехватка учителей-предметников в малокомплектных школах");
    public static final DeficitKey MUNICIPAL_SERVICES_04 = new DeficitKey("04",
            "Слабая связь муниципальных методических служб с региональным институтом");
    public static final DeficitKey MANAGEMENT_RESERVE_42 = new DeficitKey("42",
            "Недостаточная подготовка управленческого резерва школ");
    public static final DeficitKey INCLUSION_42 = new DeficitKey("42",
            "Психолого-педагогические дефициты педагогов в работе с детьми с ОВЗ");
    public static final DeficitKey PARENTS_19 = new DeficitKey("19",
            "Коммуникативные дефициты педагогов во взаимодействии с родителями");
    public static final DeficitKey AFTER_COURSES_19 = new DeficitKey("19",
            "Нет сопровождения педагогов после курсов повышения квалификации");
    public static final DeficitKey RUSSIAN_LANGUAGE_17 = new DeficitKey("17",
            "Предметные дефициты учителей русского языка в школах с обучением на родном языке");
    public static final DeficitKey REMOTE_ACCESS_17 = new DeficitKey("17",
            "Ограниченный доступ педагогов отдалённых кожуунов к повышению квалификации");
    public static final DeficitKey NO_MENTOR_75 = new DeficitKey("75",
            "Молодые педагоги остаются без наставника в первый год работы");
    public static final DeficitKey RURAL_HEADS_75 = new DeficitKey("75",
            "Недостаток управленческих компетенций у руководителей сельских школ");

    public static final List<DeficitFact> DEFICITS = List.of(
            deficit(YOUNG_TEACHERS_LEAVE_27, KHABAROVSK_AUTHORITY, Severity.HIGH,
                    List.of("young-teachers", "mentoring"),
                    KHABAROVSK, "Заметная часть молодых учителей уходит из школ края в первые три года, особенно из "
                            + "сёл и отдалённых районов: в начале работы им не хватает сопровождения и "
                            + "профессионального сообщества. Назван командами на стратегической сессии в Хабаровске."),
            deficit(FRAGMENTED_MENTORING_27, KHABAROVSK_CNPPM, Severity.HIGH,
                    List.of("mentoring", "subject-interaction"), KHABAROVSK,
                    "Школы ведут наставничество каждая по своей программе: нет общей подготовки наставников, обмена "
                            + "опытом между школами и участия вузов."),
            deficit(MANAGERS_NOT_READY_27, KHABAROVSK_AUTHORITY, Severity.CRITICAL,
                    List.of("managers", "methodological-support"), KHABAROVSK,
                    "Руководители школ по-разному понимают требования модели и не умеют составить план перехода; "
                            + "методической поддержки управленческих команд в районах края мало."),
            deficit(FORMAL_IOM_27, KHABAROVSK_IRO, Severity.MEDIUM,
                    List.of("diagnostics-iom", "training", "deficits-methodical"), KHABAROVSK,
                    "Диагностика профессиональных дефицитов проводится, но маршруты составляются без опоры на её "
                            + "итоги; педагогам не хватает стажировок и практико-ориентированных программ."),
            deficit(RURAL_MENTORS_22, ALTAI_KRAI_IRO, Severity.MEDIUM, List.of("mentoring", "young-teachers"), null,
                    "В сельских школах края мало опытных педагогов, готовых и подготовленных быть наставниками; "
                            + "молодые учителя сёл остаются без поддержки."),
            deficit(DIGITAL_SKILLS_22, null, Severity.LOW, List.of("digital-environment", "deficits-methodical"), null,
                    "Педагоги сельских школ редко используют цифровые образовательные ресурсы и платформы в "
                            + "обучении; нет методической поддержки их освоения."),
            deficit(SUBJECT_TEACHERS_04, ALTAI_REPUBLIC_IRO, Severity.CRITICAL,
                    List.of("young-teachers", "deficits-subject"), null,
                    "В малокомплектных школах республики один учитель ведёт несколько предметов; молодые "
                            + "специалисты в такие школы почти не приезжают."),
            deficit(MUNICIPAL_SERVICES_04, null, Severity.MEDIUM,
                    List.of("methodological-support", "subject-interaction"), null,
                    "Муниципальные методические службы работают разрозненно и редко обращаются в региональный "
                            + "институт; единой сети методической поддержки нет."),
            deficit(MANAGEMENT_RESERVE_42, KUZBASS_CNPPM, Severity.HIGH, List.of("managers", "training"), null,
                    "Кадровый резерв руководителей школ формируется формально; программ подготовки резерва с "
                            + "практикой в школах мало."),
            new DeficitFact("42", INCLUSION_42.title(), KUZBASS_CNPPM, Severity.MEDIUM,
                    List.of("deficits-psychological"), null,
                    "Диагностика 2021 года показала, что многим педагогам не хватает психолого-педагогических "
                            + "знаний и приёмов для работы с детьми с ОВЗ в обычных классах. " + MARK,
                    new Closure(INCLUSION_WORKSHOP_42, "Повторная диагностика 2023 года показала, что после "
                            + "психолого-педагогической мастерской ЦНППМ дефицит преодолён у большинства педагогов; "
                            + "дальнейшая работа идёт в рамках практики. " + MARK, LocalDate.of(2023, 11, 30))),
            deficit(PARENTS_19, KHAKASSIA_IRO, Severity.MEDIUM, List.of("deficits-communicative"), null,
                    "Педагоги затрудняются в трудных разговорах с родителями и в совместной работе с семьёй; "
                            + "особенно это заметно у молодых учителей."),
            deficit(AFTER_COURSES_19, null, Severity.LOW, List.of("methodological-support", "training"), null,
                    "После курсов повышения квалификации педагоги остаются без поддержки при переносе нового в "
                            + "свои уроки; результат курсов никто не отслеживает."),
            deficit(RUSSIAN_LANGUAGE_17, TUVA_IRO, Severity.HIGH, List.of("deficits-subject", "deficits-methodical"),
                    null, "Учителям русского языка в школах с обучением на родном языке не хватает методики "
                            + "преподавания русского языка как неродного."),
            deficit(REMOTE_ACCESS_17, null, Severity.HIGH, List.of("training", "digital-environment"), null,
                    "Педагогам отдалённых кожуунов трудно выехать на очные курсы, а связь в сёлах не везде "
                            + "позволяет учиться дистанционно."),
            deficit(NO_MENTOR_75, ZABAIKALSKY_CNPPM, Severity.HIGH, List.of("mentoring", "young-teachers"), null,
                    "Во многих школах края молодого педагога не к кому прикрепить: опытные учителя перегружены, а "
                            + "подготовки наставников нет."),
            deficit(RURAL_HEADS_75, null, Severity.MEDIUM, List.of("managers"), null,
                    "Руководители сельских школ часто назначаются без управленческой подготовки и не получают "
                            + "поддержки в первые годы работы."));

    // ---- Portfolios ----
    public static final List<PortfolioFact> PORTFOLIOS = List.of(
            new PortfolioFact("27", 2023, PortfolioStatus.FORMED, KHABAROVSK_IRO,
                    "Портфель собран по итогам стратегической сессии в Хабаровске 10–11 октября 2023 года: пять "
                            + "проектных решений команд региональных субъектов ЕФС, доработанных в ходе "
                            + "постсессионного сопровождения. Проекты опираются на практики Алтайского края и "
                            + "Кузбасса, а «Партнерское наставничество» работает и на Забайкальский край. " + MARK),
            new PortfolioFact("22", 2023, PortfolioStatus.FORMED, ALTAI_KRAI_IRO,
                    "Портфель собран по итогам стратегической сессии экспертов АлтГПУ в Алтайском крае: "
                            + "наставничество в сельских школах вместе с Республикой Алтай и с опорой на практику "
                            + "Хабаровского края. " + MARK));

    // ---- Projects ----
    public static final String PROFROST = "ПРОфРОСТ";
    public static final String INTERNSHIPS = "Обучение педагогов и управленцев. Проведение стажировок";
    public static final String MINPROS_SCHOOL = "«Школа Минпросвещения России»: дальневосточный ориентир";
    public static final String YOUNG_WELCOME = "Молодым всегда у нас дорога!";
    public static final String PARTNER_MENTORING = "Партнерское наставничество";
    public static final String RURAL_MENTOR = "Сельский наставник";
    public static final String DIGITAL_RURAL = "Цифровая методическая среда сельской школы";

    /** The five project solutions proposed at the Khabarovsk session. */
    public static final List<String> KHABAROVSK_PROJECTS = List.of(PROFROST, INTERNSHIPS, MINPROS_SCHOOL,
            YOUNG_WELCOME, PARTNER_MENTORING);

    private static final StageStep PROPOSED_IN_KHABAROVSK = new StageStep(ProjectStage.PROPOSED,
            LocalDate.of(2023, 10, 11), "Проектное решение предложено командой региона на стратегической сессии "
                    + "в Хабаровске.");
    private static final StageStep REFINED_AFTER_KHABAROVSK = new StageStep(ProjectStage.REFINEMENT,
            LocalDate.of(2023, 10, 16), "Начато постсессионное сопровождение: команда дорабатывает паспорт "
                    + "проекта вместе с экспертами.");
    private static final StageStep DEFENDED_IN_MOSCOW = new StageStep(ProjectStage.DEFENSE,
            LocalDate.of(2023, 12, 7), "Проект представлен к защите на Всероссийской стратегической сессии в "
                    + "Москве.");

    public static final List<ProjectFact> PROJECTS = List.of(
            new ProjectFact("27", 2023, PROFROST,
                    "Выстроить в крае непрерывный цикл профессионального роста педагога: диагностика дефицитов — "
                            + "индивидуальный образовательный маршрут — сопровождение — оценка результата.",
                    "Проект объединяет диагностико-консультационные площадки ЦНППМ края и опыт Алтайского края по "
                            + "построению ИОМ на региональной платформе. Каждый педагог, прошедший диагностику, "
                            + "получает маршрут с модулями повышения квалификации, стажировками и консультациями "
                            + "методиста; через год диагностика повторяется. " + MARK,
                    "Маршруты педагогов опираются на итоги диагностики; в каждом муниципальном районе работает "
                            + "консультационная площадка; повторная диагностика показывает снижение методических "
                            + "дефицитов.",
                    List.of(indicator("Доля педагогов с ИОМ, составленным по итогам диагностики", "%", 30, 70),
                            indicator("Число педагогов, завершивших ИОМ", "чел.", 0, 600)),
                    LocalDate.of(2024, 1, 15), LocalDate.of(2024, 12, 20), KHABAROVSK_IRO, List.of(KHABAROVSK_CNPPM),
                    KHABAROVSK, null, List.of(FORMAL_IOM_27), List.of(DIAGNOSTIC_SITES_27, DIAGNOSTICS_AND_IOM_22),
                    List.of(PROPOSED_IN_KHABAROVSK, REFINED_AFTER_KHABAROVSK, new StageStep(ProjectStage.PRE_DEFENSE,
                            LocalDate.of(2023, 11, 20), "Паспорт проекта заполнен, проект вынесен на предзащиту."))),
            new ProjectFact("27", 2023, INTERNSHIPS,
                    "Создать в крае сеть стажировочных площадок для педагогов и управленческих команд школ.",
                    "На базе школ с высокими результатами и регионального вуза открываются стажировочные площадки. "
                            + "Программы стажировок готовятся по модели Кузбасса: школа-лидер принимает "
                            + "управленческую команду с её задачей развития, а ИРО полгода сопровождает выполнение "
                            + "плана изменений. " + MARK,
                    "Работает сеть стажировочных площадок; управленческие команды возвращаются со стажировки с "
                            + "планом изменений; педагоги проходят стажировки по своим ИОМ.",
                    List.of(indicator("Число стажировочных площадок", "ед.", 3, 12),
                            indicator("Число педагогов и руководителей, прошедших стажировку", "чел.", 120, 450)),
                    LocalDate.of(2024, 2, 1), LocalDate.of(2024, 12, 25), KHABAROVSK_IRO,
                    List.of(KHABAROVSK_UNIVERSITY), KHABAROVSK, null, List.of(FORMAL_IOM_27, MANAGERS_NOT_READY_27),
                    List.of(INTERNSHIP_SITES_42), List.of(PROPOSED_IN_KHABAROVSK, REFINED_AFTER_KHABAROVSK)),
            new ProjectFact("27", 2023, MINPROS_SCHOOL,
                    "Помочь управленческим командам школ края спланировать и пройти переход на модель «Школа "
                            + "Минпросвещения России».",
                    "Региональный штаб при министерстве проводит самодиагностику школ по модели, собирает для "
                            + "управленческих команд программы поддержки и стажировки в школах, уже достигших "
                            + "высокого уровня; для подготовки команд используется опыт стажировочных площадок "
                            + "Кузбасса. " + MARK,
                    "У каждой школы края есть план перехода на модель; растёт доля школ базового и высокого уровня.",
                    List.of(indicator("Доля школ, достигших базового уровня модели", "%", 40, 75),
                            indicator("Число управленческих команд, прошедших программу поддержки", "ед.", 0, 60)),
                    LocalDate.of(2024, 1, 10), LocalDate.of(2024, 12, 27), KHABAROVSK_AUTHORITY,
                    List.of(KHABAROVSK_IRO), KHABAROVSK, null, List.of(MANAGERS_NOT_READY_27),
                    List.of(INTERNSHIP_SITES_42), List.of(PROPOSED_IN_KHABAROVSK, REFINED_AFTER_KHABAROVSK)),
            new ProjectFact("27", 2023, YOUNG_WELCOME,
                    "Закрепить молодых педагогов в школах края, прежде всего в сёлах и отдалённых районах.",
                    "Проект соединяет краевую «Школу молодого педагога» с университетским наставничеством по опыту "
                            + "АлтГПУ: каждого молодого учителя сопровождают наставник из школы и куратор из "
                            + "регионального вуза, а для молодых педагогов создаётся краевое профессиональное "
                            + "сообщество. " + MARK,
                    "Молодые педагоги получают сопровождение с первого года работы; растёт доля молодых учителей, "
                            + "оставшихся в профессии после трёх лет.",
                    List.of(indicator("Доля молодых педагогов, оставшихся в профессии после трёх лет работы", "%",
                            62, 80), indicator("Число молодых педагогов в программах сопровождения", "чел.", 180, 400)),
                    LocalDate.of(2024, 1, 9), LocalDate.of(2024, 12, 20), KHABAROVSK_CNPPM,
                    List.of(KHABAROVSK_IRO, KHABAROVSK_UNIVERSITY), KHABAROVSK, null, List.of(YOUNG_TEACHERS_LEAVE_27),
                    List.of(YOUNG_TEACHER_SCHOOL_27, UNIVERSITY_MENTORING_22),
                    List.of(PROPOSED_IN_KHABAROVSK, REFINED_AFTER_KHABAROVSK,
                            new StageStep(ProjectStage.PRE_DEFENSE, LocalDate.of(2023, 11, 20),
                                    "Паспорт проекта заполнен, проект вынесен на предзащиту."),
                            new StageStep(ProjectStage.REVISION, LocalDate.of(2023, 11, 22),
                                    "Эксперты вернули проект на доработку: уточнить показатели закрепления молодых "
                                            + "педагогов и их исходные значения."),
                            new StageStep(ProjectStage.PRE_DEFENSE, LocalDate.of(2023, 11, 29),
                                    "Показатели уточнены, проект повторно вынесен на предзащиту."),
                            DEFENDED_IN_MOSCOW)),
            new ProjectFact("27", 2023, PARTNER_MENTORING,
                    "Построить межрегиональную сеть наставничества, в которой школы, вузы и ЦНППМ Хабаровского и "
                            + "Забайкальского краёв вместе готовят наставников и сопровождают молодых педагогов.",
                    "Наставники школ проходят общую программу подготовки, разработанную вместе с научно-методическим "
                            + "центром АлтГПУ; пары «школьный наставник — куратор вуза» сопровождают молодых "
                            + "педагогов. В программу включены школы Забайкальского края, где молодым педагогам "
                            + "особенно не хватает наставников. " + MARK,
                    "Единая программа подготовки наставников; межрегиональное сообщество наставников; у каждого "
                            + "молодого педагога школ-участниц есть наставник.",
                    List.of(indicator("Число подготовленных наставников", "чел.", 40, 250),
                            indicator("Доля молодых педагогов школ-участниц, закреплённых за наставником", "%", 35,
                                    100)),
                    LocalDate.of(2024, 2, 1), LocalDate.of(2024, 12, 25), KHABAROVSK_CNPPM,
                    List.of(ALTGPU_CENTER, ZABAIKALSKY_CNPPM, KHABAROVSK_UNIVERSITY), KHABAROVSK, VORONUSHKINA,
                    List.of(YOUNG_TEACHERS_LEAVE_27, FRAGMENTED_MENTORING_27, NO_MENTOR_75),
                    List.of(UNIVERSITY_MENTORING_22),
                    List.of(PROPOSED_IN_KHABAROVSK, REFINED_AFTER_KHABAROVSK, new StageStep(ProjectStage.PRE_DEFENSE,
                            LocalDate.of(2023, 11, 24), "Паспорт дополнен показателями по Забайкальскому краю, "
                                    + "проект вынесен на предзащиту."))),
            new ProjectFact("22", 2023, RURAL_MENTOR,
                    "Обеспечить наставниками молодых педагогов сельских и малокомплектных школ Алтайского края и "
                            + "Республики Алтай.",
                    "Проект переносит в сельские школы университетское наставничество АлтГПУ и программу «Школы "
                            + "молодого педагога» Хабаровского края. В проект включены малокомплектные школы "
                            + "Республики Алтай, куда молодые учителя-предметники почти не приезжают. " + MARK,
                    "В сельских школах работают наставнические пары; молодые педагоги сёл закрепляются в "
                            + "профессии; малокомплектные школы Республики Алтай получают сопровождение.",
                    List.of(indicator("Число сельских школ, где работают наставнические пары", "ед.", 25, 90),
                            indicator("Доля молодых педагогов сельских школ с наставником", "%", 45, 90)),
                    LocalDate.of(2024, 1, 15), LocalDate.of(2024, 12, 20), ALTAI_KRAI_IRO,
                    List.of(ALTGPU_CENTER, ALTAI_REPUBLIC_IRO), null, null,
                    List.of(RURAL_MENTORS_22, SUBJECT_TEACHERS_04),
                    List.of(UNIVERSITY_MENTORING_22, YOUNG_TEACHER_SCHOOL_27),
                    List.of(new StageStep(ProjectStage.PROPOSED, LocalDate.of(2023, 11, 1),
                                    "Проектное решение предложено на стратегической сессии экспертов АлтГПУ."),
                            new StageStep(ProjectStage.REFINEMENT, LocalDate.of(2023, 11, 3),
                                    "Начато постсессионное сопровождение с экспертами НМЦ АлтГПУ."),
                            new StageStep(ProjectStage.PRE_DEFENSE, LocalDate.of(2023, 11, 24),
                                    "Паспорт проекта заполнен, проект вынесен на предзащиту."),
                            DEFENDED_IN_MOSCOW)),
            new ProjectFact("22", 2023, DIGITAL_RURAL,
                    "Повысить цифровую компетентность педагогов сельских школ через сетевые методические "
                            + "объединения на региональной платформе.",
                    "Педагоги сельских школ объединяются в сетевые методические группы, осваивают цифровые "
                            + "ресурсы на практикумах и делятся разработками уроков на региональной платформе. "
                            + MARK,
                    "Педагоги сельских школ регулярно используют цифровые ресурсы на уроках.",
                    List.of(indicator("Доля педагогов сельских школ, прошедших обучение цифровым инструментам", "%",
                            20, 60)),
                    LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 20), ALTAI_KRAI_IRO, List.of(), null, null,
                    List.of(DIGITAL_SKILLS_22), List.of(),
                    List.of(new StageStep(ProjectStage.PROPOSED, LocalDate.of(2023, 11, 1),
                                    "Проектное решение предложено на стратегической сессии экспертов АлтГПУ."),
                            new StageStep(ProjectStage.REFINEMENT, LocalDate.of(2023, 11, 3),
                                    "Начато постсессионное сопровождение с экспертами НМЦ АлтГПУ."),
                            new StageStep(ProjectStage.PRE_DEFENSE, LocalDate.of(2023, 11, 24),
                                    "Паспорт проекта заполнен, проект вынесен на предзащиту."),
                            new StageStep(ProjectStage.REJECTED, LocalDate.of(2023, 11, 28),
                                    "Эксперты предзащиты отклонили проект: не определены ресурсы и площадки. "
                                            + "Команда вернётся к дефициту в портфеле следующего года."))));

    // ---- Adoptions ----
    public static final List<AdoptionFact> ADOPTIONS = List.of(
            new AdoptionFact(YOUNG_TEACHER_SCHOOL_27, "75", null, AdoptionOutcome.IN_PROGRESS,
                    "ЦНППМ Забайкальского края открыл свою школу молодого педагога по программе хабаровских коллег; "
                            + "в первом наборе 45 педагогов, итоги подведут в конце учебного года. " + MARK, 2023),
            new AdoptionFact(UNIVERSITY_MENTORING_22, "27", new ProjectKey("27", 2023, YOUNG_WELCOME),
                    AdoptionOutcome.SUCCESSFUL,
                    "В ходе постсессионного сопровождения пары «наставник — куратор вуза» опробованы в пяти школах "
                            + "Хабаровска и Хабаровского района; все 22 молодых педагога пилотных школ продолжили "
                            + "работу, и практика вошла в проект. " + MARK, 2023),
            new AdoptionFact(YOUNG_TEACHER_SCHOOL_27, "22", new ProjectKey("22", 2023, RURAL_MENTOR),
                    AdoptionOutcome.PLANNED,
                    "Программу «Школы молодого педагога» адаптируют для сельских школ Алтайского края в 2024 году. "
                            + MARK, 2024));

    private static PracticeFact practice(PracticeKey key, String subjectName, List<String> categoryCodes,
            String summary, String description, String targetGroups, String results, String evidence,
            int yearsInOperation, Maturity maturity, PracticeStatus status, LocalDate verifiedOn,
            LocalDate recommendedOn) {
        return new PracticeFact(key.regionCode(), key.title(), subjectName, categoryCodes, summary,
                description + " " + MARK, targetGroups, results, evidence, yearsInOperation, maturity, status,
                verifiedOn, recommendedOn);
    }

    private static DeficitFact deficit(DeficitKey key, String subjectName, Severity severity,
            List<String> categoryCodes, SessionKey session, String description) {
        return new DeficitFact(key.regionCode(), key.title(), subjectName, severity, categoryCodes, session,
                description + " " + MARK, null);
    }

    private static Indicator indicator(String name, String unit, int baseline, int target) {
        return new Indicator(name, unit, BigDecimal.valueOf(baseline), BigDecimal.valueOf(target), null);
    }

    private static SubjectFact regionalInstitute(String name, String shortName, SubjectType type, String regionCode) {
        return new SubjectFact(name, shortName, type, regionCode, null, null,
                "Название условное: региональный субъект ЕФС из серии сессий АлтГПУ. " + MARK);
    }
}
