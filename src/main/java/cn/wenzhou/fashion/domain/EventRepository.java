package cn.wenzhou.fashion.domain;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import lombok.RequiredArgsConstructor;

/** Queries of events, their registrations and the users' calendar feeds. */
@ApplicationScoped
@RequiredArgsConstructor
public class EventRepository {

    private final EntityManager em;

    public Optional<EventRegistration> registration(Event event, String userId) {
        return em.createQuery("from EventRegistration where event = :event and userId = :user", EventRegistration.class)
                .setParameter("event", event).setParameter("user", userId).getResultStream().findFirst();
    }

    public long countRegistered(Event event) {
        return em.createQuery("select count(r) from EventRegistration r where r.event = :event and r.status = :registered", Long.class)
                .setParameter("event", event).setParameter("registered", RegistrationStatus.REGISTERED).getSingleResult();
    }

    /** The registration that waited longest, if any: the next to move up. */
    public Optional<EventRegistration> firstWaiting(Event event) {
        return em.createQuery("from EventRegistration where event = :event and status = :waiting order by registeredAt, id",
                EventRegistration.class)
                .setParameter("event", event).setParameter("waiting", RegistrationStatus.WAITING).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The registrations that hold or wait for a place, in the order they were made. */
    public List<EventRegistration> activeRegistrations(Event event) {
        return em.createQuery("from EventRegistration where event = :event and status <> :cancelled order by status, registeredAt, id",
                EventRegistration.class)
                .setParameter("event", event).setParameter("cancelled", RegistrationStatus.CANCELLED).getResultList();
    }

    /** The events a user holds a place at, soonest first. */
    public List<Event> registeredEventsOf(String userId) {
        return em.createQuery("select r.event from EventRegistration r where r.userId = :user and r.status = :registered"
                + " order by r.event.startsAt", Event.class)
                .setParameter("user", userId).setParameter("registered", RegistrationStatus.REGISTERED).getResultList();
    }

    /** The events whose attendance a user confirmed, latest first. */
    public List<Event> attendedBy(String userId) {
        return em.createQuery("select r.event from EventRegistration r where r.userId = :user and r.checkedInAt is not null"
                + " order by r.event.startsAt desc", Event.class)
                .setParameter("user", userId).getResultList();
    }

    /** The events a profile organised, latest first. */
    public List<Event> organisedBy(RecordKind kind, long profileId) {
        return em.createQuery("from Event where organiserKind = :kind and organiserId = :id order by startsAt desc", Event.class)
                .setParameter("kind", kind).setParameter("id", profileId).getResultList();
    }

    /** The events a user published or organises through a profile they own, latest first. */
    public List<Event> managedBy(Parties parties) {
        return em.createQuery("from Event where ownerId = :user or (organiserKind = :institution and organiserId in :institutions)"
                + " or (organiserKind = :designer and organiserId in :designers) order by startsAt desc, id desc", Event.class)
                .setParameter("user", parties.userId())
                .setParameter("institution", RecordKind.INSTITUTION).setParameter("institutions", parties.idsOf(RecordKind.INSTITUTION))
                .setParameter("designer", RecordKind.DESIGNER).setParameter("designers", parties.idsOf(RecordKind.DESIGNER))
                .getResultList();
    }

    /** The lectures a designer gave (or will give), latest first. */
    public List<Event> lecturesBy(long designerId) {
        return em.createQuery("select distinct e from Event e join e.speakers s where s.designerId = :designer and e.eventType = :lecture"
                + " order by e.startsAt desc", Event.class)
                .setParameter("designer", designerId).setParameter("lecture", EventType.LECTURE).getResultList();
    }

    public List<Event> upcoming(java.time.Instant now, int size) {
        return em.createQuery("from Event where endsAt >= :now order by startsAt, id", Event.class)
                .setParameter("now", now).setMaxResults(size).getResultList();
    }

    public Optional<CalendarFeed> feedOf(String userId) {
        return Optional.ofNullable(em.find(CalendarFeed.class, userId));
    }

    public Optional<CalendarFeed> feedByToken(String token) {
        return em.createQuery("from CalendarFeed where token = :token", CalendarFeed.class).setParameter("token", token)
                .getResultStream().findFirst();
    }

    public void persist(Object entity) {
        em.persist(entity);
        em.flush();
    }
}
