package cn.wenzhou.fashion.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A change of an indexed record that the index has not applied yet: a row of the index outbox, written by
 * {@link IndexEvents} in the transaction of the change. It names the record, not its content: the processor indexes
 * the record as the database has it when the row is processed, so applying a row twice, or late, is harmless.
 */
@Entity
@Table(name = "index_event")
public class IndexEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public RecordKind kind;

    @Column(name = "record_id", nullable = false)
    public Long recordId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Failed attempts for reasons other than an unreachable cluster (those are not counted). */
    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    /** Out of attempts: kept until an admin retries it, or a later change of the record is indexed. */
    @Column(nullable = false)
    public boolean failed;

    @Column(name = "last_error", length = 1000)
    public String lastError;
}
