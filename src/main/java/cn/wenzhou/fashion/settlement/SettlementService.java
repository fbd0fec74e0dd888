package cn.wenzhou.fashion.settlement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.Lists;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.common.RecordNotFoundException;
import cn.wenzhou.fashion.domain.AuditAction;
import cn.wenzhou.fashion.domain.AuditLog;
import cn.wenzhou.fashion.domain.Decision;
import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.ProfileRef;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.domain.SettlementApplication;
import cn.wenzhou.fashion.domain.SettlementRepository;
import cn.wenzhou.fashion.domain.SettlementStatus;
import cn.wenzhou.fashion.records.DesignerService;
import cn.wenzhou.fashion.records.InstitutionService;
import cn.wenzhou.fashion.security.Caller;
import io.quarkus.security.ForbiddenException;

import lombok.RequiredArgsConstructor;

/**
 * Settling in (入驻) in the order of {@link SettlementStatus}: the owner of an institution or designer applies (and may
 * cancel while undecided); an admin who is no party approves, which sets the partner's settled mark through the
 * registry's own service ({@code PartnerService.settle}, audited there too), or rejects with a reason; an admin may
 * withdraw an approved settlement with a reason, which clears the mark. Each decision fires {@link SettlementDecided}.
 */
@Singleton
@RequiredArgsConstructor
public class SettlementService {

    private final Records records;
    private final SettlementRepository settlements;
    private final Members members;
    private final InstitutionService institutions;
    private final DesignerService designers;
    private final Caller caller;
    private final AuditLog audit;
    private final Event<SettlementDecided> decided;
    private final Clock clock;

    /** The owner of an institution or designer the bureau approved them for applies for it to settle in. */
    @Transactional
    public SettlementView apply(SettlementInput input) {
        PartnerProfile partner = members.named(input.profileKind(), input.profileId());
        members.requireApprovedOwner(partner, "apply for it to settle in");
        // Locked so that two applications at once cannot both find none undecided.
        partner = members.of(ProfileRef.of(partner), true);
        if (partner.settled) {
            throw new ConflictException("The " + RecordKind.of(partner).code() + " " + partner.id + " is settled already");
        }
        if (settlements.count(ProfileRef.of(partner), List.of(SettlementStatus.APPLIED)) > 0) {
            throw new ConflictException("The " + RecordKind.of(partner).code() + " " + partner.id + " has an application waiting for the bureau's decision");
        }
        var application = new SettlementApplication();
        application.externalId = Records.externalIdOrNew(null, RecordKind.SETTLEMENT);
        application.ownerId = caller.subject();
        application.profileKind = RecordKind.of(partner);
        application.profileId = partner.id;
        application.contribution = input.contribution().strip();
        application.district = input.district();
        application.spaceSquareMetres = input.spaceSquareMetres();
        application.people = input.people();
        application.documentReferences = Lists.copyOf(input.documentReferences()).stream().map(String::strip).toList();
        application.appliedOn = LocalDate.now(clock);
        records.persist(application);
        return SettlementView.of(application, partner);
    }

    /** The applicant cancels an application the bureau has not decided yet. */
    @Transactional
    public SettlementView cancel(Long id) {
        SettlementApplication application = records.require(SettlementApplication.class, id);
        PartnerProfile partner = members.of(application.profile(), false);
        if (!caller.owns(partner)) {
            throw new ForbiddenException("Only the owner of the " + application.profileKind.code() + " cancels its application");
        }
        application.moveTo(SettlementStatus.CANCELLED);
        records.flush();
        return SettlementView.of(application, partner);
    }

    @Transactional
    public SettlementView approve(Long id, Reason body) {
        return decide(id, SettlementStatus.APPLIED, SettlementStatus.APPROVED, Reason.of(body));
    }

    @Transactional
    public SettlementView reject(Long id, Reason body) {
        return decide(id, SettlementStatus.APPLIED, SettlementStatus.REJECTED, Reason.required(body, "reject an application"));
    }

    /** An admin withdraws an approved settlement, with a reason: the partner is no longer settled. */
    @Transactional
    public SettlementView withdraw(Long id, Reason body) {
        return decide(id, SettlementStatus.APPROVED, SettlementStatus.WITHDRAWN, Reason.required(body, "withdraw a settlement"));
    }

    @Transactional
    public SettlementView get(Long id) {
        SettlementApplication application = records.require(SettlementApplication.class, id);
        return SettlementView.of(application, members.ofReadable(application, application.profile()));
    }

    /** The applications of the caller's institutions and designers (all of them for admins), newest first. */
    @Transactional
    public Page<SettlementView> list(SettlementStatus status, int page, int size) {
        caller.requireSignedIn();
        return settlements.page(caller.isAdmin() ? null : caller.parties(), status, page, size)
                .map(s -> SettlementView.of(s, members.of(s.profile(), false)));
    }

    /** The caller's own applications, never all of them (admins own none): what the workspace lists. */
    @Transactional
    public Page<SettlementView> mine(int page, int size) {
        return settlements.page(caller.parties(), null, page, size).map(s -> SettlementView.of(s, members.of(s.profile(), false)));
    }

    private SettlementView decide(Long id, SettlementStatus from, SettlementStatus to, String reason) {
        caller.requireAdmin("decide on settling in");
        SettlementApplication application = records.lock(SettlementApplication.class, id);
        if (application == null) {
            throw new RecordNotFoundException(RecordKind.SETTLEMENT.code(), id);
        }
        PartnerProfile partner = members.of(application.profile(), false);
        if (caller.owns(partner) || caller.owns(application)) {
            throw new ForbiddenException("You applied for " + application.profileKind.code() + " " + partner.id + " or own it: another admin decides");
        }
        if (application.status != from) {
            throw new ConflictException("The settlement " + id + " is " + application.status + ": only a " + from + " one can become " + to);
        }
        application.moveTo(to);
        AuditAction action;
        if (to == SettlementStatus.WITHDRAWN) {
            application.withdrawalReason = reason;
            application.withdrawnBy = caller.subject();
            application.withdrawnAt = clock.instant();
            action = AuditAction.SETTLEMENT_WITHDRAWN;
        } else {
            application.decision = new Decision(reason, caller.subject(), clock.instant());
            action = to == SettlementStatus.APPROVED ? AuditAction.SETTLEMENT_APPROVED : AuditAction.SETTLEMENT_REJECTED;
        }
        if (to != SettlementStatus.REJECTED) {
            settle(application.profile(), to == SettlementStatus.APPROVED);
        }
        audit.append(caller.subject(), caller.name(), action, RecordKind.SETTLEMENT, application.id,
                application.profileKind.code() + " " + application.profileId + " in " + application.district, reason);
        records.flush();
        decided.fire(new SettlementDecided(application.id, application.profile(), application.ownerId, to, reason));
        return SettlementView.of(application, partner);
    }

    private void settle(ProfileRef profile, boolean settled) {
        if (profile.kind() == RecordKind.INSTITUTION) {
            institutions.settle(profile.id(), settled, null);
        } else {
            designers.settle(profile.id(), settled, null);
        }
    }
}
