package cn.wenzhou.fashion.notification;

import static cn.wenzhou.fashion.testsupport.Fixtures.unique;
import static cn.wenzhou.fashion.testsupport.Parties.asAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import cn.wenzhou.fashion.common.ClusterOnce;
import cn.wenzhou.fashion.domain.MailState;
import cn.wenzhou.fashion.domain.Notification;
import cn.wenzhou.fashion.domain.NotificationRepository;
import cn.wenzhou.fashion.testsupport.TestSmtp;
import cn.wenzhou.fashion.testsupport.Parties;
import cn.wenzhou.fashion.testsupport.Tokens;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The mails, received by a real SMTP server in the test JVM (GreenMail, on the port of {@code %test.quarkus.mailer.port}).
 * Users named {@link Tokens#MAIL_USER}… have a verified address; the others none.
 */
@QuarkusTest
class NotificationMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    MailOutbox outbox;

    @Inject
    NotificationRepository notifications;

    @Inject
    DeliveryCheck check;

    @Inject
    NotificationMails mails;

    @Inject
    NotificationSettings settings;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    DataSource dataSource;

    /** The mails to {@code address} once there are {@code count} of them (polling), or what came within the wait. */
    private static List<MimeMessage> mailsTo(String address, int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<MimeMessage> received = received(address);
        while (received.size() < count && System.nanoTime() < deadline) {
            SMTP.waitForIncomingEmail(200, SMTP.getReceivedMessages().length + 1);
            received = received(address);
        }
        return received;
    }

    private static List<MimeMessage> received(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The text of all the mail's text parts (plain and HTML), decoded. */
    private static String content(Part part) throws Exception {
        return content(part, "text/*");
    }

    /** The text of the mail's parts of the type, decoded. */
    private static String content(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        var text = new StringBuilder();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(content(multipart.getBodyPart(i), type)).append('\n');
            }
        }
        return text.toString();
    }

    private List<Notification> notificationsOf(String recipient) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.page(recipient, false, 0, 100).items());
    }

    private long workflowAlertOf(Parties parties) {
        return parties.asPartner().when().get("/api/alerts").then().statusCode(200).extract().jsonPath().getLong("[0].id");
    }

    @Test
    void anImmediateAlertMailsTheVerifiedAddressWithOneClickUnsubscribe() throws Exception {
        String institutionUser = unique(Tokens.MAIL_USER + "inst");
        Parties parties = Parties.withInstitution(unique("邮件"), unique("ent-user"), institutionUser);
        parties.request();

        List<MimeMessage> received = mailsTo(Tokens.addressOf(institutionUser), 1);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).startsWith("【温州时尚产业创新资源库】收到合作请求：").endsWith("鞋底防滑检测");
        String unsubscribe = mail.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).matches("<http://localhost:8080/api/unsubscribe/[A-Za-z0-9_-]{43}>");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(content(mail)).contains("希望合作");

        // The mail client's one-click POST, without sign-in: later notices of the alert stay in the inbox only.
        String path = unsubscribe.substring("<http://localhost:8080".length(), unsubscribe.length() - 1);
        given().contentType("application/x-www-form-urlencoded").formParam("List-Unsubscribe", "One-Click").when().post(path)
                .then().statusCode(200);
        parties.withNeed("""
                {"enterpriseId":%d,"title":"鞋跟耐磨检测","industries":["FOOTWEAR"],"categories":["TESTING_CERTIFICATION"]}
                """.formatted(parties.enterpriseId())).request();
        outbox.sendPendingNow();
        assertThat(notificationsOf(institutionUser)).extracting(n -> n.mailState).containsExactly(MailState.NONE, MailState.SENT);
        assertThat(received(Tokens.addressOf(institutionUser))).hasSize(1);
    }

    @Test
    void recordTextIsEscapedInTheBodyAndKeptToOneLineInTheSubject() throws Exception {
        String institutionUser = unique(Tokens.MAIL_USER + "inst");
        Parties parties = Parties.withInstitution(unique("转义"), unique("ent-user"), institutionUser);
        Parties hostile = parties.withNeed("""
                {"enterpriseId":%d,"title":"<img src=x onerror=alert(1)>鞋底","industries":["FOOTWEAR"],"categories":["TESTING_CERTIFICATION"]}
                """.formatted(parties.enterpriseId()));
        hostile.asEnterprise().body("""
                {"needId":%d,"partnerKind":"institution","partnerId":%d,"message":"<script>alert('x')</script>"}
                """.formatted(hostile.needId(), hostile.partnerId())).when().post("/api/cooperations").then().statusCode(201);

        MimeMessage mail = mailsTo(Tokens.addressOf(institutionUser), 1).get(0);
        String body = content(mail, "text/html");
        assertThat(body).contains("&lt;img src=x onerror=alert(1)&gt;鞋底").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>").doesNotContain("<img src=x");
        assertThat(mail.getSubject()).doesNotContain("\n").endsWith("<img src=x onerror=alert(1)>鞋底");
        assertThat(NotificationMails.subjectText("第一行\r\nBcc: someone@example.test\u2028第三行")).isEqualTo("第一行 Bcc: someone@example.test 第三行");
    }

    @Test
    void withoutAVerifiedAddressTheNotificationStaysInTheInbox() {
        String institutionUser = unique(Tokens.UNVERIFIED_MAIL_USER + "inst");
        Parties parties = Parties.withInstitution(unique("未验证"), unique("ent-user"), institutionUser);
        parties.request();
        outbox.sendPendingNow();

        assertThat(notificationsOf(institutionUser)).extracting(n -> n.mailState).containsExactly(MailState.NONE);
        assertThat(received(Tokens.addressOf(institutionUser))).isEmpty();
    }

    @Test
    void aUserDisabledBeforeTheDigestGetsNoMail() {
        String institutionUser = unique(Tokens.MAIL_USER + "inst");
        Parties parties = Parties.withInstitution(unique("停用"), unique("ent-user"), institutionUser);
        long alert = workflowAlertOf(parties);
        parties.asPartner().body("{\"delivery\":\"DAILY_DIGEST\"}").when().put("/api/alerts/{id}/delivery", alert).then().statusCode(200);
        parties.request();
        asAdmin().body("{\"disabled\":true,\"reason\":\"冒用机构名义\"}").when().put("/api/admin/users/{subject}/status", institutionUser)
                .then().statusCode(200);

        outbox.sendDigestsNow();
        assertThat(notificationsOf(institutionUser)).extracting(n -> n.mailState).containsExactly(MailState.WITHHELD);
        assertThat(received(Tokens.addressOf(institutionUser))).isEmpty();
    }

    @Test
    void theDailyDigestIsSentOnceByTwoSchedulersAtOnce() throws Exception {
        String institutionUser = unique(Tokens.MAIL_USER + "inst");
        Parties parties = Parties.withInstitution(unique("摘要"), unique("ent-user"), institutionUser);
        long alert = workflowAlertOf(parties);
        parties.asPartner().body("{\"delivery\":\"DAILY_DIGEST\"}").when().put("/api/alerts/{id}/delivery", alert).then().statusCode(200);
        parties.request();
        parties.withNeed("""
                {"enterpriseId":%d,"title":"鞋跟耐磨检测","industries":["FOOTWEAR"],"categories":["TESTING_CERTIFICATION"]}
                """.formatted(parties.enterpriseId())).request();
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement("delete from scheduled_job_lock where name = ?")) {
            statement.setString(1, MailOutbox.DIGEST_JOB);
            statement.executeUpdate();
        }

        // Two instances, each with its scheduler's lock of its own on the shared database.
        var start = new CountDownLatch(1);
        List<CompletableFuture<Void>> turns = List.of(
                new MailOutbox(notifications, check, mails, settings, mailer, new ClusterOnce(dataSource), clock),
                new MailOutbox(notifications, check, mails, settings, mailer, new ClusterOnce(dataSource), clock)).stream()
                .map(instance -> CompletableFuture.runAsync(() -> {
                    try {
                        assertThat(start.await(1, TimeUnit.MINUTES)).isTrue();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    instance.sendDigests();
                })).toList();
        start.countDown();
        turns.forEach(CompletableFuture::join);

        // The states first: if no mail came, they tell whether it was never taken, withheld or lost on the way.
        assertThat(notificationsOf(institutionUser)).extracting(n -> n.mailState).containsExactly(MailState.SENT, MailState.SENT);
        // Both turns have returned from their sends: wait for the server to show the first mail, then count them.
        List<MimeMessage> received = mailsTo(Tokens.addressOf(institutionUser), 1);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("【温州时尚产业创新资源库】2 条新通知 · 我的事务");
        assertThat(content(received.get(0))).contains("鞋底防滑检测").contains("鞋跟耐磨检测");
        assertThat(received.get(0).getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
    }
}
