package ru.efs.portfolio.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic: a cached verification when the same user and password were checked recently, bcrypt otherwise;
 * both under the sign-in throttle. Concurrent requests of one client with the same password (a connection pool
 * once the cached sign-in has expired) share one bcrypt check and one counted attempt; other passwords count each.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    IdentityCache cache;

    @Inject
    AuthService authService;

    @Inject
    SignInThrottle throttle;

    /** Checks in flight by account, client address and an HMAC of the password; each leaves when it ends. */
    private final Map<String, CompletableFuture<SecurityIdentity>> checks = new ConcurrentHashMap<>();

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
        String key = throttle.signingIn(http, username) + '\n' + cache.fingerprint(password);
        CompletableFuture<SecurityIdentity> started = new CompletableFuture<>();
        CompletableFuture<SecurityIdentity> check = checks.putIfAbsent(key, started);
        if (check == null) {
            check = started;
            Uni.createFrom().item(() -> throttle.begin(http, username)).onItem().transformToUni(attempt ->
                    context.runBlocking(() -> attempt.settle(() -> cache.verified(username, password)
                            .or(() -> authService.verifyPassword(username, password))
                            .map(Account::toIdentity)
                            .orElseThrow(AuthenticationFailedException::new))))
                    .onTermination().invoke(() -> checks.remove(key, started))
                    .subscribe().with(started::complete, started::completeExceptionally);
        }
        // A copy, so that one request given up does not cancel the check the others wait for.
        Uni<SecurityIdentity> verified = Uni.createFrom().completionStage(check.copy());
        Context own = Vertx.currentContext();
        if (own != null) {
            verified = verified.emitOn(task -> own.runOnContext(ignored -> task.run()));
        }
        // A change of the user committed while the shared check ran: its answer is not served, a new check is.
        return verified.onItem().transformToUni(identity -> cache.isCurrent(identity.getAttribute(Account.ATTRIBUTE))
                ? Uni.createFrom().item(identity) : authenticate(request, context));
    }
}
