package cn.wenzhou.fashion.records;

import java.time.Instant;

import cn.wenzhou.fashion.domain.ClaimStatus;
import cn.wenzhou.fashion.domain.Contact;
import cn.wenzhou.fashion.domain.Decision;
import cn.wenzhou.fashion.domain.ProfileClaim;

/**
 * A claim as its claimant and admins see it. {@code recordContact} is the contact the profile came with, for
 * the admin to check the evidence against; it is shown to admins only.
 */
public record ClaimView(
        Long id,
        String profileKind,
        Long profileId,
        String profileName,
        String claimant,
        String claimantName,
        String creditCode,
        String evidenceReference,
        String authorisationReference,
        Contact contact,
        Contact recordContact,
        ClaimStatus status,
        String decisionReason,
        Instant decidedAt,
        Instant createdAt) {

    static ClaimView of(ProfileClaim claim, String profileName, Contact recordContact) {
        Decision decision = Decision.of(claim.decision);
        return new ClaimView(claim.id, claim.profileKind.code(), claim.profileId, profileName, claim.claimant, claim.claimantName,
                claim.creditCode, claim.evidenceReference, claim.authorisationReference, claim.contact, recordContact, claim.status,
                decision.reason(), decision.at(), claim.createdAt);
    }
}
