package cn.wenzhou.fashion.domain;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;

import cn.wenzhou.fashion.common.ConflictException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A user's request to own a profile. Credit codes and licence numbers are public, so the evidence alone proves
 * nothing: an admin checks it against the contact details the record came with, then decides.
 */
@Entity
@Table(name = "profile_claim")
public class ProfileClaim extends PanacheEntityBase {
    @Id
    @GeneratedValue
    public Long id;

    @Version
    public long version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "profile_kind", nullable = false, length = 20)
    public RecordKind profileKind;

    @Column(name = "profile_id", nullable = false)
    public Long profileId;

    /** The claimant's subject. */
    @Column(nullable = false, length = 128)
    public String claimant;

    @Column(name = "claimant_name", length = 200)
    public String claimantName;

    @Column(name = "credit_code", length = 18)
    public String creditCode;

    /** The business licence (营业执照), institution certificate or designer's qualification the claimant cites. */
    @Column(name = "evidence_reference", nullable = false, length = 200)
    public String evidenceReference;

    /** The letter by which the organisation authorises the claimant (授权委托书). */
    @Column(name = "authorisation_reference", length = 200)
    public String authorisationReference;

    /** How the admin reaches the claimant. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "person", column = @Column(name = "contact_person")),
            @AttributeOverride(name = "phone", column = @Column(name = "contact_phone")),
            @AttributeOverride(name = "email", column = @Column(name = "contact_email")) })
    public Contact contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public ClaimStatus status = ClaimStatus.PENDING;

    /** The admin's decision; null while there is none. */
    @Embedded
    public Decision decision;

    /** Moves the claim on, or a 409 problem if it was decided already. */
    public void decide(ClaimStatus to, String reason, String admin, Instant at) {
        if (!status.canBecome(to)) {
            throw new ConflictException("The claim " + id + " is " + status + ": it was decided already");
        }
        status = to;
        decision = new Decision(reason, admin, at);
    }
}
