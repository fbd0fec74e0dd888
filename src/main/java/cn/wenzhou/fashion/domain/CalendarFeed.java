package cn.wenzhou.fashion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user's calendar feed of the events they registered for: calendar apps fetch it without signing in, by its token. */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {
    @Id
    @Column(name = "user_id", length = 128)
    public String userId;

    @Column(nullable = false, unique = true, length = 64)
    public String token;
}
