package ru.efs.portfolio.session;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import ru.efs.portfolio.common.AuditedEntity;
import ru.efs.portfolio.region.Region;
import ru.efs.portfolio.series.SessionSeries;
import ru.efs.portfolio.subject.Subject;
import ru.efs.portfolio.subject.SubjectType;

/** A strategic session: where regional ЕФС subjects find their deficits and propose projects. */
@Entity
@Table(name = "strategic_session")
@Audited
public class StrategicSession extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    /** Its number within its series (the Khabarovsk session was the sixth). */
    public Integer number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionFormat format;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    public SessionSeries series;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_region_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Region hostRegion;

    public String city;

    public String venue;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "participant_count")
    public Integer participantCount;

    public String goals;

    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SessionStatus status = SessionStatus.PLANNED;

    @ManyToMany
    @JoinTable(name = "session_organizer", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "subject_id"))
    public Set<Subject> organizers = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "session_subject", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "subject_id"))
    public Set<Subject> subjects = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "session_region", joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "region_code"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Set<Region> regions = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "session_person", joinColumns = @JoinColumn(name = "session_id"))
    public Set<SessionPerson> people = new LinkedHashSet<>();

    /** Which kinds of ЕФС subjects took part, as the session report lists them. */
    @ElementCollection
    @CollectionTable(name = "session_participant_type", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "subject_type", nullable = false)
    @Enumerated(EnumType.STRING)
    public Set<SubjectType> participantTypes = new LinkedHashSet<>();

    public String hostRegionCode() {
        return hostRegion == null ? null : hostRegion.code;
    }
}
