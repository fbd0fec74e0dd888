package cn.wenzhou.fashion.records;

import java.time.Clock;

import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.common.ConflictException;
import cn.wenzhou.fashion.common.InvalidFieldException;
import cn.wenzhou.fashion.common.Page;
import cn.wenzhou.fashion.common.RecordNotFoundException;
import cn.wenzhou.fashion.domain.AuditAction;
import cn.wenzhou.fashion.domain.AuditLog;
import cn.wenzhou.fashion.domain.ClaimRepository;
import cn.wenzhou.fashion.domain.ClaimStatus;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.Labels;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.NeedRepository;
import cn.wenzhou.fashion.domain.Notice;
import cn.wenzhou.fashion.domain.NoticeTopic;
import cn.wenzhou.fashion.domain.Profile;
import cn.wenzhou.fashion.domain.ProfileClaim;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.security.Caller;
import io.quarkus.security.ForbiddenException;

import lombok.RequiredArgsConstructor;

/**
 * Who owns a profile. A user of the profile's kind claims it with evidence; the claim waits until an admin,
 * having checked the evidence against the contact details the record came with, approves or rejects it.
 * Admins assign profiles to users but own none: they cannot claim, nor assign a profile to themselves.
 * The needs of an enterprise follow it to its new owner. Every decision goes to the audit log.
 */
@Singleton
@RequiredArgsConstructor
public class ProfileOwnership {

    private final Records records;
    private final NeedRepository needs;
    private final ClaimRepository claims;
    private final AuditLog audit;
    private final Caller caller;
    private final Clock clock;
    private final Event<Notice> notices;

    /** Files the caller's claim of an unowned profile of their kind; it is PENDING until an admin decides. */
    @Transactional
    public ClaimView claim(RecordKind kind, Long id, ClaimInput input) {
        caller.requireRole(kind.role());
        if (caller.isAdmin()) {
            throw new ForbiddenException("Admins do not own profiles: assign this one to its user instead");
        }
        LibraryRecord profile = records.require(kind.entity(), id);
        if (profile.ownerId != null) {
            throw new ConflictException(caller.owns(profile) ? "This profile is yours already"
                    : "This profile already has an owner: ask an admin to reassign it");
        }
        if (claims.pendingOf(kind, id).stream().anyMatch(c -> c.claimant.equals(caller.subject()))) {
            throw new ConflictException("Your claim of this profile is waiting for an admin's decision");
        }
        checkEvidence(profile, input);
        var claim = new ProfileClaim();
        claim.profileKind = kind;
        claim.profileId = id;
        claim.claimant = caller.subject();
        claim.claimantName = caller.name();
        claim.creditCode = input.creditCode();
        claim.evidenceReference = input.evidenceReference().strip();
        claim.authorisationReference = input.authorisationReference();
        claim.contact = input.contact();
        claims.persist(claim);
        return view(claim);
    }

    /** The admins' queue (every claim), or the caller's own claims. */
    @Transactional
    public Page<ClaimView> list(ClaimStatus status, int page, int size) {
        caller.requireSignedIn();
        return claims.page(caller.isAdmin() ? null : caller.subject(), status, page, size).map(this::view);
    }

    @Transactional
    public ClaimView get(Long id) {
        return view(requireVisible(id));
    }

    /** The claimant becomes the owner; the other pending claims of the profile are rejected. */
    @Transactional
    public ClaimView approve(Long id, ClaimDecision decision) {
        caller.requireAdmin("decide claims");
        ProfileClaim claim = requireVisible(id);
        LibraryRecord profile = records.require(claim.profileKind.entity(), claim.profileId);
        if (profile.ownerId != null) {
            throw new ConflictException("The " + claim.profileKind.code() + " " + claim.profileId + " has an owner already: reject this claim");
        }
        String reason = reasonOf(decision);
        decide(claim, ClaimStatus.APPROVED, reason, AuditAction.CLAIM_APPROVED);
        for (ProfileClaim other : claims.pendingOf(claim.profileKind, claim.profileId)) {
            decide(other, ClaimStatus.REJECTED, "another claim of this profile was approved (claim " + claim.id + ")", AuditAction.CLAIM_REJECTED);
        }
        setOwner(profile, claim.claimant);
        return view(claim);
    }

    @Transactional
    public ClaimView reject(Long id, ClaimDecision decision) {
        caller.requireAdmin("decide claims");
        String reason = reasonOf(decision);
        if (reason == null) {
            throw new InvalidFieldException("reason", "is required to reject a claim");
        }
        ProfileClaim claim = requireVisible(id);
        decide(claim, ClaimStatus.REJECTED, reason, AuditAction.CLAIM_REJECTED);
        records.flush();
        return view(claim);
    }

