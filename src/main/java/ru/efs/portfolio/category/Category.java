package ru.efs.portfolio.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import ru.efs.portfolio.common.AuditedEntity;

/** A category of the two-level taxonomy shared by deficits and practices; it makes a practice a candidate for a deficit. */
@Entity
@Table(name = "category")
@Audited
public class Category extends AuditedEntity {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    /** The group this category belongs to; null for a top-level group. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_code")
    public Category parent;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
