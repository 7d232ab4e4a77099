package ru.efs.portfolio.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import ru.efs.portfolio.security.AppUser;
import ru.efs.portfolio.support.Api;
import ru.efs.portfolio.support.NotificationData;
import ru.efs.portfolio.support.TestUser;

/** With e-mail on, a notification also reaches a real SMTP server (GreenMail, started for this test). */
@QuarkusTest
@TestProfile(NotificationMailTest.MailOn.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationMailTest {

    private static final String ADDRESS = "coord27@khiro.example";

    /** Injected by {@link SmtpServer}. */
    GreenMail smtp;

    @Test
    @Order(1)
    void coordinatorReceivesALetterInRussianWhenTheExpertReturnsTheProject() throws Exception {
        Api.ensureUsers();
        QuarkusTransaction.requiringNew().run(() -> AppUser.update("email = ?1 where username = ?2", ADDRESS,
                TestUser.COORDINATOR_27.username));
        long project = NotificationData.projectAtPreDefense("27");
        assertTrue(smtp.waitForIncomingEmail(10_000, 1), "the letter of the pre-defence arrives first");
        smtp.reset();

        assertEquals(200, NotificationData.move(TestUser.EXPERT, project, "REVISION",
                "Уточните целевые значения показателей"));

        assertTrue(smtp.waitForIncomingEmail(10_000, 1), "a letter arrives");
        MimeMessage[] received = smtp.getReceivedMessages();
        List<MimeMessage> toCoordinator = Arrays.stream(received).filter(m -> recipients(m).contains(ADDRESS))
                .toList();
        assertEquals(1, toCoordinator.size(), "one letter, to the coordinator only");
        MimeMessage letter = toCoordinator.get(0);
        assertTrue(letter.getSubject().startsWith("Проект «") && letter.getSubject().contains("возвращён на доработку"),
                letter.getSubject());
        String body = letter.getContent().toString();
        assertTrue(body.contains("Уточните целевые значения показателей"), body);
        assertTrue(body.contains("returned for revision"), "English follows the Russian: " + body);
        assertTrue(body.contains("https://efs.example.ru/projects/" + project), body);
    }

    @Test
    @Order(2)
    void aLetterThatCannotBeSentDoesNotUndoTheChange() {
        Api.ensureUsers();
        QuarkusTransaction.requiringNew().run(() -> AppUser.update("email = ?1 where username = ?2", ADDRESS,
                TestUser.COORDINATOR_27.username));
        long project = NotificationData.projectAtPreDefense("27");
        smtp.stop();

        assertEquals(200, NotificationData.move(TestUser.EXPERT, project, "REVISION", "Сервер почты недоступен"));
        assertEquals("REVISION", Api.as(TestUser.ADMIN).get("/api/v1/projects/" + project).then().statusCode(200)
                .extract().path("stage"));
        assertEquals(1, NotificationData.about(TestUser.COORDINATOR_27, "project", project, "PROJECT_REVISION")
                .size(), "the notification is kept though its letter is not sent");
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static class MailOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("efs.mail.enabled", "true", "efs.mail.app-url", "https://efs.example.ru/");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SmtpServer.class));
        }
    }

    /** A GreenMail SMTP server on a free port, and the mailer pointed at it. */
    public static class SmtpServer implements QuarkusTestResourceLifecycleManager {

        private GreenMail greenMail;

        @Override
        public Map<String, String> start() {
            int port = freePort();
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
            return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port),
                    "quarkus.mailer.start-tls", "DISABLED");
        }

        @Override
        public void inject(TestInjector injector) {
            injector.injectIntoFields(greenMail, new TestInjector.MatchesType(GreenMail.class));
        }

        @Override
        public void stop() {
            if (greenMail != null) {
                greenMail.stop();
            }
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
