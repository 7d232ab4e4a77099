package ru.efs.portfolio.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import ru.efs.portfolio.common.AuditedEntity;
import ru.efs.portfolio.project.Project;
import ru.efs.portfolio.region.Region;

/** Another region took up a practice: which region, through which project, with what result. */
@Entity
@Table(name = "practice_adoption")
@Audited
public class PracticeAdoption extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id")
    public Practice practice;

    /** The adopting region. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Project project;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdoptionOutcome outcome;

    public String result;

    @Column(name = "adopted_year")
    public Integer adoptedYear;
}
