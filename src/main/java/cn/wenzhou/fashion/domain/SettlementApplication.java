package cn.wenzhou.fashion.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An institution's or designer's application to settle in the library (入驻): what it brings and its planned presence
 * in Wenzhou. The owner of the profile applies; an admin decides, and may later withdraw the settlement.
 */
@Entity
public class SettlementApplication extends LibraryRecord {
    /** INSTITUTION or DESIGNER: the partner that settles in. */
    @Enumerated(EnumType.STRING)
    @Column(name = "profile_kind", nullable = false, length = 20)
    public RecordKind profileKind;

    @Column(name = "profile_id", nullable = false)
    public Long profileId;

    /** What the partner brings to Wenzhou's fashion industry. */
    @Column(nullable = false, length = 4000)
    public String contribution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public District district;

    @Column(name = "space_square_metres", nullable = false, precision = 10, scale = 2)
    public BigDecimal spaceSquareMetres;

    @Column(nullable = false)
    public int people;

    /** References of the documents kept elsewhere (file numbers, URLs): the library stores no files. */
    @Convert(converter = ListColumns.Strings.class)
    @Column(name = "document_references", nullable = false, length = 4000)
    public List<String> documentReferences = List.of();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public SettlementStatus status = SettlementStatus.APPLIED;

    @Column(name = "applied_on", nullable = false)
    public LocalDate appliedOn;

    @Embedded
    public Decision decision;

    @Column(name = "withdrawal_reason", length = 2000)
    public String withdrawalReason;

    @Column(name = "withdrawn_by", length = 128)
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    public ProfileRef profile() {
        return new ProfileRef(profileKind, profileId);
    }

    public void moveTo(SettlementStatus to) {
        status = StateMachine.move(RecordKind.SETTLEMENT, id, status, to);
    }
}
