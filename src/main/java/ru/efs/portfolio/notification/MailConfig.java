package ru.efs.portfolio.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Notifications by e-mail ({@code efs.mail.*}, README «Уведомления по почте»); the SMTP server is quarkus.mailer's. */
@ConfigMapping(prefix = "efs.mail")
public interface MailConfig {

    /** Send notifications to the recipients' addresses as well ({@code EFS_MAIL_ENABLED}); off by default. */
    @WithDefault("false")
    boolean enabled();

    /** The app's address that the links in letters start with ({@code EFS_MAIL_APP_URL}), e.g. https://efs.example. */
    Optional<String> appUrl();
}
