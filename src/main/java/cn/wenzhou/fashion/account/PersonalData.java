package cn.wenzhou.fashion.account;

import java.time.Clock;
import java.util.List;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import cn.wenzhou.fashion.domain.AuditAction;
import cn.wenzhou.fashion.domain.AuditLog;
import cn.wenzhou.fashion.domain.ClaimRepository;
import cn.wenzhou.fashion.domain.CooperationRepository;
import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.NeedRepository;
import cn.wenzhou.fashion.domain.Parties;
import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.Profile;
import cn.wenzhou.fashion.domain.ProfileClaim;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.domain.Users;
import cn.wenzhou.fashion.domain.VoucherRepository;
import cn.wenzhou.fashion.security.Caller;

import lombok.RequiredArgsConstructor;

/**
 * A person's rights over their personal data (China's PIPL): a copy of what the library holds about them, and
 * closing their account, which erases their personal fields. What the bureau must keep (cooperations,
 * agreements, vouchers, the audit log) stays, naming them only by their subject, a random id of the realm
 * that the library no longer links to a name.
 */
@Singleton
@RequiredArgsConstructor
public class PersonalData {

    /** Far more than anyone's cooperations or vouchers; an export is one read. */
    private static final int ALL = 10_000;

    private final Caller caller;
    private final MeService me;
    private final Users users;
    private final Records records;
    private final ClaimRepository claims;
    private final CooperationRepository cooperations;
    private final VoucherRepository vouchers;
    private final NeedRepository needs;
    private final AuditLog audit;
    private final Clock clock;

    @Transactional
    public PersonalDataExport export() {
        caller.requireSignedIn();
        String subject = caller.subject();
        Parties parties = caller.parties();
        List<PersonalDataExport.ProfileData> profiles = records.profilesOwnedBy(subject).stream()
                .map(p -> new PersonalDataExport.ProfileData(RecordKind.of(p).code(), p.id, ((Profile) p).displayName(), ((Profile) p).contactDetails()))
                .toList();
        return new PersonalDataExport(clock.instant(), me.me(), users.find(subject).map(UserView::of).orElse(null), profiles,
                claims.page(subject, null, 0, ALL).items().stream()
                        .map(c -> new PersonalDataExport.ClaimData(c.id, c.profileKind.code(), c.profileId, c.status, c.contact, c.createdAt)).toList(),
                cooperations.page(parties, null, 0, ALL).items().stream()
                        .map(c -> PersonalDataExport.Participation.of(c.id, c.externalId, c.status, c.createdAt)).toList(),
                vouchers.page(parties, null, 0, ALL).items().stream()
                        .map(v -> PersonalDataExport.Participation.of(v.id, v.externalId, v.status, v.createdAt)).toList());
    }

    /**
     * Closes the caller's account in the library: their user record keeps only the subject and the closing;
     * their profiles lose their contact details and their owner (a designer, a natural person, also their name
     * and description); their claims lose the contact given. A later sign-in with the same account is refused.
     */
    @Transactional
    public void close() {
        caller.requireSignedIn();
        String subject = caller.subject();
        for (LibraryRecord profile : records.profilesOwnedBy(subject)) {
            if (profile instanceof Enterprise enterprise) {
                enterprise.contact = null;
                needs.transferTo(enterprise, null);
            } else if (profile instanceof PartnerProfile partner) {
                partner.contact = null;
                if (partner instanceof Designer designer) {
                    designer.name = "已注销的设计师 (closed account) " + designer.id;
                    designer.description = null;
                }
            }
            profile.ownerId = null;
            ((Profile) profile).approveOwner(false);
        }
        for (ProfileClaim claim : claims.page(subject, null, 0, ALL).items()) {
            claim.contact = null;
            claim.claimantName = null;
        }
        // A token's sign-in wrote the row (SignIns) before this request got here; identities without a token have none.
        users.find(subject).ifPresent(user -> {
            user.name = null;
            user.email = null;
            user.emailVerified = false;
            user.realmRoles = List.of();
            user.disabled = true;
            user.disabledReason = "account closed by its user";
        });
        audit.appendAboutUser(subject, null, AuditAction.ACCOUNT_CLOSED, subject, "personal data erased at the user's request");
        records.flush();
    }
}
