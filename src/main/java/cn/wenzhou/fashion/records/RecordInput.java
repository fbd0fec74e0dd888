package cn.wenzhou.fashion.records;

import cn.wenzhou.fashion.domain.LibraryRecord;

/** What clients send to create or replace a record of type {@code E}. */
public interface RecordInput<E extends LibraryRecord> {

    /** The id the record has in the system it comes from; generated when absent on create. */
    String externalId();

    /** The version the client read; when given, an update or delete from another version is refused. */
    Long version();

    /** Copies the input onto the record. */
    void applyTo(E record);
}
