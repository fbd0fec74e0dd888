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

/**
 * A bulk import: who submitted it, which worker holds it until when, and its counts, which each written chunk
 * updates in its own transaction. The upload is an {@link ImportUpload} of its own, read only by the worker.
 */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ImportJobStatus status;

    @Column(name = "overwrite_owned", nullable = false)
    public boolean overwriteOwned;

    @Column(name = "submitted_by", nullable = false, length = 128)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "upload_bytes", nullable = false)
    public long uploadBytes;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "claimed_by", length = 100)
    public String claimedBy;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(nullable = false)
    public int attempts;

    @Column(nullable = false)
    public boolean parsed;

    @Column(name = "lines_read", nullable = false)
    public int linesRead;

    @Column(nullable = false)
    public int created;

    @Column(nullable = false)
    public int updated;

    @Column(name = "left_out", nullable = false)
    public int leftOut;

    @Column(nullable = false)
    public int failed;

    @Column(nullable = false)
    public int position;

    @Column(length = 2000)
    public String problem;
}
