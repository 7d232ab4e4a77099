package ru.efs.portfolio.common;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The one browser header that depends on a setting: HSTS, sent only when the service runs behind TLS (the secure
 * cookie is on), since a browser that saw it refuses plain HTTP to the host for a year. The fixed headers (CSP,
 * nosniff, frames, referrer, no-store) are Quarkus' own header filters in application.properties.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String HSTS = "Strict-Transport-Security";

    @Inject
    EfsConfig config;

    void register(@Observes Router router) {
        strictTransportSecurity(config.auth().secureCookie()).ifPresent(value -> router.route()
                .order(HttpLayerProblems.ORDER - 1).handler(context -> {
                    context.response().headers().set(HSTS, value);
                    context.next();
                }));
    }

    /** HSTS for a year, subdomains included, when the service is reached over HTTPS only. */
    static Optional<String> strictTransportSecurity(boolean secureCookie) {
        return secureCookie ? Optional.of("max-age=31536000; includeSubDomains") : Optional.empty();
    }
}
