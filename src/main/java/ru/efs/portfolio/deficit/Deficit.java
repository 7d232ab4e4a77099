package ru.efs.portfolio.deficit;

import jakarta.persistence.Column;
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
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import ru.efs.portfolio.category.Category;
import ru.efs.portfolio.common.AuditedEntity;
import ru.efs.portfolio.region.Region;
import ru.efs.portfolio.session.StrategicSession;
import ru.efs.portfolio.subject.Subject;

/** A дефицит: a problem of a region's support system or of one of its subjects. */
@Entity
@Table(name = "deficit")
@Audited
public class Deficit extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id")
    public Subject subject;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeficitStatus status = DeficitStatus.OPEN;

    /** The strategic session where it was identified. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id")
    public StrategicSession session;

    @ManyToMany
    @JoinTable(name = "deficit_category", joinColumns = @JoinColumn(name = "deficit_id"),
            inverseJoinColumns = @JoinColumn(name = "category_code"))
    public Set<Category> categories = new LinkedHashSet<>();

    @Column(name = "closed_reason")
    public String closedReason;

    @Column(name = "closed_by_project_id")
    public Long closedByProjectId;

    @Column(name = "closed_by_practice_id")
    public Long closedByPracticeId;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    public String regionCode() {
        return region.code;
    }
}
