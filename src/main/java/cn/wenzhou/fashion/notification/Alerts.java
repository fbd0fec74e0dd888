package cn.wenzhou.fashion.notification;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import cn.wenzhou.fashion.domain.Alert;
import cn.wenzhou.fashion.domain.AlertDelivery;
import cn.wenzhou.fashion.domain.AlertKind;
import cn.wenzhou.fashion.domain.NotificationRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

import lombok.RequiredArgsConstructor;

/** Makes alerts: each with its own random unsubscribe token; one workflow alert per user. */
@ApplicationScoped
@RequiredArgsConstructor
public class Alerts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final NotificationRepository notifications;
    private final Clock clock;

    /**
     * The user's workflow alert, made (immediate mail) when the first notice reaches them. Made in a transaction of its
     * own, so that two first notices at once cannot fail the changes that fired them on the alert's unique key.
     */
    public Alert workflowOf(String owner) {
        String key = AlertKind.WORKFLOW + ":" + owner;
        return notifications.alertByKey(key).orElseGet(() -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> notifications.persist(newAlert(owner, AlertKind.WORKFLOW, key)));
            } catch (PersistenceException madeConcurrently) {
                // the other notice made it: read it below
            }
            return notifications.alertByKey(key).orElseThrow();
        });
    }

    /** A new alert of the owner's, immediate mail, not yet stored. */
    public Alert newAlert(String owner, AlertKind kind, String uniqueKey) {
        var alert = new Alert();
        alert.ownerId = owner;
        alert.kind = kind;
        alert.delivery = AlertDelivery.IMMEDIATE;
        alert.unsubscribeToken = newToken();
        alert.uniqueKey = uniqueKey;
        alert.createdAt = clock.instant();
        return alert;
    }

    /** 256 random bits, URL-safe: a token nobody guesses. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
