package cn.wenzhou.fashion.domain;

/**
 * The notification port: a service that changes something another user waits for fires a {@code Notice} as a CDI
 * event ({@code Event<Notice>}), inside its transaction; the notification feature above observes it, keeps it in the
 * recipient's inbox and mails it, or drops it with the transaction. The firing service needs to know nothing of
 * inboxes or mail.
 *
 * @param recipient  the subject of the user to tell; a notice to nobody (a record without owner) is dropped
 * @param recordType the record it is about: a {@link RecordKind#code()} or {@code claim}
 * @param occasion   what makes this notice about the record one of its own (e.g. the terms' version); a second
 *                   notice of the same topic, record and occasion for the same alert is a duplicate and dropped
 * @param title      the record's text to show (user text: escaped wherever it is shown)
 * @param detail     optional, e.g. a decline's reason (user text too)
 */
public record Notice(String recipient, NoticeTopic topic, String recordType, Long recordId, String occasion, String title,
        String detail) {

    public static final String CLAIM = "claim";

    /** A notice about a record of the library, once per topic and record. */
    public static Notice about(String recipient, NoticeTopic topic, LibraryRecord record, String title, String detail) {
        return new Notice(recipient, topic, RecordKind.of(record).code(), record.id, "", title, detail);
    }

    /** The same notice for one occasion of its topic, such as the version of proposed terms. */
    public Notice on(String occasion) {
        return new Notice(recipient, topic, recordType, recordId, occasion, title, detail);
    }
}
