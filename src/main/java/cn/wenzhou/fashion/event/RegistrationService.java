package cn.wenzhou.fashion.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.FieldError;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.RecordNotFoundException;
import cn.wenzhou.fashion.domain.AttendeeField;
import cn.wenzhou.fashion.domain.EventRegistration;
import cn.wenzhou.fashion.domain.EventRepository;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.domain.RegistrationStatus;
import cn.wenzhou.fashion.security.Caller;

import lombok.RequiredArgsConstructor;

/**
 * Registrations of signed-in users: a place while the event has one, the waiting list after that, moving up in the
 * order of registration when a place is given back. Every change locks the event's row first, so that concurrent
 * registrations never take more places than the capacity, and a cancellation moves up exactly one waiting user.
 */
@Singleton
@RequiredArgsConstructor
public class RegistrationService {

    /** Attendees check in from an hour before the start until the end. */
    static final Duration CHECK_IN_BEFORE_START = Duration.ofHours(1);

    private final Records records;
    private final EventRepository events;
    private final EventService eventService;
    private final Caller caller;
    private final Clock clock;
    private final Event<WaitingListMovedUp> movedUp;

    @Transactional
    public RegistrationView register(Long eventId, RegistrationInput input) {
        caller.requireSignedIn();
        var event = locked(eventId);
        Instant now = clock.instant();
        if (now.isBefore(event.registrationOpensAt) || !now.isBefore(event.registrationClosesAt)) {
            throw new ConflictException("Registration for event " + eventId + " is open from " + EventView.wenzhou(event.registrationOpensAt)
                    + " until " + EventView.wenzhou(event.registrationClosesAt));
        }
        EventRegistration registration = events.registration(event, caller.subject()).orElse(null);
        if (registration != null && registration.active()) {
            throw new ConflictException("You are already " + registration.status.name().toLowerCase(Locale.ROOT) + " for event " + eventId);
        }
        Map<AttendeeField, String> shared = shared(event.attendeeFields, input);
        boolean isNew = registration == null;
        if (isNew) {
            registration = new EventRegistration();
            registration.event = event;
            registration.userId = caller.subject();
        }
        registration.status = events.countRegistered(event) < event.capacity ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
        registration.registeredAt = now;
        registration.checkedInAt = null;
        registration.sharedName = shared.get(AttendeeField.NAME);
        registration.sharedPhone = shared.get(AttendeeField.PHONE);
        registration.sharedEmail = shared.get(AttendeeField.EMAIL);
        registration.sharedOrganisation = shared.get(AttendeeField.ORGANISATION);
        if (isNew) {
            events.persist(registration);
        }
        return view(registration);
    }

    /** Gives the place (or the place in the waiting list) back; the first waiting registration moves up to a freed place. */
    @Transactional
    public void cancel(Long eventId) {
        caller.requireSignedIn();
        var event = locked(eventId);
        EventRegistration registration = events.registration(event, caller.subject()).filter(EventRegistration::active)
                .orElseThrow(() -> new RecordNotFoundException("registration", eventId));
        if (!clock.instant().isBefore(event.startsAt)) {
            throw new ConflictException("Event " + eventId + " has started: registrations are no longer cancelled");
        }
        boolean heldPlace = registration.status == RegistrationStatus.REGISTERED;
        registration.status = RegistrationStatus.CANCELLED;
        records.flush();
        if (heldPlace && events.countRegistered(event) < event.capacity) {
            events.firstWaiting(event).ifPresent(next -> {
                next.status = RegistrationStatus.REGISTERED;
                records.flush();
                movedUp.fire(new WaitingListMovedUp(event.id, next.id, next.userId));
            });
        }
    }

    /** The caller's registration for the event. */
    public RegistrationView mine(Long eventId) {
        caller.requireSignedIn();
        var event = records.require(cn.wenzhou.fashion.domain.Event.class, eventId);
        return events.registration(event, caller.subject()).filter(EventRegistration::active).map(this::view)
                .orElseThrow(() -> new RecordNotFoundException("registration", eventId));
    }

