package cn.wenzhou.fashion.cooperation;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.domain.AuditAction;
import cn.wenzhou.fashion.domain.AuditLog;
import cn.wenzhou.fashion.domain.Cooperation;
import cn.wenzhou.fashion.domain.CooperationEvent;
import cn.wenzhou.fashion.domain.CooperationRepository;
import cn.wenzhou.fashion.domain.CooperationStatus;
import cn.wenzhou.fashion.domain.DeclineReason;
import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.Labels;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.NeedStatus;
import cn.wenzhou.fashion.domain.Notice;
import cn.wenzhou.fashion.domain.NoticeTopic;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.domain.Side;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.security.ConfidentialNeeds;
import io.quarkus.security.ForbiddenException;

import lombok.RequiredArgsConstructor;

/**
 * The cooperation workflow: who may make which change, the state machine, the audit trail and the partners'
 * track records. Every change runs in one transaction and is flushed before it returns, so that a concurrent
 * change of the same cooperation (caught by its version) fails this request with a 409 problem.
 */
@Singleton
@RequiredArgsConstructor
public class CooperationService {

    private final Records records;
    private final CooperationRepository cooperations;
    private final CooperationPolicy policy;
    private final AuditLog audit;
    private final Caller caller;
    private final ConfidentialNeeds confidentialNeeds;
    private final Clock clock;
    private final Event<Notice> notices;

    /** The owner of a need's enterprise asks a partner to cooperate on it; one active request per need and partner. */
    @Transactional
    public CooperationView request(CooperationRequest input) {
        // A confidential need the caller may not see is missing, not another's (which would tell that it exists).
        Need need = records.find(Need.class, input.needId()).filter(confidentialNeeds::visible)
                .orElseThrow(() -> new InvalidFieldException("needId", "no need with id " + input.needId()));
        if (!caller.owns(need.enterprise)) {
            throw new ForbiddenException("Only the owner of enterprise " + need.enterprise.id + " may request cooperation on its needs");
        }
        if (need.status != NeedStatus.OPEN) {
            throw new ConflictException("The need " + need.id + " is " + need.status + ": only open needs get cooperation requests");
        }
        var cooperation = new Cooperation();
        cooperation.externalId = Records.externalIdOrNew(null, RecordKind.COOPERATION);
        cooperation.need = need;
        cooperation.enterprise = need.enterprise;
        if (RecordKind.INSTITUTION.code().equals(input.partnerKind())) {
            cooperation.institution = records.find(Institution.class, input.partnerId())
                    .orElseThrow(() -> new InvalidFieldException("partnerId", "no institution with id " + input.partnerId()));
        } else {
            cooperation.designer = records.find(Designer.class, input.partnerId())
                    .orElseThrow(() -> new InvalidFieldException("partnerId", "no designer with id " + input.partnerId()));
        }
        if (sameOwner(cooperation)) {
            throw new InvalidFieldException("partnerId", "belongs to the owner of the need's enterprise: a cooperation needs two parties");
        }
        cooperation.message = input.message();
        cooperation.ownerId = caller.subject();
        refuseDuplicate(cooperation);
        records.persist(cooperation);
        record(cooperation, null, input.message());
        tell(cooperation.partner().ownerId, NoticeTopic.COOPERATION_REQUESTED, cooperation, "", input.message());
        return view(cooperation);
    }

    /** The partner accepts the request: from now on both parties see each other's contact details. */
    @Transactional
    public CooperationView accept(Long id) {
        CooperationView view = change(requirePartner(id), CooperationStatus.ACCEPTED, null, c -> c.acceptedAt = clock.instant());
        Cooperation cooperation = records.require(Cooperation.class, id);
        tell(cooperation.enterprise.ownerId, NoticeTopic.COOPERATION_ACCEPTED, cooperation, "", null);
        return view;
    }

    /** The partner declines, with a reason from the short list (OTHER, the default, with their words). */
    @Transactional
    public CooperationView decline(Long id, DeclineInput input) {
        DeclineReason code = input == null || input.code() == null ? DeclineReason.OTHER : input.code();
        String words = input == null || input.reason() == null || input.reason().isBlank() ? null : input.reason().strip();
        if (input != null && input.code() == DeclineReason.OTHER && words == null) {
            throw new InvalidFieldException("reason", "is required when the code is OTHER: say why in a few words");
        }
        String note = code + (words == null ? "" : ": " + words);
        CooperationView view = change(requirePartner(id), CooperationStatus.DECLINED, note, c -> c.declineReason = code);
        Cooperation cooperation = records.require(Cooperation.class, id);
        tell(cooperation.enterprise.ownerId, NoticeTopic.COOPERATION_DECLINED, cooperation, "",
                Labels.zh(code) + (words == null ? "" : "：" + words));
        return view;
    }

