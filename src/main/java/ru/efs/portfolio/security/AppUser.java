package ru.efs.portfolio.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import ru.efs.portfolio.common.AuditedEntity;
import ru.efs.portfolio.region.Region;

/** A person who signs in: an administrator, expert, regional coordinator or viewer. */
@Entity
@Table(name = "app_user")
@Audited
public class AppUser extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String username;

    @NotAudited
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    public String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_code")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Region region;

    @Column(nullable = false)
    public boolean enabled = true;

    /** Moved by every change of password, role, region or status: identities and sessions of older ones are void. */
    @NotAudited
    @Column(name = "credential_version", nullable = false)
    public long credentialVersion;

    /** The organisation the user works for: an expert cannot assess a project of their own subject. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public ru.efs.portfolio.subject.Subject subject;

    public static Optional<AppUser> findByUsername(String username) {
        return find("lower(username) = ?1", username.toLowerCase()).firstResultOptional();
    }

    /**
     * Read for a password check under a shared row lock: it waits for a change of this user that is being committed
     * and then reads it, so a check that starts after the change was answered never sees the old password.
     */
    public static Optional<AppUser> findByUsernameForCheck(String username) {
        return find("lower(username) = ?1", username.toLowerCase()).withLock(LockModeType.PESSIMISTIC_READ)
                .firstResultOptional();
    }
}
