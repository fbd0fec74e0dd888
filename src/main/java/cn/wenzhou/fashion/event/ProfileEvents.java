package cn.wenzhou.fashion.event;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Singleton;

import cn.wenzhou.fashion.domain.CompetitionRepository;
import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.Event;
import cn.wenzhou.fashion.domain.EventRepository;
import cn.wenzhou.fashion.domain.EventType;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.Profile;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;

import lombok.RequiredArgsConstructor;

/**
 * What a profile did at events, for its page: events it organised, lectures its designer gave, events its owner
 * attended (confirmed by their check-in) and competition awards. Shown only: matching does not count it.
 */
@Singleton
@RequiredArgsConstructor
public class ProfileEvents {

    private final Records records;
    private final EventRepository events;
    private final CompetitionRepository competitions;

    /** An event in a profile's list. */
    public record EventLine(Long id, EventType eventType, String titleZh, String titleEn, OffsetDateTime startsAt) {
        static EventLine of(Event e) {
            return new EventLine(e.id, e.eventType, e.titleZh, e.titleEn, EventView.wenzhou(e.startsAt));
        }

        /** The day it starts, in Wenzhou. */
        public String day() {
            return startsAt.toLocalDate().toString();
        }
    }

    /** An award: the rank of an entry in a competition's published results. */
    public record Award(Long eventId, String competition, String category, String entry, int rank) {
    }

    public record Summary(List<EventLine> organised, List<EventLine> lecturesGiven, List<EventLine> attended, List<Award> awards) {
    }

    /** The summary of an institution or designer profile (a 404 problem for other kinds and unknown ids). */
    public Summary of(RecordKind kind, Long id) {
        Profile profile = kind == RecordKind.DESIGNER ? records.require(Designer.class, id) : records.require(Institution.class, id);
        List<EventLine> organised = events.organisedBy(kind, id).stream().map(EventLine::of).toList();
        List<EventLine> attended = profile.ownerId == null ? List.of() : events.attendedBy(profile.ownerId).stream().map(EventLine::of).toList();
        if (kind != RecordKind.DESIGNER) {
            return new Summary(organised, List.of(), attended, List.of());
        }
        return new Summary(organised, events.lecturesBy(id).stream().map(EventLine::of).toList(), attended,
                competitions.awardsOf(id).stream().map(e -> new Award(e.event.id, e.event.titleZh, e.category, e.title, e.rank)).toList());
    }
}
