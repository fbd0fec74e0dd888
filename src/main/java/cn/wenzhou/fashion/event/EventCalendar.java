package cn.wenzhou.fashion.event;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import cn.wenzhou.fashion.common.RecordNotFoundException;
import cn.wenzhou.fashion.domain.CalendarFeed;
import cn.wenzhou.fashion.domain.Event;
import cn.wenzhou.fashion.domain.EventRepository;
import cn.wenzhou.fashion.domain.Labels;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.security.Caller;

import lombok.RequiredArgsConstructor;

/**
 * Events as iCalendar (RFC 5545) files: one per event, and a feed per user of the events they hold a place at. ical4j
 * escapes and folds the user-typed texts (a title with a line break stays one property). Times are written in UTC,
 * which every calendar shows in its own zone. The feed's address carries a random token, its only credential: calendar
 * applications cannot sign in.
 */
@Singleton
@RequiredArgsConstructor
public class EventCalendar {

    public static final String MEDIA_TYPE = "text/calendar";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Records records;
    private final EventRepository events;
    private final Caller caller;

    public String ofEvent(Long id) {
        return calendar(List.of(records.require(Event.class, id)));
    }

    /** The feed of the user whose token this is; a 404 for any other token. */
    public String feed(String token) {
        CalendarFeed feed = events.feedByToken(token).orElseThrow(() -> new RecordNotFoundException("calendar feed", "(token)"));
        return calendar(events.registeredEventsOf(feed.userId));
    }

    /** The caller's feed token, made at the first request and the same afterwards. */
    @Transactional
    public String feedToken() {
        caller.requireSignedIn();
        return events.feedOf(caller.subject()).orElseGet(() -> {
            var feed = new CalendarFeed();
            feed.userId = caller.subject();
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            feed.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            events.persist(feed);
            return feed;
        }).token;
    }

    static String calendar(List<Event> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Wenzhou fashion innovation resource library//Events//ZH"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (Event event : events) {
            calendar.add(vevent(event));
        }
        return calendar.toString();
    }

    private static VEvent vevent(Event event) {
        String summary = event.titleEn == null ? event.titleZh : event.titleZh + " / " + event.titleEn;
        VEvent vevent = new VEvent(event.startsAt, event.endsAt, summary);
        vevent.add(new Uid("event-" + event.id + "@fashion.wenzhou.library"));
        String description = Labels.zh(event.eventType) + " · " + event.organiserName
                + (event.descriptionZh == null ? "" : "\n" + event.descriptionZh);
        vevent.add(new Description(description));
        if (event.address != null) {
            vevent.add(new Location((event.district == null ? "" : Labels.zh(event.district) + " ") + event.address));
        }
        if (event.onlineUrl != null) {
            vevent.add(new Url(URI.create(event.onlineUrl)));
        }
        return vevent;
    }
}
