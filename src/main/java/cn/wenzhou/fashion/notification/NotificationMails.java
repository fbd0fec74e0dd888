package cn.wenzhou.fashion.notification;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.wenzhou.fashion.domain.Alert;
import cn.wenzhou.fashion.domain.Labels;
import cn.wenzhou.fashion.domain.Notification;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import lombok.RequiredArgsConstructor;

/**
 * The mails of notifications, one alone or a digest of an alert's: HTML from Qute templates (which escape the records'
 * text) and plain text, and the RFC 8058 one-click unsubscribe headers: a mail client POSTs
 * {@code List-Unsubscribe=One-Click} to the alert's unsubscribe address, which needs no sign-in.
 */
@ApplicationScoped
@RequiredArgsConstructor
public class NotificationMails {

    static final String SITE = "温州时尚产业创新资源库";
    private static final int SUBJECT_TEXT = 80;

    private final NotificationSettings settings;

    /** A notification as a mail lists it. */
    record MailLine(String topicZh, String topicEn, String title, String detail) {
        static MailLine of(Notification n) {
            return new MailLine(Labels.zh(n.topic), Labels.en(n.topic), n.title, n.detail);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notification(MailLine line, String inbox, String unsubscribe);

        static native TemplateInstance digest(List<MailLine> lines, String inbox, String unsubscribe);
    }

    Mail single(String to, Notification n, Alert alert) {
        String subject = "【" + SITE + "】" + Labels.zh(n.topic) + (n.title == null ? "" : "：" + subjectText(n.title));
        String html = Templates.notification(MailLine.of(n), inbox(), unsubscribeUrl(alert)).render();
        String text = Labels.zh(n.topic) + " / " + Labels.en(n.topic) + "\n" + (n.title == null ? "" : n.title + "\n")
                + (n.detail == null ? "" : n.detail + "\n") + "\n" + inbox() + "\n\n退订 Unsubscribe: " + unsubscribeUrl(alert) + "\n";
        return withUnsubscribe(Mail.withHtml(to, subject, html).setText(text), alert);
    }

    Mail digest(String to, List<Notification> notifications, Alert alert) {
        String subject = "【" + SITE + "】" + notifications.size() + " 条新通知 · " + Labels.zh(alert.kind);
        String html = Templates.digest(notifications.stream().map(MailLine::of).toList(), inbox(), unsubscribeUrl(alert)).render();
        var text = new StringBuilder();
        for (Notification n : notifications) {
            text.append("- ").append(Labels.zh(n.topic)).append(n.title == null ? "" : "：" + n.title).append('\n');
        }
        text.append('\n').append(inbox()).append("\n\n退订 Unsubscribe: ").append(unsubscribeUrl(alert)).append('\n');
        return withUnsubscribe(Mail.withHtml(to, subject, html).setText(text.toString()), alert);
    }

    private Mail withUnsubscribe(Mail mail, Alert alert) {
        return mail.addHeader("List-Unsubscribe", "<" + unsubscribeUrl(alert) + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private String inbox() {
        return settings.publicUrl() + "/inbox";
    }

    String unsubscribeUrl(Alert alert) {
        return settings.publicUrl() + "/api/unsubscribe/" + alert.unsubscribeToken;
    }

    /**
     * A record's text as a subject may carry it: one line (line breaks and other control characters, which could
     * start a header of their own, become spaces), shortened.
     */
    static String subjectText(String text) {
        String line = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").strip();
        return line.length() <= SUBJECT_TEXT ? line : line.substring(0, SUBJECT_TEXT - 1) + "…";
    }
}
