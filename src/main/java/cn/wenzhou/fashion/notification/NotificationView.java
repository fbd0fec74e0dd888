package cn.wenzhou.fashion.notification;

import java.time.Instant;

import cn.wenzhou.fashion.domain.Labels;
import cn.wenzhou.fashion.domain.Notice;
import cn.wenzhou.fashion.domain.NoticeTopic;
import cn.wenzhou.fashion.domain.Notification;
import cn.wenzhou.fashion.domain.RecordKind;

/**
 * A notification as its recipient sees it now. {@code withheld}: the recipient may no longer see the record (checked
 * as it is shown), so its title, detail and link are left out. Title and detail are the records' plain text: whoever
 * puts them into HTML escapes them.
 */
public record NotificationView(Long id, NoticeTopic topic, String topicZh, String topicEn, String recordType, Long recordId,
        String link, String title, String detail, Instant createdAt, boolean read, boolean withheld) {

    static NotificationView of(Notification n, boolean visible) {
        return new NotificationView(n.id, n.topic, Labels.zh(n.topic), Labels.en(n.topic), n.recordType, n.recordId,
                visible ? link(n.recordType, n.recordId) : null, visible ? n.title : null, visible ? n.detail : null,
                n.createdAt, n.readAt != null, !visible);
    }

    /** The record's path in the API. */
    static String link(String recordType, Long recordId) {
        String base = Notice.CLAIM.equals(recordType) ? "/api/claims" : RecordKind.ofCode(recordType).path();
        return base + "/" + recordId;
    }
}
