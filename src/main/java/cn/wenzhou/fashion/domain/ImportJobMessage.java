package cn.wenzhou.fashion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An error or warning about one line of an import job (numbered from 1), with the field it concerns if any. */
@Entity
@Immutable
@Table(name = "import_job_message")
public class ImportJobMessage extends PanacheEntityBase {
    public static final String ERROR = "ERROR";
    public static final String WARNING = "WARNING";

    @Id
    @GeneratedValue
    public Long id;

    @Column(name = "job_id", nullable = false)
    public Long jobId;

    @Column(nullable = false, length = 8)
    public String severity;

    @Column(nullable = false)
    public int line;

    @Column(name = "external_id", length = 200)
    public String externalId;

    @Column(length = 200)
    public String field;

    @Column(nullable = false, length = 2000)
    public String message;
}
