package cn.wenzhou.fashion.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change of a cooperation in its audit trail: who, when, from which state to which, and why. Never changed. */
@Entity
@Table(name = "cooperation_event")
public class CooperationEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public Long id;

    @Column(name = "cooperation_id", nullable = false)
    public Long cooperationId;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 128)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    public CooperationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    public CooperationStatus toStatus;

    @Column(length = 2000)
    public String note;

    public static CooperationEvent of(Long cooperationId, Instant at, String actor, CooperationStatus from, CooperationStatus to, String note) {
        var event = new CooperationEvent();
        event.cooperationId = cooperationId;
        event.at = at;
        event.actor = actor;
        event.fromStatus = from;
        event.toStatus = to;
        event.note = note;
        return event;
    }
}
