package cn.wenzhou.fashion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The NDJSON of an import job as it was uploaded; deleted when the job finishes. */
@Entity
@Table(name = "import_upload")
public class ImportUpload extends PanacheEntityBase {
    @Id
    @Column(name = "job_id")
    public Long jobId;

    /** bytea on PostgreSQL, varbinary on H2 (not a large object: the upload has a size limit). */
    @Column(nullable = false)
    public byte[] body;
}