    /**
     * Either party proposes the terms, again as often as they change: each proposal gets the next version,
     * which the other side confirms; the cooperation stays ACCEPTED until then.
     */
    @Transactional
    public CooperationView propose(Long id, AgreementInput input) {
        if (input.endDate().isBefore(input.startDate())) {
            throw new InvalidFieldException("endDate", "must not be before startDate");
        }
        Cooperation cooperation = requireVisible(id);
        Side side = sideOf(cooperation);
        if (cooperation.status != CooperationStatus.ACCEPTED) {
            throw new ConflictException("The cooperation " + id + " is " + cooperation.status + ": terms are proposed once it is ACCEPTED");
        }
        cooperation.agreementType = input.type();
        cooperation.terms = input.terms();
        cooperation.startDate = input.startDate();
        cooperation.endDate = input.endDate();
        cooperation.termsVersion++;
        cooperation.proposedBy = side;
        cooperation.proposedAt = clock.instant();
        records.flush();
        record(cooperation, cooperation.status, "terms v" + cooperation.termsVersion + " proposed by the " + side.name().toLowerCase() + ": " + input.type());
        tell(ownerOf(cooperation, side.other()), NoticeTopic.AGREEMENT_PROPOSED, cooperation, "v" + cooperation.termsVersion, null);
        return view(cooperation);
    }

    /** The side that did not propose the terms confirms the version it read: the cooperation is AGREED. */
    @Transactional
    public CooperationView confirm(Long id, Confirmation input) {
        Cooperation cooperation = requireVisible(id);
        Side side = sideOf(cooperation);
        if (cooperation.status != CooperationStatus.ACCEPTED || cooperation.proposedBy == null) {
            throw new ConflictException("The cooperation " + id + " is " + cooperation.status + " with no terms proposed: nothing to confirm");
        }
        if (side == cooperation.proposedBy) {
            throw new ForbiddenException("Your side proposed these terms: the other side confirms them");
        }
        if (input.termsVersion() != cooperation.termsVersion) {
            throw new ConflictException("The terms are at version " + cooperation.termsVersion + ", not " + input.termsVersion()
                    + ": read them again before you confirm");
        }
        if (cooperation.proposalExpired(clock.instant(), policy.proposalExpiry())) {
            throw new ConflictException("The terms proposed at " + cooperation.proposedAt + " were not confirmed within "
                    + policy.proposalExpiry().toDays() + " days and expired: propose them again");
        }
        CooperationView view = change(cooperation, CooperationStatus.AGREED, "terms v" + cooperation.termsVersion + " confirmed", c -> { });
        tell(ownerOf(cooperation, cooperation.proposedBy), NoticeTopic.AGREEMENT_CONFIRMED, cooperation, "v" + cooperation.termsVersion, null);
        return view;
    }

    @Transactional
    public CooperationView start(Long id) {
        Cooperation cooperation = requireVisible(id);
        sideOf(cooperation);
        return change(cooperation, CooperationStatus.IN_PROGRESS, null, c -> { });
    }

    /**
     * Each side confirms the completion with its rating of the other; the cooperation is COMPLETED when the
     * second side does, and only then feeds the partner's track record.
     */
    @Transactional
    public CooperationView complete(Long id, RatingInput input) {
        Cooperation cooperation = requireVisible(id);
        Side side = sideOf(cooperation);
        if (!cooperation.status.canBecome(CooperationStatus.COMPLETED)) {
            cooperation.moveTo(CooperationStatus.COMPLETED); // the state machine's 409
        }
        if (cooperation.completionConfirmedBy == side) {
            throw new ConflictException("Your side confirmed the completion already: the other side confirms it too");
        }
        rateAs(cooperation, side, input);
        if (cooperation.completionConfirmedBy == null) {
            cooperation.completionConfirmedBy = side;
            records.flush();
            record(cooperation, cooperation.status, "completion confirmed by the " + side.name().toLowerCase() + ", rating " + input.rating());
            return view(cooperation);
        }
        CooperationView view = change(cooperation, CooperationStatus.COMPLETED, "rating " + input.rating(), c -> c.completedAt = clock.instant());
        addToTrackRecord(cooperation, 1);
        tell(ownerOf(cooperation, side.other()), NoticeTopic.COOPERATION_COMPLETED, cooperation, "", null);
        return view;
    }

