package ru.efs.portfolio.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionListener;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One committed change set of the history: when and by whom. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(AuditRevision.Listener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    public Long id;

    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    public long changedAt;

    @Column(name = "username")
    public String username;

    public static class Listener implements RevisionListener {
        @Override
        public void newRevision(Object revisionEntity) {
            ((AuditRevision) revisionEntity).username = Actor.currentUsername();
        }
    }
}
