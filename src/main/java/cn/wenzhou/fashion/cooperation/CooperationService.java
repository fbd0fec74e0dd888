package cn.wenzhou.fashion.cooperation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.Actor;
import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.common.RecordNotFoundException;
import cn.wenzhou.fashion.common.Records;
import cn.wenzhou.fashion.designer.Designer;
import cn.wenzhou.fashion.enterprise.Enterprise;
import cn.wenzhou.fashion.institution.Institution;
import cn.wenzhou.fashion.need.Need;
import cn.wenzhou.fashion.need.NeedStatus;
import io.quarkus.security.ForbiddenException;

/**
 * The cooperation workflow: who may make which change, the state machine, the audit trail and the partners'
 * track records. Every change runs in one transaction and is flushed before it returns, so that a concurrent
 * change of the same cooperation (caught by its version) fails this request with a 409 problem.
 */
@Singleton
public class CooperationService {

    private static final List<CooperationStatus> ACTIVE = List.of(CooperationStatus.REQUESTED, CooperationStatus.ACCEPTED,
            CooperationStatus.AGREED, CooperationStatus.IN_PROGRESS);

    private final Records records;
    private final EntityManager em;
    private final Clock clock;

    public CooperationService(Records records, EntityManager em) {
        this.records = records;
        this.em = em;
        this.clock = Clock.systemUTC();
    }

    /** The owner of a need's enterprise asks a partner to cooperate on it; one active request per need and partner. */
    @Transactional
    public CooperationView request(Actor actor, CooperationRequest input) {
        Need need = records.find(Need.class, input.needId())
                .orElseThrow(() -> new InvalidFieldException("needId", "no need with id " + input.needId()));
        if (!actor.owns(Enterprise.KIND, need.enterprise)) {
            throw new ForbiddenException("Only the owner of enterprise " + need.enterprise.id + " may request cooperation on its needs");
        }
        if (need.status != NeedStatus.OPEN) {
            throw new ConflictException("The need " + need.id + " is " + need.status + ": only open needs get cooperation requests");
        }
        var cooperation = new Cooperation();
        cooperation.externalId = Records.externalIdOrNew(null, Cooperation.KIND);
        cooperation.need = need;
        cooperation.enterprise = need.enterprise;
        if (Institution.KIND.equals(input.partnerKind())) {
            cooperation.institution = records.find(Institution.class, input.partnerId())
                    .orElseThrow(() -> new InvalidFieldException("partnerId", "no institution with id " + input.partnerId()));
        } else {
            cooperation.designer = records.find(Designer.class, input.partnerId())
                    .orElseThrow(() -> new InvalidFieldException("partnerId", "no designer with id " + input.partnerId()));
        }
        cooperation.message = input.message();
        cooperation.ownerId = actor.userId();
        refuseDuplicate(cooperation);
        records.persist(cooperation);
        record(cooperation, actor, null, input.message());
        return view(cooperation);
    }

    /** The partner accepts the request: from now on both parties see each other's contact details. */
    @Transactional
    public CooperationView accept(Actor actor, Long id) {
        return change(actor, id, CooperationStatus.ACCEPTED, Side.PARTNER, null, c -> c.acceptedAt = clock.instant());
    }

    @Transactional
    public CooperationView decline(Actor actor, Long id, ReasonInput input) {
        return change(actor, id, CooperationStatus.DECLINED, Side.PARTNER, reason(input), c -> { });
    }

    /** Either party records the agreement they reached. */
    @Transactional
    public CooperationView agree(Actor actor, Long id, AgreementInput input) {
        if (input.endDate().isBefore(input.startDate())) {
            throw new InvalidFieldException("endDate", "must not be before startDate");
        }
        return change(actor, id, CooperationStatus.AGREED, Side.EITHER, input.type().name(), c -> {
            c.agreementType = input.type();
            c.terms = input.terms();
            c.startDate = input.startDate();
            c.endDate = input.endDate();
        });
    }

    @Transactional
    public CooperationView start(Actor actor, Long id) {
        return change(actor, id, CooperationStatus.IN_PROGRESS, Side.EITHER, null, c -> { });
    }

