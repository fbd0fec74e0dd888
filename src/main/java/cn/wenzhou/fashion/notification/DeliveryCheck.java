package cn.wenzhou.fashion.notification;

import jakarta.enterprise.context.ApplicationScoped;

import cn.wenzhou.fashion.domain.ClaimRepository;
import cn.wenzhou.fashion.domain.Cooperation;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.NeedRepository;
import cn.wenzhou.fashion.domain.Notice;
import cn.wenzhou.fashion.domain.Notification;
import cn.wenzhou.fashion.domain.Profile;
import cn.wenzhou.fashion.domain.ProfileClaim;
import cn.wenzhou.fashion.domain.PolicyApplication;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.SettlementApplication;
import cn.wenzhou.fashion.domain.Records;
import cn.wenzhou.fashion.domain.Users;
import cn.wenzhou.fashion.domain.Voucher;

import lombok.RequiredArgsConstructor;

/**
 * Whether a notification may still be shown to its recipient, decided when it is delivered (mailed, or shown in the
 * inbox), not when it was made: the bureau may have disabled the user since, a profile may have changed hands, a need
 * may have become confidential or the user lost the kinds that let them read needs. The rules are the library's
 * (step 7's user record, {@code security.ConfidentialNeeds}), for a user who is not the caller. Notifications never
 * carry contact details: the record's page shows them to whom {@code security.ContactPolicy} allows.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class DeliveryCheck {

    private final Users users;
    private final Records records;
    private final NeedRepository needs;
    private final ClaimRepository claims;

    /** Whether the user exists here and the bureau has not disabled them. */
    public boolean active(String subject) {
        return users.find(subject).filter(user -> !user.disabled).isPresent();
    }

    /** The verified address to mail the user at, if any. */
    public String verifiedAddress(String subject) {
        return users.find(subject).filter(user -> !user.disabled && user.emailVerified && user.email != null && !user.email.isBlank())
                .map(user -> user.email).orElse(null);
    }

    public boolean visible(Notification notification) {
        return active(notification.recipient) && recordVisible(notification.recipient, notification.recordType, notification.recordId);
    }

    private boolean recordVisible(String subject, String type, Long id) {
        if (Notice.CLAIM.equals(type)) {
            ProfileClaim claim = claims.find(id);
            return claim != null && subject.equals(claim.claimant);
        }
        RecordKind kind = RecordKind.ofCode(type);
        LibraryRecord record = records.find(kind.entity(), id).orElse(null);
        if (record == null) {
            return false;
        }
        return switch (kind) {
            case COOPERATION -> owns(subject, ((Cooperation) record).enterprise) || owns(subject, ((Cooperation) record).partner());
            case VOUCHER -> owns(subject, ((Voucher) record).enterprise) || owns(subject, ((Voucher) record).institution);
            case NEED -> needVisible(subject, (Need) record);
            case SETTLEMENT -> ownsProfile(subject, ((SettlementApplication) record).profileKind, ((SettlementApplication) record).profileId);
            case POLICY_APPLICATION -> ownsProfile(subject, ((PolicyApplication) record).profileKind, ((PolicyApplication) record).profileId);
            case INSTITUTION, DESIGNER, ENTERPRISE, EVENT, POLICY -> true;
        };
    }

    private boolean ownsProfile(String subject, RecordKind kind, Long id) {
        return records.find(kind.entity(), id).map(profile -> owns(subject, profile)).orElse(false);
    }

    /** A need is for its owner, and for users with a granted kind; a confidential one only for those it was shown to. */
    private boolean needVisible(String subject, Need need) {
        if (owns(subject, need)) {
            return true;
        }
        boolean readsNeeds = records.profilesOwnedBy(subject).stream().anyMatch(p -> ((Profile) p).ownerApproved());
        return readsNeeds && (!need.confidential || needs.visibleTo(need, subject));
    }

    private static boolean owns(String subject, LibraryRecord record) {
        return record != null && subject.equals(record.ownerId);
    }
}
