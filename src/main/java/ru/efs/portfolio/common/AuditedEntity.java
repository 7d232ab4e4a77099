package ru.efs.portfolio.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import ru.efs.portfolio.security.Actor;

/** What every editable object records: its version for optimistic locking, and who created and last changed it. */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntityBase {

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @PrePersist
    void onCreate() {
        createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        createdBy = Actor.currentUsername();
        updatedAt = createdAt;
        updatedBy = createdBy;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        updatedBy = Actor.currentUsername();
    }

    /** Marks the object changed even when only its collections changed, so the version moves on. */
    public void touch() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        updatedBy = Actor.currentUsername();
    }
}