    /** An admin gives a profile to a user, or releases it ({@code ownerId} null); never to themselves. */
    @Transactional
    public OwnedProfile assign(RecordKind kind, Long id, OwnerAssignment assignment) {
        caller.requireAdmin("assign profiles to users");
        LibraryRecord profile = records.require(kind.entity(), id);
        String ownerId = assignment.ownerId() == null || assignment.ownerId().isBlank() ? null : assignment.ownerId().strip();
        if (ownerId != null && ownerId.equals(caller.subject())) {
            throw new InvalidFieldException("ownerId", "is you: admins assign profiles to others and own none");
        }
        audit.append(caller.subject(), caller.name(), AuditAction.OWNER_ASSIGNED, kind, id,
                "owner " + profile.ownerId + " → " + ownerId, assignment.reason());
        setOwner(profile, ownerId);
        return OwnedProfile.of(profile);
    }

    /**
     * An admin approves the owner of a profile the user registered themselves: the profile now grants its kind
     * (and with it the library's needs).
     */
    @Transactional
    public OwnedProfile approveOwner(RecordKind kind, Long id, ClaimDecision decision) {
        caller.requireAdmin("approve the owners of profiles");
        LibraryRecord profile = records.require(kind.entity(), id);
        if (profile.ownerId == null) {
            throw new ConflictException("The " + kind.code() + " " + id + " has no owner to approve: assign it instead");
        }
        ((Profile) profile).approveOwner(true);
        audit.append(caller.subject(), caller.name(), AuditAction.OWNER_APPROVED, kind, id, "owner " + profile.ownerId, reasonOf(decision));
        records.flush();
        return OwnedProfile.of(profile);
    }

    /** An enterprise's claim names the record's credit code; institutions also name their authorisation. */
    private static void checkEvidence(LibraryRecord profile, ClaimInput input) {
        if (profile instanceof Enterprise enterprise) {
            if (input.creditCode() == null || input.creditCode().isBlank()) {
                throw new InvalidFieldException("creditCode", "is required to claim an enterprise");
            }
            if (!input.creditCode().strip().equalsIgnoreCase(enterprise.creditCode == null ? "" : enterprise.creditCode)) {
                throw new InvalidFieldException("creditCode", "is not the credit code of this enterprise");
            }
        }
        if (RecordKind.of(profile) != RecordKind.DESIGNER && (input.authorisationReference() == null || input.authorisationReference().isBlank())) {
            throw new InvalidFieldException("authorisationReference", "is required: the letter by which the organisation authorises you");
        }
    }

    private void decide(ProfileClaim claim, ClaimStatus to, String reason, AuditAction action) {
        claim.decide(to, reason, caller.subject(), clock.instant());
        String profile = records.find(claim.profileKind.entity(), claim.profileId).map(p -> ((Profile) p).displayName()).orElse(null);
        notices.fire(new Notice(claim.claimant, NoticeTopic.CLAIM_DECIDED, Notice.CLAIM, claim.id, "", profile,
                Labels.zh(to) + (reason == null ? "" : "：" + reason)));
        audit.append(caller.subject(), caller.name(), action, claim.profileKind, claim.profileId,
                "claim " + claim.id + " by " + claim.claimant, reason);
    }

    private ProfileClaim requireVisible(Long id) {
        ProfileClaim claim = id == null ? null : claims.find(id);
        if (claim == null) {
            throw new RecordNotFoundException("claim", id);
        }
        if (!caller.isAdmin() && !claim.claimant.equals(caller.subject())) {
            throw new ForbiddenException("Only the claimant and admins may see claim " + id);
        }
        return claim;
    }

    /** A decided claim outlives its profile, which may have been deleted since: then it names no profile. */
    private ClaimView view(ProfileClaim claim) {
        return records.find(claim.profileKind.entity(), claim.profileId).map(Profile.class::cast)
                .map(profile -> ClaimView.of(claim, profile.displayName(), caller.isAdmin() ? profile.contactDetails() : null))
                .orElseGet(() -> ClaimView.of(claim, null, null));
    }

    /** An owner an admin chose or approved: the profile grants them its kind; no owner, nothing to grant. */
    private void setOwner(LibraryRecord profile, String ownerId) {
        profile.ownerId = ownerId;
        ((Profile) profile).approveOwner(ownerId != null);
        if (profile instanceof Enterprise enterprise) {
            needs.transferTo(enterprise, ownerId);
        }
        records.flush();
    }

    private static String reasonOf(ClaimDecision decision) {
        return decision == null || decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip();
    }
}
