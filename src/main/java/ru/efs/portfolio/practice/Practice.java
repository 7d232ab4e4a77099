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
import ru.efs.portfolio.subject.Subject;

/** An устойчивая положительная практика: a proven practice of a subject in a region, a candidate to close others' deficits. */
@Entity
@Table(name = "practice")
@Audited
public class Practice extends AuditedEntity {

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

    public String summary;

    public String description;

    @Column(name = "target_groups")
    public String targetGroups;

    public String results;

    public String evidence;

    @Column(name = "years_in_operation")
    public Integer yearsInOperation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Maturity maturity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PracticeStatus status = PracticeStatus.DRAFT;

    @Column(name = "verified_by")
    public String verifiedBy;

    @Column(name = "verified_at")
    public OffsetDateTime verifiedAt;

    @Column(name = "recommended_by")
    public String recommendedBy;

    @Column(name = "recommended_at")
    public OffsetDateTime recommendedAt;

    @ManyToMany
    @JoinTable(name = "practice_category", joinColumns = @JoinColumn(name = "practice_id"),
            inverseJoinColumns = @JoinColumn(name = "category_code"))
    public Set<Category> categories = new LinkedHashSet<>();

    public String regionCode() {
        return region.code;
    }
}
