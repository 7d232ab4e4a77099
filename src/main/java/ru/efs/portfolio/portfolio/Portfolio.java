package ru.efs.portfolio.portfolio;

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
import ru.efs.portfolio.subject.Subject;

/** A region's ЕФС portfolio of projects for one year (one per region and year). */
@Entity
@Table(name = "portfolio")
@Audited
public class Portfolio extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Region region;

    @Column(name = "year_number", nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PortfolioStatus status = PortfolioStatus.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "coordinating_subject_id")
    public Subject coordinatingSubject;

    public String summary;

    public String regionCode() {
        return region.code;
    }
}
