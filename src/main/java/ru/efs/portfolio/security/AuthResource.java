package ru.efs.portfolio.security;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import io.vertx.ext.web.RoutingContext;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.efs.portfolio.common.EfsConfig;
import ru.efs.portfolio.security.UserDtos.LoginRequest;
import ru.efs.portfolio.security.UserDtos.MeResponse;
import ru.efs.portfolio.security.UserDtos.TokenResponse;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Вход / Sign-in")
public class AuthResource {

    @Inject
    AuthService authService;

    @Inject
    CurrentUser currentUser;

    @Inject
    EfsConfig config;

    @Inject
    SignInThrottle throttle;

    @POST
    @Path("/login")
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Войти (браузер) / Sign in (browser)",
            description = "Ставит cookie сессии (HttpOnly, SameSite=Strict) и возвращает CSRF-токен для изменяющих запросов. / Sets the session cookie (HttpOnly, SameSite=Strict) and returns the CSRF token for changing requests.")
    public RestResponse<MeResponse> login(@Valid @NotNull LoginRequest request, @Context RoutingContext http) {
        AuthService.IssuedSession session = throttle.check(http, request.username(),
                () -> authService.login(request.username(), request.password()));
        Account account = session.account();
        return RestResponse.ResponseBuilder.ok(new MeResponse(account.username(), account.fullName(), account.role(),
                account.regionCode(), session.csrfToken(), session.expiresAt()))
                .cookie(sessionCookie(session.token(), (int) config.auth().sessionTtl().toSeconds()))
                .build();
    }

    @POST
    @Path("/logout")
    @Authenticated
    @Operation(summary = "Выйти / Sign out", description = "Завершает сессию браузера или токен. / Ends the browser session or the token.")
    @APIResponse(responseCode = "204", description = "Сессия завершена / Signed out")
    public Response logout(@CookieParam(EfsAuthenticationMechanism.SESSION_COOKIE) String cookie,
            @jakarta.ws.rs.HeaderParam("Authorization") String authorization) {
        authService.logout(cookie);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            authService.logout(authorization.substring(7).trim());
        }
        return Response.noContent().cookie(sessionCookie("", 0)).build();
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "Кто я / Who am I", description = "Пользователь, роль и регион; для браузера — CSRF-токен. / User, role and region; the CSRF token for the browser.")
    public MeResponse me(@CookieParam(EfsAuthenticationMechanism.SESSION_COOKIE) String cookie) {
        Account account = currentUser.account().orElseThrow();
        var session = cookie == null ? java.util.Optional.<IdentityCache.SessionEntry>empty() : authService.session(cookie);
        return new MeResponse(account.username(), account.fullName(), account.role(), account.regionCode(),
                session.map(IdentityCache.SessionEntry::csrfToken).orElse(null), null);
    }

    @POST
    @Path("/tokens")
    @Authenticated
    @Operation(summary = "Выпустить токен для интеграции / Issue an integration token",
            description = "Токен для заголовка Authorization: Bearer; действует столько же, сколько сессия. / A token for Authorization: Bearer, valid as long as a session.")
    @APIResponse(responseCode = "201", description = "Токен выпущен / Token issued",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TokenResponse.class)))
    public RestResponse<TokenResponse> token() {
        AuthService.IssuedSession session = authService.openSession(currentUser.account().orElseThrow());
        return RestResponse.status(RestResponse.Status.CREATED,
                new TokenResponse(session.token(), "Bearer", session.expiresAt()));
    }

    private NewCookie sessionCookie(String value, int maxAge) {
        return new NewCookie.Builder(EfsAuthenticationMechanism.SESSION_COOKIE)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(config.auth().secureCookie())
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(maxAge)
                .build();
    }
}
