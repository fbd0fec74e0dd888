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

/** A {@link Notice} as it reached its recipient through one of their alerts: in the inbox, and maybe mailed. */
@Entity
public class Notification extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 128)
    public String recipient;

    @Column(name = "alert_id", nullable = false)
    public Long alertId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public NoticeTopic topic;

    @Column(name = "record_type", nullable = false, length = 20)
    public String recordType;

    @Column(name = "record_id", nullable = false)
    public Long recordId;

    @Column(nullable = false, length = 100)
    public String occasion;

    @Column(length = 500)
    public String title;

    @Column(length = 2000)
    public String detail;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_state", nullable = false, length = 10)
    public MailState mailState;

    /** Mailed with the daily digest rather than alone. */
    @Column(nullable = false)
    public boolean digest;

    @Column(name = "mailed_at")
    public Instant mailedAt;
}