    /** A side that has not rated a completed cooperation gives its rating; each side rates once. */
    @Transactional
    public CooperationView rate(Long id, RatingInput input) {
        Cooperation cooperation = requireVisible(id);
        if (cooperation.status != CooperationStatus.COMPLETED) {
            throw new ConflictException("The cooperation " + id + " is " + cooperation.status + ": ratings are given once it is COMPLETED");
        }
        Integer before = cooperation.enterpriseRating;
        rateAs(cooperation, sideOf(cooperation), input);
        record(cooperation, CooperationStatus.COMPLETED, "rating " + input.rating());
        records.flush();
        if (before == null && cooperation.enterpriseRating != null) {
            addToTrackRecord(cooperation, 0);
        }
        return view(cooperation);
    }

    /** An admin settles a stuck cooperation, COMPLETED or CANCELLED, with a reason kept in the audit log. */
    @Transactional
    public CooperationView resolve(Long id, Resolution input) {
        caller.requireAdmin("resolve cooperations");
        if (input.status() != CooperationStatus.COMPLETED && input.status() != CooperationStatus.CANCELLED) {
            throw new InvalidFieldException("status", "must be COMPLETED or CANCELLED");
        }
        Cooperation cooperation = records.require(Cooperation.class, id);
        CooperationStatus from = cooperation.status;
        CooperationView view = change(cooperation, input.status(), "resolved by an admin: " + input.reason(), c -> {
            if (input.status() == CooperationStatus.COMPLETED) {
                c.completedAt = clock.instant();
            }
        });
        if (input.status() == CooperationStatus.COMPLETED) {
            addToTrackRecord(cooperation, 1);
        }
        audit.append(caller.subject(), caller.name(), AuditAction.COOPERATION_RESOLVED, RecordKind.COOPERATION, id,
                from + " → " + input.status(), input.reason());
        return view;
    }

    @Transactional
    public CooperationView cancel(Long id, ReasonInput input) {
        Cooperation cooperation = requireVisible(id);
        sideOf(cooperation);
        return change(cooperation, CooperationStatus.CANCELLED, reason(input), c -> { });
    }

    /** A cooperation with its audit trail, for its parties and admins. */
    @Transactional
    public CooperationView get(Long id) {
        return view(requireVisible(id));
    }

    /** The cooperations the caller is a party of (all of them for admins), newest first. */
    @Transactional
    public Page<CooperationView> list(CooperationStatus status, int page, int size) {
        return cooperations.page(caller.isAdmin() ? null : caller.parties(), status, page, size).map(this::view);
    }

    /**
     * The cooperations the caller is a party of, newest first, each with the actions the methods above would allow
     * them now: what a page offers. Admins are no party, so theirs is empty; the methods still decide every change.
     */
    @Transactional
    public Page<InboxEntry> inbox(int page, int size) {
        return cooperations.page(caller.parties(), null, page, size).map(c -> new InboxEntry(view(c), actionsOf(c)));
    }

    private Set<CooperationAction> actionsOf(Cooperation cooperation) {
        boolean enterprise = caller.owns(cooperation.enterprise);
        if (enterprise == caller.owns(cooperation.partner())) {
            return Set.of(); // no party, or both sides' owner: an admin resolves it
        }
        Side side = enterprise ? Side.ENTERPRISE : Side.PARTNER;
        Set<CooperationAction> actions = EnumSet.noneOf(CooperationAction.class);
        switch (cooperation.status) {
            case REQUESTED -> {
                if (side == Side.PARTNER) {
                    actions.addAll(EnumSet.of(CooperationAction.ACCEPT, CooperationAction.DECLINE));
                }
            }
            case ACCEPTED -> {
                actions.add(CooperationAction.PROPOSE_TERMS);
                if (cooperation.proposedBy == side.other() && !cooperation.proposalExpired(clock.instant(), policy.proposalExpiry())) {
                    actions.add(CooperationAction.CONFIRM_TERMS);
                }
            }
            case AGREED -> actions.add(CooperationAction.START);
            case IN_PROGRESS -> {
                if (cooperation.completionConfirmedBy != side) {
                    actions.add(CooperationAction.COMPLETE);
                }
            }
            case COMPLETED -> {
                if ((side == Side.ENTERPRISE ? cooperation.enterpriseRating : cooperation.partnerRating) == null) {
                    actions.add(CooperationAction.RATE);
                }
            }
            default -> {
            }
        }
        if (cooperation.status.canBecome(CooperationStatus.CANCELLED)) {
            actions.add(CooperationAction.CANCEL);
        }
        return actions;
    }

