package ru.efs.portfolio.influence;

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
import ru.efs.portfolio.deficit.Deficit;
import ru.efs.portfolio.practice.Practice;
import ru.efs.portfolio.project.Project;
import ru.efs.portfolio.region.Region;

/** A declared tie between two regions' portfolios: source (and its project or practice) → target (and its project or deficit). */
@Entity
@Table(name = "influence_link")
@Audited
public class InfluenceLink extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_region_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Region sourceRegion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_project_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Project sourceProject;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_practice_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Practice sourcePractice;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_region_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Region targetRegion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_project_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Project targetProject;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_deficit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Deficit targetDeficit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InfluenceKind kind;

    @Column(nullable = false)
    public int strength;

    public String note;

    public String sourceRegionCode() {
        return sourceRegion == null ? null : sourceRegion.code;
    }

    public String targetRegionCode() {
        return targetRegion == null ? null : targetRegion.code;
    }
}
