package cn.wenzhou.fashion.notification;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How notifications reach users; override with {@code library.notification.*}. */
@ConfigMapping(prefix = "library.notification")
public interface NotificationSettings {

    /** The address the service is reached at by its users, for the links in mails (no trailing slash). */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** How often the mails of immediate alerts are sent. */
    @WithDefault("PT10S")
    Duration mailPoll();

    /** When the daily digests are sent (a Quartz cron in Wenzhou time; {@code off} sends none). */
    @WithDefault("0 0 8 * * ?")
    String digestCron();

    /** The least match score (0-100) that makes a partner news for a followed need, or a need for followed capabilities. */
    @WithDefault("60")
    double matchThreshold();

    /** How long a cooperation request waits for the partner's answer before the partner is reminded. */
    @WithDefault("P7D")
    Duration reminderAfter();

    /** How long before the enterprise is told that its request went unanswered, with the next partners of its need. */
    @WithDefault("P21D")
    Duration unansweredAfter();

    /** At most this many mails a turn. */
    @WithDefault("50")
    int mailBatch();
}
