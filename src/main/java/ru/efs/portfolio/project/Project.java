package ru.efs.portfolio.project;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import ru.efs.portfolio.common.AuditedEntity;
import ru.efs.portfolio.deficit.Deficit;
import ru.efs.portfolio.person.Person;
import ru.efs.portfolio.portfolio.Portfolio;
import ru.efs.portfolio.practice.Practice;
import ru.efs.portfolio.session.StrategicSession;
import ru.efs.portfolio.subject.Subject;

/** A project of a region's portfolio: its passport, links to deficits and practices, and its stage. */
@Entity
@Table(name = "project")
@Audited
public class Project extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "portfolio_id")
    public Portfolio portfolio;

    @Column(nullable = false)
    public String title;

    public String goal;

    public String description;

    @Column(name = "expected_results")
    public String expectedResults;

    @Convert(converter = IndicatorListConverter.class)
    public List<Indicator> indicators = new ArrayList<>();

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_subject_id")
    public Subject leadSubject;

    /** The strategic session where the project was proposed. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    public StrategicSession session;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "curator_person_id")
    public Person curator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStage stage = ProjectStage.PROPOSED;

    /** The stage a project on hold will resume. */
    @Enumerated(EnumType.STRING)
    @Column(name = "stage_before_hold")
    public ProjectStage stageBeforeHold;

    /** Partner subjects; they may be in other regions. */
    @ManyToMany
    @JoinTable(name = "project_partner", joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "subject_id"))
    public Set<Subject> partners = new LinkedHashSet<>();

    /** Deficits it addresses: its own region's or other regions'. */
    @ManyToMany
    @JoinTable(name = "project_deficit", joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "deficit_id"))
    public Set<Deficit> deficits = new LinkedHashSet<>();

    /** Practices it uses: its own region's or borrowed from other regions. */
    @ManyToMany
    @JoinTable(name = "project_practice", joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "practice_id"))
    public Set<Practice> practices = new LinkedHashSet<>();

    public String regionCode() {
        return portfolio.regionCode();
    }
}
