package ru.efs.portfolio.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * HTTP Basic: a cached verification when the same user and password were checked recently, bcrypt otherwise;
 * both under the sign-in throttle.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    IdentityCache cache;

    @Inject
    AuthService authService;

    @Inject
    SignInThrottle throttle;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        Optional<Account> cached = cache.verified(username, password);
        if (cached.isPresent()) {
            return Uni.createFrom().item(() -> {
                throttle.admitVerified(http, username);
                return cached.get().toIdentity();
            });
        }
        return Uni.createFrom().item(() -> throttle.begin(http, username)).onItem().transformToUni(attempt ->
                context.runBlocking(() -> attempt.settle(() -> {
                    // Concurrent first requests of one user wait for a single bcrypt check, not each for one.
                    synchronized (STRIPES[Math.floorMod(username.toLowerCase().hashCode(), STRIPES.length)]) {
                        return cache.verified(username, password)
                                .or(() -> authService.verifyPassword(username, password))
                                .map(Account::toIdentity)
                                .orElseThrow(AuthenticationFailedException::new);
                    }
                })));
    }

    private static final Object[] STRIPES = new Object[64];

    static {
        for (int i = 0; i < STRIPES.length; i++) {
            STRIPES[i] = new Object();
        }
    }
}