    /**
     * The attendee confirms their attendance with the code shown at the event: only from their own account, and only
     * for a place they hold, from an hour before the start until the end. Organisers cannot mark anyone.
     */
    @Transactional
    public RegistrationView checkIn(Long eventId, CheckIn input) {
        caller.requireSignedIn();
        var event = records.require(cn.wenzhou.fashion.domain.Event.class, eventId);
        EventRegistration registration = events.registration(event, caller.subject()).filter(EventRegistration::active)
                .orElseThrow(() -> new RecordNotFoundException("registration", eventId));
        if (registration.status != RegistrationStatus.REGISTERED) {
            throw new ConflictException("You are on the waiting list of event " + eventId + ": only those with a place check in");
        }
        Instant now = clock.instant();
        if (now.isBefore(event.startsAt.minus(CHECK_IN_BEFORE_START)) || now.isAfter(event.endsAt)) {
            throw new ConflictException("Check-in for event " + eventId + " is open from an hour before its start until its end");
        }
        if (!event.checkInCode.equalsIgnoreCase(input.code().strip())) {
            throw new InvalidFieldException("code", "is not the check-in code of this event");
        }
        if (registration.checkedInAt == null) {
            registration.checkedInAt = now;
        }
        return view(registration);
    }

    /** The list the organiser sees: places first, then the waiting list, with only what the registrants shared. */
    public List<RegistrationView> list(Long eventId) {
        var event = records.require(cn.wenzhou.fashion.domain.Event.class, eventId);
        eventService.requireManager(event);
        List<RegistrationView> views = new ArrayList<>();
        int waiting = 0;
        for (EventRegistration registration : events.activeRegistrations(event)) {
            views.add(RegistrationView.of(registration, registration.status == RegistrationStatus.WAITING ? ++waiting : null));
        }
        return views;
    }

    /** The fields the event asks for, as shared, checked; those it does not ask for are dropped, not kept. */
    private static Map<AttendeeField, String> shared(List<AttendeeField> asked, RegistrationInput input) {
        Map<AttendeeField, String> given = input == null || input.shared() == null ? Map.of() : input.shared();
        if (asked.isEmpty()) {
            return Map.of();
        }
        List<FieldError> errors = new ArrayList<>();
        if (input == null || !Boolean.TRUE.equals(input.consent())) {
            errors.add(new FieldError("consent", "this event asks for " + asked + ": agree to share them with its organiser"));
        }
        var shared = new java.util.EnumMap<AttendeeField, String>(AttendeeField.class);
        for (AttendeeField field : asked) {
            String value = given.get(field) == null ? "" : given.get(field).strip();
            int max = field == AttendeeField.PHONE ? 50 : 200;
            if (value.isEmpty()) {
                errors.add(new FieldError("shared." + field.name(), "this event asks for it"));
            } else if (value.length() > max) {
                errors.add(new FieldError("shared." + field.name(), "must be at most " + max + " characters"));
            } else if (field == AttendeeField.EMAIL && !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                errors.add(new FieldError("shared.EMAIL", "must be an email address"));
            } else {
                shared.put(field, value);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
        return shared;
    }

    /** The event, its row locked until the transaction ends: registrations and cancellations of an event queue up here. */
    private cn.wenzhou.fashion.domain.Event locked(Long eventId) {
        var event = eventId == null ? null : records.lock(cn.wenzhou.fashion.domain.Event.class, eventId);
        if (event == null) {
            throw new RecordNotFoundException("event", eventId);
        }
        return event;
    }

    private RegistrationView view(EventRegistration registration) {
        Integer position = null;
        if (registration.status == RegistrationStatus.WAITING) {
            List<EventRegistration> active = events.activeRegistrations(registration.event);
            position = (int) active.stream().filter(r -> r.status == RegistrationStatus.WAITING)
                    .takeWhile(r -> !r.id.equals(registration.id)).count() + 1;
        }
        return RegistrationView.of(registration, position);
    }
}
