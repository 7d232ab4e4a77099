package ru.efs.portfolio.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import ru.efs.portfolio.common.AuditedEntity;
import ru.efs.portfolio.subject.Subject;

/** An expert or participant: takes part in sessions in a role and assesses projects. */
@Entity
@Table(name = "person")
@Audited
public class Person extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    public String position;

    /** The organisation the person works for. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id")
    public Subject subject;

    @Column(name = "academic_title")
    public String academicTitle;

    public String email;

    public String phone;

    public String notes;

    /** The region whose coordinator may change this person: their organisation's. */
    public String regionCode() {
        return subject == null ? null : subject.regionCode();
    }
}
