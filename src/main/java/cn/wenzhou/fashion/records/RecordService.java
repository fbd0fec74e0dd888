package cn.wenzhou.fashion.common;

import java.util.function.Supplier;

import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.security.Access;

/**
 * Create, read, replace, delete and list for one kind of record. Each change runs in its own transaction
 * and is indexed by Hibernate Search when it commits. Only the owner of a record or an admin may change or
 * delete it; who may create and read one depends on the kind.
 */
public abstract class RecordService<E extends LibraryRecord, I extends RecordInput<E>, V> {

    protected final Records records;
    protected final Access access;
    private final Class<E> type;
    private final String kind;
    private final Supplier<E> factory;

    protected RecordService(Records records, Access access, Class<E> type, String kind, Supplier<E> factory) {
        this.records = records;
        this.access = access;
        this.type = type;
        this.kind = kind;
        this.factory = factory;
    }

    /** Creates a record owned by the current user (admins create records without owner). */
    @Transactional
    public V create(I input) {
        authorizeCreate();
        E record = factory.get();
        record.externalId = Records.externalIdOrNew(input.externalId(), kind);
        records.requireUniqueExternalId(type, record.externalId, null);
        record.ownerId = access.ownerOfNewRecord();
        save(record, input);
        records.persist(record);
        return view(record);
    }

    /** Replaces a record: its owner or an admin only. */
    @Transactional
    public V update(Long id, I input) {
        E record = records.require(type, id);
        access.requireOwnerOrAdmin(record);
        Records.checkVersion(record, input.version());
        if (input.externalId() != null && !input.externalId().isBlank()) {
            records.requireUniqueExternalId(type, input.externalId(), id);
            record.externalId = input.externalId();
        }
        save(record, input);
        records.flush();
        return view(record);
    }

    /** Deletes a record: its owner or an admin only. */
    @Transactional
    public void delete(Long id, Long version) {
        E record = records.require(type, id);
        access.requireOwnerOrAdmin(record);
        Records.checkVersion(record, version);
        beforeDelete(record);
        records.delete(record);
    }

    @Transactional
    public V get(Long id) {
        authorizeRead();
        return view(records.require(type, id));
    }

    @Transactional
    public Page<V> list(String externalId, int page, int size) {
        authorizeRead();
        return records.list(type, externalId, page, size).map(this::view);
    }

    /** The record as the current user may see it. */
    protected abstract V view(E record);

    /** Refuses users who may not create this kind of record. */
    protected abstract void authorizeCreate();

    /** Refuses users who may not read this kind of record; public profiles are readable by anyone. */
    protected void authorizeRead() {
    }

    /** Checks the rules that need more than bean validation, then copies the input onto the record. */
    protected void save(E record, I input) {
        input.applyTo(record);
    }

    /** Refuses to delete a record that others still depend on. */
    protected void beforeDelete(E record) {
    }
}
