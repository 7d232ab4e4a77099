package ru.efs.portfolio.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the 8 federal districts; reference data loaded by a migration. */
@Entity
@Table(name = "federal_district")
public class FederalDistrict extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_name", nullable = false)
    public String shortName;

    @Column(nullable = false)
    public String center;
}