    /** Either party completes the cooperation with its rating of the other side; the other side rates later. */
    @Transactional
    public CooperationView complete(Actor actor, Long id, RatingInput input) {
        CooperationView view = change(actor, id, CooperationStatus.COMPLETED, Side.EITHER, "rating " + input.rating(), c -> {
            c.completedAt = clock.instant();
            rateAs(actor, c, input);
        });
        Cooperation cooperation = em.find(Cooperation.class, id);
        countCompletion(cooperation);
        return view;
    }

    /** The side that did not complete the cooperation gives its rating; each side rates once. */
    @Transactional
    public CooperationView rate(Actor actor, Long id, RatingInput input) {
        Cooperation cooperation = requireVisible(actor, id);
        if (cooperation.status != CooperationStatus.COMPLETED) {
            throw new ConflictException("The cooperation " + id + " is " + cooperation.status + ": ratings are given once it is COMPLETED");
        }
        side(actor, cooperation, Side.EITHER);
        Integer before = cooperation.enterpriseRating;
        rateAs(actor, cooperation, input);
        record(cooperation, actor, CooperationStatus.COMPLETED, "rating " + input.rating());
        em.flush();
        if (before == null && cooperation.enterpriseRating != null) {
            countRating(cooperation);
        }
        return view(cooperation);
    }

    @Transactional
    public CooperationView cancel(Actor actor, Long id, ReasonInput input) {
        return change(actor, id, CooperationStatus.CANCELLED, Side.EITHER, reason(input), c -> { });
    }

    /** A cooperation with its audit trail, for its parties and admins. */
    @Transactional
    public CooperationView get(Actor actor, Long id) {
        return view(requireVisible(actor, id));
    }

    /** The cooperations the actor is a party of (all of them for admins), newest first. */
    @Transactional
    public Page<CooperationView> list(Actor actor, CooperationStatus status, int page, int size) {
        String from = " from Cooperation c join c.enterprise e left join c.institution i left join c.designer d";
        List<String> conditions = new ArrayList<>();
        if (!actor.isAdmin()) {
            conditions.add(actor.userId() == null
                    ? "(e.id in :enterprises or i.id in :institutions or d.id in :designers)"
                    : "(e.id in :enterprises or i.id in :institutions or d.id in :designers or e.ownerId = :user or i.ownerId = :user or d.ownerId = :user)");
        }
        if (status != null) {
            conditions.add("c.status = :status");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        var query = em.createQuery("select c" + from + where + " order by c.id desc", Cooperation.class);
        var count = em.createQuery("select count(c)" + from + where, Long.class);
        for (var q : List.of(query, count)) {
            if (!actor.isAdmin()) {
                q.setParameter("enterprises", actor.profileIds(Enterprise.KIND))
                        .setParameter("institutions", actor.profileIds(Institution.KIND))
                        .setParameter("designers", actor.profileIds(Designer.KIND));
                if (actor.userId() != null) {
                    q.setParameter("user", actor.userId());
                }
            }
            if (status != null) {
                q.setParameter("status", status);
            }
        }
        var items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items.stream().map(this::view).toList(), count.getSingleResult(), page, size);
    }

    /**
     * Whether one of the actor's profiles has a cooperation, accepted at some point, with the given profile:
     * then the actor may see that profile's contact details. For the sign-in layer's views of profiles.
     */
    @Transactional
    public boolean isAcceptedCounterparty(Set<Actor.ProfileRef> actorProfiles, String profileKind, Long profileId) {
        var actor = new Actor(null, Set.of(), actorProfiles);
        String partnerColumn = Institution.KIND.equals(profileKind) ? "c.institution.id" : Designer.KIND.equals(profileKind) ? "c.designer.id" : null;
        String jpql = Enterprise.KIND.equals(profileKind)
                ? "select count(c) from Cooperation c where c.acceptedAt is not null and c.enterprise.id = :profile"
                        + " and (c.institution.id in :institutions or c.designer.id in :designers)"
                : partnerColumn == null ? null
                : "select count(c) from Cooperation c where c.acceptedAt is not null and " + partnerColumn + " = :profile"
                        + " and c.enterprise.id in :enterprises";
        if (jpql == null || profileId == null) {
            return false;
        }
        var query = em.createQuery(jpql, Long.class).setParameter("profile", profileId);
        if (Enterprise.KIND.equals(profileKind)) {
            query.setParameter("institutions", actor.profileIds(Institution.KIND)).setParameter("designers", actor.profileIds(Designer.KIND));
        } else {
            query.setParameter("enterprises", actor.profileIds(Enterprise.KIND));
        }
        return query.getSingleResult() > 0;
    }

