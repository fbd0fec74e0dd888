package cn.wenzhou.fashion.account;

import java.time.Instant;
import java.util.List;

import cn.wenzhou.fashion.domain.ClaimStatus;
import cn.wenzhou.fashion.domain.Contact;
import cn.wenzhou.fashion.domain.CooperationStatus;
import cn.wenzhou.fashion.domain.VoucherStatus;

/**
 * What the library holds about a person (PIPL's right of access): their user record, the profiles they own with
 * the contact details given there, their claims, and the cooperations and vouchers they took part in.
 */
public record PersonalDataExport(
        Instant exportedAt,
        Me me,
        UserView user,
        List<ProfileData> profiles,
        List<ClaimData> claims,
        List<Participation> cooperations,
        List<Participation> vouchers) {

    public record ProfileData(String kind, Long id, String name, Contact contact) {
    }

    public record ClaimData(Long id, String profileKind, Long profileId, ClaimStatus status, Contact contact, Instant createdAt) {
    }

    /** A cooperation or voucher the person's profiles are party to. */
    public record Participation(Long id, String externalId, String status, Instant createdAt) {

        static Participation of(Long id, String externalId, CooperationStatus status, Instant createdAt) {
            return new Participation(id, externalId, status.name(), createdAt);
        }

        static Participation of(Long id, String externalId, VoucherStatus status, Instant createdAt) {
            return new Participation(id, externalId, status.name(), createdAt);
        }
    }
}
