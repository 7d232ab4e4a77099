package ru.efs.portfolio.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A person taking part in a session in a role (kept by id so the history can record it). */
@Embeddable
public class SessionPerson {

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    public SessionRole role;

    public SessionPerson() {
    }

    public SessionPerson(Long personId, SessionRole role) {
        this.personId = personId;
        this.role = role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionPerson that && Objects.equals(personId, that.personId) && role == that.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(personId, role);
    }
}