    private CooperationView change(Cooperation cooperation, CooperationStatus to, String note, Consumer<Cooperation> apply) {
        CooperationStatus from = cooperation.status;
        cooperation.moveTo(to);
        apply.accept(cooperation);
        // Flush now: a concurrent change of the same version fails here, as this request's 409.
        records.flush();
        record(cooperation, from, note);
        return view(cooperation);
    }

    private Cooperation requireVisible(Long id) {
        Cooperation cooperation = records.require(Cooperation.class, id);
        if (!caller.isAdmin() && !caller.owns(cooperation.enterprise) && !caller.owns(cooperation.partner())) {
            throw new ForbiddenException("Only the parties of cooperation " + id + " and admins may see it");
        }
        return cooperation;
    }

    private Cooperation requirePartner(Long id) {
        Cooperation cooperation = requireVisible(id);
        if (!caller.owns(cooperation.partner())) {
            throw new ForbiddenException("Only the requested partner may accept or decline cooperation " + id);
        }
        return cooperation;
    }

    /** The caller's side; 403 for anyone else, 409 when one user came to own both sides (an admin resolves it). */
    private Side sideOf(Cooperation cooperation) {
        boolean enterprise = caller.owns(cooperation.enterprise);
        boolean partner = caller.owns(cooperation.partner());
        if (enterprise && partner) {
            throw new ConflictException("You own both sides of cooperation " + cooperation.id + ": a cooperation needs two parties; an admin resolves it");
        }
        if (!enterprise && !partner) {
            throw new ForbiddenException("Only the parties may change cooperation " + cooperation.id);
        }
        return enterprise ? Side.ENTERPRISE : Side.PARTNER;
    }

    private void rateAs(Cooperation cooperation, Side side, RatingInput input) {
        if (side == Side.ENTERPRISE && cooperation.enterpriseRating == null) {
            cooperation.enterpriseRating = input.rating();
            cooperation.enterpriseComment = input.comment();
        } else if (side == Side.PARTNER && cooperation.partnerRating == null) {
            cooperation.partnerRating = input.rating();
            cooperation.partnerComment = input.comment();
        } else {
            throw new ConflictException("Your side has already rated cooperation " + cooperation.id);
        }
    }

    /** Completions and the enterprise's rating feed the partner's track record, unless one user owns both sides. */
    private void addToTrackRecord(Cooperation cooperation, int completions) {
        if (!sameOwner(cooperation)) {
            boolean rated = cooperation.enterpriseRating != null;
            cooperations.addToTrackRecord(cooperation.partner(), completions, rated ? 1 : 0, rated ? cooperation.enterpriseRating : 0);
        }
    }

    /**
     * Whether one user owns both sides, now: refused when requested; and since profiles change hands, a
     * cooperation that came to have one owner adds nothing to the partner's track record.
     */
    private static boolean sameOwner(Cooperation cooperation) {
        String enterpriseOwner = cooperation.enterprise.ownerId;
        return enterpriseOwner != null && enterpriseOwner.equals(cooperation.partner().ownerId);
    }

    private void refuseDuplicate(Cooperation cooperation) {
        if (cooperations.countActive(cooperation.need, cooperation.partner()) > 0) {
            throw new ConflictException("The need " + cooperation.need.id + " already has an active cooperation with this "
                    + cooperation.partnerKind().code());
        }
    }

    private void record(Cooperation cooperation, CooperationStatus from, String note) {
        cooperations.record(CooperationEvent.of(cooperation.id, clock.instant(), caller.auditName(), from, cooperation.status, note));
    }

    /** Tells a party's owner of the change (see {@link Notice}); the need's title names the cooperation. */
    private void tell(String recipient, NoticeTopic topic, Cooperation cooperation, String occasion, String detail) {
        notices.fire(Notice.about(recipient, topic, cooperation, cooperation.need.title, detail).on(occasion));
    }

    private static String ownerOf(Cooperation cooperation, Side side) {
        return side == Side.ENTERPRISE ? cooperation.enterprise.ownerId : cooperation.partner().ownerId;
    }

    private CooperationView view(Cooperation cooperation) {
        return CooperationView.of(cooperation, cooperations.events(cooperation.id));
    }

    private static String reason(ReasonInput input) {
        return input == null ? null : input.reason();
    }
}
