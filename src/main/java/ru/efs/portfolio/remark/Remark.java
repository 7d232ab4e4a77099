package ru.efs.portfolio.remark;

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
import java.time.OffsetDateTime;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import ru.efs.portfolio.common.AuditedEntity;
import ru.efs.portfolio.project.Project;
import ru.efs.portfolio.security.AppUser;

/** An expert's remark on a project's passport, and the answer of the region's coordinator. */
@Entity
@Table(name = "remark")
@Audited
public class Remark extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Project project;

    /** Null: the whole passport. */
    @Enumerated(EnumType.STRING)
    public RemarkPart part;

    @Column(nullable = false)
    public String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public AppUser author;

    /** The author's login, kept when the account goes. */
    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RemarkStatus status = RemarkStatus.OPEN;

    public String answer;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public OffsetDateTime answeredAt;
}
