package ru.efs.portfolio.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import ru.efs.portfolio.common.HttpLayerProblems;

/**
 * One way in for everybody, over one user store: HTTP Basic and bearer tokens for integrators, a session
 * cookie (with a CSRF header on changes) for the browser app.
 */
@ApplicationScoped
public class EfsAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_COOKIE = "EFS_SESSION";
    public static final String CSRF_HEADER = "X-CSRF-Token";

    @Inject
    HttpLayerProblems problems;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            if (startsWithIgnoreCase(authorization, "Basic ")) {
                String[] credentials = decodeBasic(authorization.substring(6).trim());
                if (credentials == null) {
                    return Uni.createFrom().failure(new AuthenticationFailedException());
                }
                return authenticate(identityProviderManager, context, new UsernamePasswordAuthenticationRequest(
                        credentials[0], new PasswordCredential(credentials[1].toCharArray())));
            }
            if (startsWithIgnoreCase(authorization, "Bearer ")) {
                return authenticate(identityProviderManager, context, new TokenAuthenticationRequest(
                        new TokenCredential(authorization.substring(7).trim(), "bearer")));
            }
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        Cookie cookie = context.request().getCookie(SESSION_COOKIE);
        if (cookie != null && !cookie.getValue().isBlank()) {
            TokenAuthenticationRequest request = new TokenAuthenticationRequest(
                    new TokenCredential(cookie.getValue(), "cookie"));
            if (isUnsafe(context.request().method())) {
                request.setAttribute(SessionIdentityProvider.NEEDS_CSRF_ATTRIBUTE, Boolean.TRUE);
                request.setAttribute(SessionIdentityProvider.CSRF_ATTRIBUTE, context.request().getHeader(CSRF_HEADER));
            }
            return authenticate(identityProviderManager, context, request);
        }
        return Uni.createFrom().optional(java.util.Optional.empty());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (context.request().getHeader("X-Requested-With") != null) {
            return Uni.createFrom().item(new ChallengeData(401, null, null));
        }
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Basic realm=\"EFS\", charset=\"UTF-8\""));
    }

    /**
     * The challenge with a body: a path permission's refusal of an anonymous caller (/q/metrics) is a 401 problem
     * like the API's, where the default challenge would be the status and header alone.
     */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        problems.unauthenticated(context);
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, TokenAuthenticationRequest.class);
    }

    private static Uni<SecurityIdentity> authenticate(IdentityProviderManager manager, RoutingContext context,
            AuthenticationRequest request) {
        return manager.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
    }

    private static String[] decodeBasic(String encoded) {
        try {
            String plain = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = plain.indexOf(':');
            return colon <= 0 ? null : new String[] {plain.substring(0, colon), plain.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isUnsafe(HttpMethod method) {
        return !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method));
    }

    private static boolean startsWithIgnoreCase(String value, String prefix) {
        return value.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
