package cn.wenzhou.fashion.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One decision of an admin: who, when, what, on which record and why. Written once, never changed. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public Long id;

    @Column(nullable = false, updatable = false)
    public Instant at;

    /** The admin's subject. */
    @Column(nullable = false, updatable = false, length = 128)
    public String actor;

    @Column(name = "actor_name", updatable = false, length = 200)
    public String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    public AuditAction action;

    /** The record decided on; null for a decision about a user. */
    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", updatable = false, length = 20)
    public RecordKind recordKind;

    @Column(name = "record_id", updatable = false)
    public Long recordId;

    /** The user decided on, for decisions about users. */
    @Column(name = "user_subject", updatable = false, length = 128)
    public String userSubject;

    @Column(updatable = false, length = 2000)
    public String detail;

    @Column(updatable = false, length = 2000)
    public String reason;
}
