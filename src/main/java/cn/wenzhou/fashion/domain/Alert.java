package cn.wenzhou.fashion.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What a user asked to hear about ({@link AlertKind}) and how ({@link AlertDelivery}). Its unsubscribe token, random
 * and unguessable, lets a mail client turn its mail off without signing in (RFC 8058).
 */
@Entity
public class Alert extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "owner_id", nullable = false, length = 128)
    public String ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AlertKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AlertDelivery delivery;

    @Column(name = "unsubscribe_token", nullable = false, length = 64)
    public String unsubscribeToken;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_kind", length = 20)
    public RecordKind recordKind;

    @Column(name = "record_id")
    public Long recordId;

    @Column(name = "query_text", length = 500)
    public String queryText;

    @Column(length = 2000)
    public String facets;

    /** The least score that makes a record news for this alert. */
    public Double threshold;

    /** A followed need's or partner's best text relevance of any counterpart, refreshed daily. */
    @Column(name = "best_relevance")
    public Double bestRelevance;

    /** One alert of its kind per key: the owner's workflow, the owner's follow of one record. */
    @Column(name = "unique_key", length = 200)
    public String uniqueKey;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
