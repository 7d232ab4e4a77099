package ru.efs.portfolio.subject;

/** The kinds of ЕФС subjects (organisations); each belongs to one level of the system. */
public enum SubjectType {
    /** Министерство просвещения РФ. */
    MINISTRY(SubjectLevel.FEDERAL),
    /** Федеральный оператор ЕФС (Академия Минпросвещения России). */
    FEDERAL_OPERATOR(SubjectLevel.FEDERAL),
    /** Научно-методический центр на базе вуза (НМЦ). */
    UNIVERSITY_CENTER(SubjectLevel.FEDERAL),
    /** Институт регионального развития и другие федеральные центры. */
    FEDERAL_CENTER(SubjectLevel.FEDERAL),
    /** Региональный орган исполнительной власти в сфере образования (РОИВ). */
    REGIONAL_AUTHORITY(SubjectLevel.REGIONAL),
    /** Институт развития образования, ИПК (ИРО). */
    EDUCATION_DEVELOPMENT_INSTITUTE(SubjectLevel.REGIONAL),
    /** Центр непрерывного повышения профессионального мастерства (ЦНППМ). */
    CNPPM(SubjectLevel.REGIONAL),
    /** Центр оценки профессионального мастерства и квалификаций педагогов (ЦОПМКиМП). */
    ASSESSMENT_CENTER(SubjectLevel.REGIONAL),
    /** Вуз (региональный, педагогический). */
    UNIVERSITY(SubjectLevel.REGIONAL),
    /** Муниципальная методическая служба (ММС). */
    MUNICIPAL_SERVICE(SubjectLevel.MUNICIPAL),
    /** Методическая служба образовательной организации. */
    SCHOOL_SERVICE(SubjectLevel.SCHOOL);

    private final SubjectLevel level;

    SubjectType(SubjectLevel level) {
        this.level = level;
    }

    public SubjectLevel level() {
        return level;
    }
}
