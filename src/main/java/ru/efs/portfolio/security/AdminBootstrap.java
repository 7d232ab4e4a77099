package ru.efs.portfolio.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import org.jboss.logging.Logger;
import ru.efs.portfolio.common.EfsConfig;
import ru.efs.portfolio.common.Messages;

/** The first administrator, created on first start from EFS_ADMIN_USER / EFS_ADMIN_PASSWORD. */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Inject
    EfsConfig config;

    @Inject
    AuthService authService;

    @Inject
    PasswordPolicy passwordPolicy;

    @Transactional
    void onStart(@Observes @jakarta.annotation.Priority(10) StartupEvent event) {
        authService.purgeExpiredSessions();
        if (AppUser.count("role", Role.ADMIN) > 0) {
            return;
        }
        String username = config.admin().user();
        String password = config.admin().password().orElse(null);
        boolean generated = password == null || password.isBlank();
        if (generated) {
            password = Tokens.random(12);
        } else {
            warnIfWeak(username, password);
        }
        AppUser admin = new AppUser();
        admin.username = username;
        admin.fullName = "Администратор";
        admin.role = Role.ADMIN;
        admin.enabled = true;
        admin.passwordHash = BcryptUtil.bcryptHash(password);
        admin.persist();
        if (generated) {
            LOG.warnf("Создан администратор «%s» со случайным паролем: %s — смените его. "
                    + "/ Administrator '%s' created with a random password: %s — change it.", username, password,
                    username, password);
        } else {
            LOG.infof("Создан администратор «%s». / Administrator '%s' created.", username, username);
        }
    }

    /** The operator chose this password: it is kept, but what the policy would refuse is said in the log. */
    private void warnIfWeak(String username, String password) {
        for (var error : passwordPolicy.violations(username, password)) {
            LOG.warnf("EFS_ADMIN_PASSWORD: %s / %s",
                    Messages.text(Messages.RUSSIAN, error.messageKey(), error.args()),
                    Messages.text(Locale.ENGLISH, error.messageKey(), error.args()));
        }
    }
}
