package ru.efs.portfolio.project;

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
import ru.efs.portfolio.security.AppUser;

/** An expert's review of a project at pre-defence or defence: a score per criterion, a comment, a recommendation. */
@Entity
@Table(name = "assessment")
@Audited
public class Assessment extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "expert_user_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public AppUser expert;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStage stage;

    /** Relevance to the deficits. */
    @Column(nullable = false)
    public int relevance;

    @Column(nullable = false)
    public int feasibility;

    @Column(nullable = false)
    public int resources;

    @Column(name = "measurable_results", nullable = false)
    public int measurableResults;

    @Column(nullable = false)
    public int replicability;

    @Column(name = "interregional_effect", nullable = false)
    public int interregionalEffect;

    public String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Recommendation recommendation;
}
