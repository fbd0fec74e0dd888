package cn.wenzhou.fashion.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The bureau's innovation-voucher budget of one year for a district, or for Wenzhou as a whole (area {@link #CITY}):
 * approvals never take the vouchers approved in the year over it. Exact CNY.
 */
@Entity
@Table(name = "voucher_budget")
public class VoucherBudget {

    /** The area of the city's budget, beside the districts' codes. */
    public static final String CITY = "CITY";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "budget_year", nullable = false)
    public int year;

    /** {@link #CITY} or a {@link District}'s code. */
    @Column(nullable = false, length = 20)
    public String area;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Column(name = "set_by", nullable = false, length = 128)
    public String setBy;

    @Column(name = "set_at", nullable = false)
    public Instant setAt;

    /** The area of a district's budget; the city's for an enterprise without district. */
    public static String areaOf(District district) {
        return district == null ? CITY : district.name();
    }
}
