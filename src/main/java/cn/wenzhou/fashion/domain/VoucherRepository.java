package cn.wenzhou.fashion.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.wenzhou.fashion.common.Page;

import lombok.RequiredArgsConstructor;

/** Queries of innovation vouchers. */
@ApplicationScoped
@RequiredArgsConstructor
public class VoucherRepository {

    private final EntityManager em;

    /** Vouchers of a cooperation that were not rejected. */
    public long countNotRejected(Cooperation cooperation) {
        return em.createQuery("select count(v) from Voucher v where v.cooperation = :c and v.status <> :rejected", Long.class)
                .setParameter("c", cooperation).setParameter("rejected", VoucherStatus.REJECTED).getSingleResult();
    }

    /** The voucher whose redemption a user requested with an idempotency key, if any. */
    public Optional<Voucher> byRedemptionKey(String user, String key) {
        return em.createQuery("from Voucher where redemptionRequestedBy = :user and redemptionKey = :key", Voucher.class)
                .setParameter("user", user).setParameter("key", key).getResultStream().findFirst();
    }

    /** Another voucher that names this contract or invoice as its proof, if any. */
    public Optional<Voucher> byProof(String field, String reference, Voucher except) {
        return em.createQuery("from Voucher where " + (field.equals("contractReference") ? "contractReference" : "invoiceReference")
                + " = :reference and id <> :id", Voucher.class)
                .setParameter("reference", reference).setParameter("id", except.id).getResultStream().findFirst();
    }

    /**
     * What a legal entity (a verified credit code) has already taken of a year's cap: applied, approved and
     * requested amounts, paid amounts. A voucher not paid whose cooperation was cancelled can never be paid:
     * it takes nothing.
     */
    public BigDecimal usedInYear(String verifiedCreditCode, int year) {
        BigDecimal used = em.createQuery("select sum(case when v.status = :paid then v.redeemedAmount else v.amount end)"
                + " from Voucher v left join v.cooperation c"
                + " where v.enterprise.verifiedCreditCode = :code and v.status <> :rejected and v.appliedOn between :first and :last"
                + " and (v.status = :paid or c is null or c.status <> :cancelled)", BigDecimal.class)
                .setParameter("paid", VoucherStatus.PAID).setParameter("rejected", VoucherStatus.REJECTED)
                .setParameter("cancelled", CooperationStatus.CANCELLED)
                .setParameter("code", verifiedCreditCode)
                .setParameter("first", LocalDate.of(year, 1, 1)).setParameter("last", LocalDate.of(year, 12, 31))
                .getSingleResult();
        return used == null ? BigDecimal.ZERO : used;
    }

    /** The states of a voucher an admin approved. */
    public static final List<VoucherStatus> APPROVED = List.of(VoucherStatus.APPROVED, VoucherStatus.REDEMPTION_REQUESTED,
            VoucherStatus.CONFIRMED, VoucherStatus.PAID);

    /**
     * What the vouchers approved for a year (the year they were applied for) take of a budget: the paid amount of
     * those paid, the approved amount of the others, nothing of those never paid whose cooperation was cancelled
     * (they can never be paid). Of one district's enterprises, or of the whole city when {@code district} is null.
     */
    public BigDecimal approvedInYear(int year, District district) {
        var query = em.createQuery("select sum(" + TAKEN + ") from Voucher v left join v.cooperation c"
                + " where v.status in :approved and v.appliedOn between :first and :last and " + NOT_LAPSED
                + (district == null ? "" : " and v.enterprise.district = :district"), BigDecimal.class)
                .setParameter("approved", APPROVED).setParameter("paid", VoucherStatus.PAID)
                .setParameter("cancelled", CooperationStatus.CANCELLED)
                .setParameter("first", LocalDate.of(year, 1, 1)).setParameter("last", LocalDate.of(year, 12, 31));
        if (district != null) {
            query.setParameter("district", district);
        }
        BigDecimal approved = query.getSingleResult();
        return approved == null ? BigDecimal.ZERO : approved;
    }

    /** The approved (as {@link #approvedInYear} counts it) and paid totals of the years, by district and year applied for. */
    public List<ApprovedTotal> approvedBetween(int fromYear, int toYear) {
        return em.createQuery("select e.district, year(v.appliedOn), sum(" + TAKEN + "),"
                + " sum(case when v.status = :paid then v.redeemedAmount else 0 end)"
                + " from Voucher v join v.enterprise e left join v.cooperation c"
                + " where v.status in :approved and v.appliedOn between :first and :last and " + NOT_LAPSED
                + " group by e.district, year(v.appliedOn)", Object[].class)
                .setParameter("approved", APPROVED).setParameter("paid", VoucherStatus.PAID)
                .setParameter("cancelled", CooperationStatus.CANCELLED)
                .setParameter("first", LocalDate.of(fromYear, 1, 1)).setParameter("last", LocalDate.of(toYear, 12, 31))
                .getResultStream().map(row -> new ApprovedTotal((District) row[0], ((Number) row[1]).intValue(),
                        (BigDecimal) row[2], (BigDecimal) row[3])).toList();
    }

    /** What a district's approved vouchers of a year take of its budget, and what was paid of them. */
    public record ApprovedTotal(District district, int year, BigDecimal approved, BigDecimal paid) {
    }

    private static final String TAKEN = "case when v.status = :paid then v.redeemedAmount else v.amount end";
    private static final String NOT_LAPSED = "(v.status = :paid or c is null or c.status <> :cancelled)";

    /** Vouchers of the parties' enterprises and institutions, or all of them when {@code parties} is null, newest first. */
    public Page<Voucher> page(Parties parties, VoucherStatus status, int page, int size) {
        var query = new PagedQuery();
        String where = " where 1 = 1";
        if (parties != null) {
            where = " where (v.enterprise.id in :enterprises or v.institution.id in :institutions"
                    + (parties.userId() == null ? "" : " or v.enterprise.ownerId = :user or v.institution.ownerId = :user") + ")";
            query.withParties(parties);
        }
        if (status != null) {
            where += " and v.status = :status";
            query.with("status", status);
        }
        return query.newestFirst(em, Voucher.class, "v", "from Voucher v" + where, page, size);
    }

    /** The vouchers paid in a span of years (by the day of their redemption), with their enterprise's district and industries. */
    public List<Redeemed> redeemedBetween(int fromYear, int toYear) {
        return em.createQuery("select e.id, e.district, e.industries, v.redeemedOn, v.redeemedAmount"
                + " from Voucher v join v.enterprise e where v.status = :paid and v.redeemedOn between :first and :last", Object[].class)
                .setParameter("paid", VoucherStatus.PAID)
                .setParameter("first", LocalDate.of(fromYear, 1, 1)).setParameter("last", LocalDate.of(toYear, 12, 31))
                .getResultStream().map(Redeemed::of).toList();
    }

    /** One redeemed voucher as the bureau's statistics count it. */
    public record Redeemed(long enterpriseId, District district, List<Industry> industries, LocalDate redeemedOn, BigDecimal amount) {

        @SuppressWarnings("unchecked")
        static Redeemed of(Object[] row) {
            return new Redeemed((Long) row[0], (District) row[1], (List<Industry>) row[2], (LocalDate) row[3], (BigDecimal) row[4]);
        }

        /** A fashion firm works in one of the library's industries. */
        public boolean fashion() {
            return !industries.isEmpty();
        }
    }
}