    private enum Side { PARTNER, EITHER }

    private CooperationView change(Actor actor, Long id, CooperationStatus to, Side allowed, String note, Consumer<Cooperation> apply) {
        Cooperation cooperation = requireVisible(actor, id);
        side(actor, cooperation, allowed);
        CooperationStatus from = cooperation.status;
        cooperation.moveTo(to);
        apply.accept(cooperation);
        // Flush now: a concurrent change of the same version fails here, as this request's 409.
        em.flush();
        record(cooperation, actor, from, note);
        return view(cooperation);
    }

    private Cooperation requireVisible(Actor actor, Long id) {
        Cooperation cooperation = em.find(Cooperation.class, id);
        if (cooperation == null) {
            throw new RecordNotFoundException(Cooperation.KIND, id);
        }
        if (!actor.isAdmin() && !cooperation.isEnterpriseSide(actor) && !cooperation.isPartnerSide(actor)) {
            throw new ForbiddenException("Only the parties of cooperation " + id + " and admins may see it");
        }
        return cooperation;
    }

    private static void side(Actor actor, Cooperation cooperation, Side allowed) {
        boolean partner = cooperation.isPartnerSide(actor);
        if (allowed == Side.PARTNER ? !partner : !partner && !cooperation.isEnterpriseSide(actor)) {
            throw new ForbiddenException(allowed == Side.PARTNER
                    ? "Only the requested partner may accept or decline cooperation " + cooperation.id
                    : "Only the parties may change cooperation " + cooperation.id);
        }
    }

    private void rateAs(Actor actor, Cooperation cooperation, RatingInput input) {
        if (cooperation.isEnterpriseSide(actor) && cooperation.enterpriseRating == null) {
            cooperation.enterpriseRating = input.rating();
            cooperation.enterpriseComment = input.comment();
        } else if (cooperation.isPartnerSide(actor) && cooperation.partnerRating == null) {
            cooperation.partnerRating = input.rating();
            cooperation.partnerComment = input.comment();
        } else {
            throw new ConflictException("Your side has already rated cooperation " + cooperation.id);
        }
    }

    private void refuseDuplicate(Cooperation cooperation) {
        String partner = cooperation.institution != null ? "c.institution = :partner" : "c.designer = :partner";
        long active = em.createQuery("select count(c) from Cooperation c where c.need = :need and " + partner + " and c.status in :active", Long.class)
                .setParameter("need", cooperation.need).setParameter("partner", cooperation.partner()).setParameter("active", ACTIVE)
                .getSingleResult();
        if (active > 0) {
            throw new ConflictException("The need " + cooperation.need.id + " already has an active cooperation with this " + cooperation.partnerKind());
        }
    }

    /** Counters on the partner's row, changed in place so that concurrent completions add up and the profile's version is untouched. */
    private void countCompletion(Cooperation cooperation) {
        em.createQuery("update " + entityOf(cooperation) + " p set p.trackRecord.completed = p.trackRecord.completed + 1 where p.id = :id")
                .setParameter("id", cooperation.partner().id).executeUpdate();
        if (cooperation.enterpriseRating != null) {
            countRating(cooperation);
        }
    }

    private void countRating(Cooperation cooperation) {
        em.createQuery("update " + entityOf(cooperation) + " p set p.trackRecord.ratings = p.trackRecord.ratings + 1,"
                + " p.trackRecord.ratingSum = p.trackRecord.ratingSum + :rating where p.id = :id")
                .setParameter("rating", cooperation.enterpriseRating).setParameter("id", cooperation.partner().id).executeUpdate();
    }

    private static String entityOf(Cooperation cooperation) {
        return cooperation.institution != null ? "Institution" : "Designer";
    }

    private void record(Cooperation cooperation, Actor actor, CooperationStatus from, String note) {
        em.persist(CooperationEvent.of(cooperation.id, clock.instant(), actor.name(), from, cooperation.status, note));
        em.flush();
    }

    private CooperationView view(Cooperation cooperation) {
        var events = em.createQuery("from CooperationEvent where cooperationId = :id order by id", CooperationEvent.class)
                .setParameter("id", cooperation.id).getResultList();
        return CooperationView.of(cooperation, events);
    }

    private static String reason(ReasonInput input) {
        return input == null ? null : input.reason();
    }
}
