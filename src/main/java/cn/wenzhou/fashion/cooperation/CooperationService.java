package cn.wenzhou.fashion.cooperation;

import java.time.Clock;
import java.util.function.Consumer;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.domain.Cooperation;
import cn.wenzhou.fashion.domain.CooperationEvent;
import cn.wenzhou.fashion.domain.CooperationRepository;
import cn.wenzhou.fashion.domain.CooperationStatus;
import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.NeedStatus;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.security.Caller;
import cn.wenzhou.fashion.security.ConfidentialNeeds;
import io.quarkus.security.ForbiddenException;

/**
 * The cooperation workflow: who may make which change, the state machine, the audit trail and the partners'
 * track records. Every change runs in one transaction and is flushed before it returns, so that a concurrent
 * change of the same cooperation (caught by its version) fails this request with a 409 problem.
 */
@Singleton
public class CooperationService {

    private final Records records;
    private final CooperationRepository cooperations;
    private final Caller caller;
    private final ConfidentialNeeds confidentialNeeds;
    private final Clock clock;

    public CooperationService(Records records, CooperationRepository cooperations, Caller caller, ConfidentialNeeds confidentialNeeds,
            Clock clock) {
        this.records = records;
        this.cooperations = cooperations;
        this.caller = caller;
        this.confidentialNeeds = confidentialNeeds;
        this.clock = clock;
    }

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
        return view(cooperation);
    }

    /** The partner accepts the request: from now on both parties see each other's contact details. */
    @Transactional
    public CooperationView accept(Long id) {
        return change(id, CooperationStatus.ACCEPTED, Side.PARTNER, null, c -> c.acceptedAt = clock.instant());
    }

    @Transactional
    public CooperationView decline(Long id, ReasonInput input) {
        return change(id, CooperationStatus.DECLINED, Side.PARTNER, reason(input), c -> { });
    }

    /** Either party records the agreement they reached. */
    @Transactional
    public CooperationView agree(Long id, AgreementInput input) {
        if (input.endDate().isBefore(input.startDate())) {
            throw new InvalidFieldException("endDate", "must not be before startDate");
        }
        return change(id, CooperationStatus.AGREED, Side.EITHER, input.type().name(), c -> {
            c.agreementType = input.type();
            c.terms = input.terms();
            c.startDate = input.startDate();
            c.endDate = input.endDate();
        });
    }

    @Transactional
    public CooperationView start(Long id) {
        return change(id, CooperationStatus.IN_PROGRESS, Side.EITHER, null, c -> { });
    }

    /** Either party completes the cooperation with its rating of the other side; the other side rates later. */
    @Transactional
    public CooperationView complete(Long id, RatingInput input) {
        CooperationView view = change(id, CooperationStatus.COMPLETED, Side.EITHER, "rating " + input.rating(), c -> {
            c.completedAt = clock.instant();
            rateAs(c, input);
        });
        Cooperation cooperation = records.require(Cooperation.class, id);
        if (!sameOwner(cooperation)) {
            cooperations.addToTrackRecord(cooperation.partner(), 1, cooperation.enterpriseRating == null ? 0 : 1,
                    cooperation.enterpriseRating == null ? 0 : cooperation.enterpriseRating);
        }
        return view;
    }

    /** The side that did not complete the cooperation gives its rating; each side rates once. */
    @Transactional
    public CooperationView rate(Long id, RatingInput input) {
        Cooperation cooperation = requireVisible(id);
        if (cooperation.status != CooperationStatus.COMPLETED) {
            throw new ConflictException("The cooperation " + id + " is " + cooperation.status + ": ratings are given once it is COMPLETED");
        }
        side(cooperation, Side.EITHER);
        Integer before = cooperation.enterpriseRating;
        rateAs(cooperation, input);
        record(cooperation, CooperationStatus.COMPLETED, "rating " + input.rating());
        records.flush();
        if (before == null && cooperation.enterpriseRating != null && !sameOwner(cooperation)) {
            cooperations.addToTrackRecord(cooperation.partner(), 0, 1, cooperation.enterpriseRating);
        }
        return view(cooperation);
    }

    @Transactional
    public CooperationView cancel(Long id, ReasonInput input) {
        return change(id, CooperationStatus.CANCELLED, Side.EITHER, reason(input), c -> { });
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

    private enum Side { PARTNER, EITHER }

    private CooperationView change(Long id, CooperationStatus to, Side allowed, String note, Consumer<Cooperation> apply) {
        Cooperation cooperation = requireVisible(id);
        side(cooperation, allowed);
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

    private void side(Cooperation cooperation, Side allowed) {
        boolean partner = caller.owns(cooperation.partner());
        if (allowed == Side.PARTNER ? !partner : !partner && !caller.owns(cooperation.enterprise)) {
            throw new ForbiddenException(allowed == Side.PARTNER
                    ? "Only the requested partner may accept or decline cooperation " + cooperation.id
                    : "Only the parties may change cooperation " + cooperation.id);
        }
    }

    private void rateAs(Cooperation cooperation, RatingInput input) {
        if (caller.owns(cooperation.enterprise) && cooperation.enterpriseRating == null) {
            cooperation.enterpriseRating = input.rating();
            cooperation.enterpriseComment = input.comment();
        } else if (caller.owns(cooperation.partner()) && cooperation.partnerRating == null) {
            cooperation.partnerRating = input.rating();
            cooperation.partnerComment = input.comment();
        } else {
            throw new ConflictException("Your side has already rated cooperation " + cooperation.id);
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

    private CooperationView view(Cooperation cooperation) {
        return CooperationView.of(cooperation, cooperations.events(cooperation.id));
    }

    private static String reason(ReasonInput input) {
        return input == null ? null : input.reason();
    }
}
