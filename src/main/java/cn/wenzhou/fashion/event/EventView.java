package cn.wenzhou.fashion.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import cn.wenzhou.fashion.domain.AttendeeField;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.Event;
import cn.wenzhou.fashion.domain.EventType;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.WenzhouClock;

/**
 * An event as the API shows it, times in Wenzhou time with their offset. The check-in code is shown to those who
 * manage the event only (they show it at the venue); others see null.
 */
public record EventView(
        Long id,
        String externalId,
        String kind,
        EventType eventType,
        String titleZh,
        String titleEn,
        String descriptionZh,
        String descriptionEn,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        District district,
        String address,
        String onlineUrl,
        String organiserKind,
        Long organiserId,
        String organiserName,
        List<SpeakerView> speakers,
        int capacity,
        long registered,
        long waiting,
        OffsetDateTime registrationOpensAt,
        OffsetDateTime registrationClosesAt,
        List<Industry> industries,
        List<String> topics,
        List<AttendeeField> attendeeFields,
        String checkInCode,
        String rules,
        List<String> categories,
        List<String> criteria,
        OffsetDateTime submissionsOpenAt,
        OffsetDateTime submissionsCloseAt,
        OffsetDateTime resultsPublishedAt,
        long version) {

    public record SpeakerView(Long designerId, String name) {
    }

    static EventView of(Event e, long registered, long waiting, boolean manages) {
        return new EventView(e.id, e.externalId, RecordKind.EVENT.code(), e.eventType, e.titleZh, e.titleEn, e.descriptionZh,
                e.descriptionEn, wenzhou(e.startsAt), wenzhou(e.endsAt), e.district, e.address, e.onlineUrl,
                e.organiserKind == null ? null : e.organiserKind.code(), e.organiserId, e.organiserName,
                e.speakers.stream().map(s -> new SpeakerView(s.designerId, s.name)).toList(), e.capacity, registered, waiting,
                wenzhou(e.registrationOpensAt), wenzhou(e.registrationClosesAt), e.industries, e.topics, e.attendeeFields,
                manages ? e.checkInCode : null, e.rules, e.categories, e.criteria, wenzhou(e.submissionsOpenAt),
                wenzhou(e.submissionsCloseAt), wenzhou(e.resultsPublishedAt), e.version);
    }

    public static OffsetDateTime wenzhou(Instant instant) {
        return instant == null ? null : instant.atZone(WenzhouClock.ZONE).toOffsetDateTime();
    }
}
