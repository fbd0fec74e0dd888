package cn.wenzhou.fashion.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What every record of the library has: a database id, the external id it keeps from the system it came
 * from, the subject of the user who owns it, timestamps and a version for optimistic locking.
 */
@MappedSuperclass
@EntityListeners(RecordChanges.class)
public abstract class LibraryRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public Long id;

    @Column(name = "external_id", nullable = false, unique = true, length = 64)
    public String externalId;

    @Column(name = "owner_id", length = 128)
    public String ownerId;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
