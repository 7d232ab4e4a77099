package ru.efs.portfolio.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A session cookie or bearer token. Unsafe cookie requests must also carry the session's CSRF token. */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    static final String CSRF_ATTRIBUTE = "efs.csrf";
    static final String NEEDS_CSRF_ATTRIBUTE = "efs.needs-csrf";

    @Inject
    IdentityCache cache;

    @Inject
    AuthService authService;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        Optional<IdentityCache.SessionEntry> cached = cache.session(Tokens.hash(token));
        if (cached.isPresent()) {
            return Uni.createFrom().item(() -> accept(cached.get(), request));
        }
        return context.runBlocking(() -> accept(authService.session(token)
                .orElseThrow(AuthenticationFailedException::new), request));
    }

    private SecurityIdentity accept(IdentityCache.SessionEntry session, TokenAuthenticationRequest request) {
        if (Boolean.TRUE.equals(request.getAttribute(NEEDS_CSRF_ATTRIBUTE))) {
            Object sent = request.getAttribute(CSRF_ATTRIBUTE);
            if (!(sent instanceof String value) || !MessageDigest.isEqual(
                    value.getBytes(StandardCharsets.UTF_8), session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
                throw CsrfRejectedException.create();
            }
        }
        return session.account().toIdentity();
    }
}
