package cn.wenzhou.fashion.records;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.security.ContactPolicy;

import lombok.RequiredArgsConstructor;

/**
 * Create, read, replace, delete and list for one kind of record. Each change runs in its own transaction and is
 * indexed by Hibernate Search when it commits. Only the owner of a record or an admin changes or deletes it.
 * Profiles are created by users of their kind's role and read by anyone, without contact details unless the
 * {@link ContactPolicy} allows; needs are created and read by signed-in users.
 */
@RequiredArgsConstructor
public class RecordService<E extends LibraryRecord, I extends RecordInput<E>, V> {

    protected final RecordKind kind;
    protected final Records records;
    protected final Caller caller;
    private final ContactPolicy contacts;
    private final Supplier<E> factory;
    private final Viewer<E, V> viewer;

    /** The view of a record, with what only some readers may see where the reader may see it. */
    public interface Viewer<E, V> {
        V view(E record, Disclosure shown);
    }

    /** Creates a record owned by the caller (admins create records without owner). */
    @Transactional
    public V create(I input) {
        authorizeCreate();
        E record = factory.get();
        refuseExternalIdOfUser(input.externalId(), null);
        record.externalId = Records.externalIdOrNew(input.externalId(), kind);
        records.requireUniqueExternalId(type(), record.externalId, null);
        record.ownerId = caller.ownerOfNewRecord();
        save(record, input);
        records.persist(record);
        created(record);
        return view(record);
    }

    /** Replaces a record: its owner or an admin only. */
    @Transactional
    public V update(Long id, I input) {
        E record = readable(id);
        caller.requireOwnerOrAdmin(record);
        Records.checkVersion(record, input.version());
        refuseExternalIdOfUser(input.externalId(), record.externalId);
        if (input.externalId() != null && !input.externalId().isBlank()) {
            records.requireUniqueExternalId(type(), input.externalId(), id);
            record.externalId = input.externalId();
        }
        save(record, input);
        records.flush();
        return view(record);
    }

    /** Deletes a record: its owner or an admin only. */
    @Transactional
    public void delete(Long id, Long version) {
        E record = readable(id);
        caller.requireOwnerOrAdmin(record);
        Records.checkVersion(record, version);
        records.delete(record);
    }

    @Transactional
    public V get(Long id) {
        authorizeRead();
        return view(readable(id));
    }

    @Transactional
    public Page<V> list(String externalId, int page, int size) {
        authorizeRead();
        Page<E> found = readablePage(externalId, page, size);
        Predicate<LibraryRecord> contactVisible = contactVisibleAmong(found.items());
        return found.map(record -> viewer.view(record, disclosure(record, contactVisible)));
    }

    protected V view(E record) {
        return viewer.view(record, disclosure(record, contactVisibleAmong(List.of(record))));
    }

    /** Contact details as the contact policy allows; the owner's subject for the owner and admins only. */
    private Disclosure disclosure(E record, Predicate<LibraryRecord> contactVisible) {
        return new Disclosure(contactVisible.test(record), caller.isAdmin() || caller.owns(record));
    }

    private Predicate<LibraryRecord> contactVisibleAmong(List<E> page) {
        return RecordKind.PROFILES.contains(kind) && !page.isEmpty() ? contacts.visibleAmong(page) : record -> false;
    }

    /**
     * External ids are the keys of the systems the bureau imports from: users' records get one from the library,
     * so that nobody takes the id an import will bring, or ties their record to it. Sending back the current one
     * is fine.
     */
    private void refuseExternalIdOfUser(String given, String current) {
        if (!caller.isAdmin() && given != null && !given.isBlank() && !given.equals(current)) {
            throw new InvalidFieldException("externalId", "is assigned by the library to the records users create; only admins and imports set it");
        }
    }

    @SuppressWarnings("unchecked")
    private Class<E> type() {
        return (Class<E>) kind.entity();
    }

    /** Profiles are created by users of their kind's role; other records by any signed-in user. */
    protected void authorizeCreate() {
        if (kind.role() != null) {
            caller.requireRole(kind.role());
        } else {
            caller.requireSignedIn();
        }
    }

    /** Profiles are public; other records are for signed-in users. */
    protected void authorizeRead() {
        if (!RecordKind.PROFILES.contains(kind)) {
            caller.requireSignedIn();
        }
    }

    /** The record, or a 404 problem if there is none or, for a kind that hides some, the caller may not see it. */
    protected E readable(Long id) {
        return records.require(type(), id);
    }

    /** A page of the records the caller may see. */
    protected Page<E> readablePage(String externalId, int page, int size) {
        return records.list(type(), externalId, page, size);
    }

    /** Checks the rules that need more than bean validation, then copies the input onto the record. */
    protected void save(E record, I input) {
        input.applyTo(record);
    }

    /** What follows the creation of a record, once it has its id. */
    protected void created(E record) {
    }
}
