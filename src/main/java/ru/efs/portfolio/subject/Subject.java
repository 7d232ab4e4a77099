package ru.efs.portfolio.subject;

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
import ru.efs.portfolio.region.Region;

/** A субъект ЕФС: an organisation taking part in the system at some level. */
@Entity
@Table(name = "subject")
@Audited
public class Subject extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_name")
    public String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubjectType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubjectLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Subject parent;

    public String website;

    public String email;

    public String phone;

    public String address;

    public String description;

    public String regionCode() {
        return region == null ? null : region.code;
    }

    /** The name people recognise: the short name when there is one. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
