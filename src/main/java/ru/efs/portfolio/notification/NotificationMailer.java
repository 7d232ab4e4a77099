package ru.efs.portfolio.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Sends the letters of notifications once their transaction has committed, when e-mail is on ({@code efs.mail}).
 * A letter that cannot be sent is logged; the change it tells of stays written.
 */
@ApplicationScoped
public class NotificationMailer {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class);

    @Inject
    MailConfig config;

    @Inject
    ReactiveMailer mailer;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsWritten written) {
        if (!config.enabled()) {
            return;
        }
        for (NotificationsWritten.Letter letter : written.letters()) {
            try {
                mailer.send(Mail.withText(letter.to(), letter.titleRu(), body(letter))).subscribe().with(
                        ok -> LOG.debugf("Notification sent to %s", letter.to()),
                        failure -> LOG.warnf("Notification to %s not sent: %s", letter.to(), failure.getMessage()));
            } catch (RuntimeException e) {
                LOG.warnf("Notification to %s not sent: %s", letter.to(), e.getMessage());
            }
        }
    }

    /** Russian first, English second, and the link to the object when the app's address is known. */
    private String body(NotificationsWritten.Letter letter) {
        StringBuilder body = new StringBuilder(letter.titleRu()).append('\n');
        if (letter.textRu() != null) {
            body.append(letter.textRu()).append('\n');
        }
        body.append('\n').append(letter.titleEn()).append('\n');
        if (letter.textEn() != null) {
            body.append(letter.textEn()).append('\n');
        }
        config.appUrl().ifPresent(url -> body.append('\n').append(url.replaceAll("/+$", "")).append(letter.path())
                .append('\n'));
        return body.toString();
    }
}
