package cn.wenzhou.fashion.common;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.transaction.Transactional;

/**
 * Create, read, replace, delete and list for one kind of record. Each change runs in its own transaction
 * and is indexed by Hibernate Search when it commits.
 */
public abstract class RecordService<E extends LibraryRecord, I extends RecordInput<E>, V> {

    protected final Records records;
    private final Class<E> type;
    private final String kind;
    private final Supplier<E> factory;
    private final Function<E, V> view;

    protected RecordService(Records records, Class<E> type, String kind, Supplier<E> factory, Function<E, V> view) {
        this.records = records;
        this.type = type;
        this.kind = kind;
        this.factory = factory;
        this.view = view;
    }

    @Transactional
    public V create(I input) {
        E record = factory.get();
        record.externalId = Records.externalIdOrNew(input.externalId(), kind);
        records.requireUniqueExternalId(type, record.externalId, null);
        save(record, input);
        records.persist(record);
        return view.apply(record);
    }

    @Transactional
    public V update(Long id, I input) {
        E record = records.require(type, id);
        Records.checkVersion(record, input.version());
        if (input.externalId() != null && !input.externalId().isBlank()) {
            records.requireUniqueExternalId(type, input.externalId(), id);
            record.externalId = input.externalId();
        }
        save(record, input);
        records.flush();
        return view.apply(record);
    }

    @Transactional
    public void delete(Long id, Long version) {
        E record = records.require(type, id);
        Records.checkVersion(record, version);
        beforeDelete(record);
        records.delete(record);
    }

    @Transactional
    public V get(Long id) {
        return view.apply(records.require(type, id));
    }

    @Transactional
    public Page<V> list(String externalId, int page, int size) {
        return records.list(type, externalId, page, size).map(view);
    }

    /** Checks the rules that need more than bean validation, then copies the input onto the record. */
    protected void save(E record, I input) {
        input.applyTo(record);
    }

    /** Refuses to delete a record that others still depend on. */
    protected void beforeDelete(E record) {
    }
}
