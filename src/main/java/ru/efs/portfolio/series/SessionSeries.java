package ru.efs.portfolio.series;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import ru.efs.portfolio.common.AuditedEntity;
import ru.efs.portfolio.person.Person;
import ru.efs.portfolio.region.Region;
import ru.efs.portfolio.subject.Subject;

/** A series of strategic sessions run by one lead organisation and lead expert in a year over a set of regions. */
@Entity
@Table(name = "session_series")
@Audited
public class SessionSeries extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    @Column(name = "year_number", nullable = false)
    public int year;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_subject_id")
    public Subject leadSubject;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_person_id")
    public Person leadPerson;

    public String description;

    @ManyToMany
    @JoinTable(name = "session_series_region", joinColumns = @JoinColumn(name = "series_id"),
            inverseJoinColumns = @JoinColumn(name = "region_code"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    // No @OrderBy: Envers cannot load an ordered many-to-many at a past revision (UnknownTableReferenceException);
    // the API shapes sort the codes themselves.
    public Set<Region> regions = new LinkedHashSet<>();
}
