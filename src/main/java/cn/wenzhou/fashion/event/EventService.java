package cn.wenzhou.fashion.event;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.FieldError;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.Event;
import cn.wenzhou.fashion.domain.EventRepository;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.Profile;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.RegistrationStatus;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.domain.Speaker;
import cn.wenzhou.fashion.security.Caller;
import io.quarkus.security.ForbiddenException;

import lombok.RequiredArgsConstructor;

/**
 * Events as organisers publish them: institutions and designers for a profile they own and the bureau approved them
 * for, admins for any profile or for the bureau itself. Anyone reads them; their organisers and admins manage them.
 */
@Singleton
@RequiredArgsConstructor
public class EventService {

    /** The organiser of the bureau's own events when an admin names none. */
    static final String BUREAU = "温州市科学技术局";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Records records;
    private final EventRepository events;
    private final Caller caller;
    private final Clock clock;

    @Transactional
    public EventView publish(EventInput in) {
        caller.requireSignedIn();
        Instant now = clock.instant();
        Event event = new Event();
        organiser(event, in);
        List<FieldError> speakerErrors = new ArrayList<>();
        event.speakers = speakers(in.speakers(), speakerErrors);
        EventRules.check(in, now, speakerErrors);
        event.eventType = in.eventType();
        event.titleZh = in.titleZh().strip();
        event.titleEn = blankToNull(in.titleEn());
        event.descriptionZh = blankToNull(in.descriptionZh());
        event.descriptionEn = blankToNull(in.descriptionEn());
        event.startsAt = EventRules.wenzhou(in.startsAt());
        event.endsAt = EventRules.wenzhou(in.endsAt());
        event.district = in.district();
        event.address = blankToNull(in.address());
        event.onlineUrl = blankToNull(in.onlineUrl());
        event.capacity = in.capacity();
        event.registrationOpensAt = in.registrationOpensAt() == null ? now : EventRules.wenzhou(in.registrationOpensAt());
        event.registrationClosesAt = in.registrationClosesAt() == null ? event.startsAt : EventRules.wenzhou(in.registrationClosesAt());
        event.industries = in.industries() == null ? List.of() : List.copyOf(in.industries());
        event.topics = in.topics() == null ? List.of() : in.topics().stream().map(String::strip).distinct().toList();
        event.attendeeFields = in.attendeeFields() == null ? List.of() : in.attendeeFields().stream().distinct().toList();
        if (event.isCompetition()) {
            event.rules = blankToNull(in.rules());
            event.categories = in.categories().stream().map(String::strip).distinct().toList();
            event.criteria = in.criteria().stream().map(String::strip).distinct().toList();
            event.submissionsOpenAt = EventRules.wenzhou(in.submissionsOpenAt());
            event.submissionsCloseAt = EventRules.wenzhou(in.submissionsCloseAt());
        }
        event.checkInCode = newCheckInCode();
        event.externalId = Records.externalIdOrNew(null, RecordKind.EVENT);
        event.ownerId = caller.subject();
        records.persist(event);
        return view(event);
    }

    public EventView get(Long id) {
        return view(records.require(Event.class, id));
    }

    /** Events not over yet, soonest first. */
    public List<EventView> upcoming(int size) {
        return events.upcoming(clock.instant(), size).stream().map(this::view).toList();
    }

    /** The events the caller published or organises through a profile they own (all of them: organisers hold few). */
    public List<EventView> managedByMe() {
        caller.requireSignedIn();
        return events.managedBy(caller.parties()).stream().map(this::view).toList();
    }

    /** Whether the caller manages the event: its publisher, the owner of its organiser profile, or an admin. */
    public boolean manages(Event event) {
        if (!caller.signedIn()) {
            return false;
        }
        if (caller.isAdmin() || caller.owns(event)) {
            return true;
        }
        return event.organiserKind != null && caller.parties().profiles().stream()
                .anyMatch(p -> p.kind() == event.organiserKind && p.id() == event.organiserId);
    }

    public void requireManager(Event event) {
        caller.requireSignedIn();
        if (!manages(event)) {
            throw new ForbiddenException("Only the organiser of event " + event.id + " or an admin may do this");
        }
    }

    EventView view(Event event) {
        return EventView.of(event, count(event, RegistrationStatus.REGISTERED), count(event, RegistrationStatus.WAITING), manages(event));
    }

    private long count(Event event, RegistrationStatus status) {
        return status == RegistrationStatus.REGISTERED ? events.countRegistered(event)
                : events.activeRegistrations(event).stream().filter(r -> r.status == status).count();
    }

    /**
     * The organiser profile: an institution or designer the caller owns and the bureau approved them for; admins may
     * name any, or none for the bureau's own events.
     */
    private void organiser(Event event, EventInput in) {
        if (in.organiserKind() == null && in.organiserId() == null) {
            if (!caller.isAdmin()) {
                throw new InvalidFieldException("organiserKind", "name the institution or designer profile you organise the event for");
            }
            event.organiserName = in.organiserName() == null || in.organiserName().isBlank() ? BUREAU : in.organiserName().strip();
            return;
        }
        Class<? extends Profile> type;
        if (RecordKind.INSTITUTION.code().equals(in.organiserKind())) {
            type = Institution.class;
        } else if (RecordKind.DESIGNER.code().equals(in.organiserKind())) {
            type = Designer.class;
        } else {
            throw new InvalidFieldException("organiserKind", "must be institution or designer");
        }
        if (in.organiserId() == null) {
            throw new InvalidFieldException("organiserId", "must not be null");
        }
        Profile profile = records.find(type, in.organiserId())
                .orElseThrow(() -> new InvalidFieldException("organiserId", "no " + in.organiserKind() + " with id " + in.organiserId()));
        if (!caller.isAdmin() && !(caller.owns(profile) && profile.ownerApproved())) {
            throw new ForbiddenException("Only the approved owner of " + in.organiserKind() + " " + profile.id + " or an admin may publish its events");
        }
        event.organiserKind = RecordKind.of(profile);
        event.organiserId = profile.id;
        event.organiserName = profile.name;
    }

    /** The speakers; what is wrong with them goes to {@code errors}. */
    private List<Speaker> speakers(List<EventInput.SpeakerInput> input, List<FieldError> errors) {
        List<Speaker> speakers = new ArrayList<>();
        for (int i = 0; input != null && i < input.size(); i++) {
            EventInput.SpeakerInput speaker = input.get(i);
            if (speaker.designerId() != null) {
                var designer = records.find(Designer.class, speaker.designerId());
                if (designer.isEmpty()) {
                    errors.add(new FieldError("speakers[" + i + "].designerId", "no designer with id " + speaker.designerId()));
                } else {
                    speakers.add(new Speaker(designer.get().id, designer.get().name));
                }
            } else if (speaker.name() == null || speaker.name().isBlank()) {
                errors.add(new FieldError("speakers[" + i + "].name", "a speaker is a designer profile (designerId) or a name"));
            } else {
                speakers.add(new Speaker(null, speaker.name().strip()));
            }
        }
        return speakers;
    }

    /** Eight letters and digits that are not mistaken for each other when read out at the venue (no 0/O, 1/I). */
    private static String newCheckInCode() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
