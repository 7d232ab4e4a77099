package ru.efs.portfolio.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import ru.efs.portfolio.common.EfsConfig;
import ru.efs.portfolio.common.Problem;

/** Signing in and out: password checks, browser sessions and bearer tokens over the one user store. */
@ApplicationScoped
public class AuthService {

    /** Checked against when the user does not exist, so that a wrong name costs as long as a wrong password. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("efs-no-such-user");

    @Inject
    IdentityCache cache;

    @Inject
    EfsConfig config;

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /** A new session: the token goes to the client (cookie or bearer), the CSRF token to the browser app. */
    public record IssuedSession(String token, String csrfToken, OffsetDateTime expiresAt, Account account) {
    }

    @Transactional
    public Optional<Account> verifyPassword(String username, String password) {
        Optional<AppUser> user = username == null || username.isBlank() ? Optional.empty()
                : AppUser.findByUsername(username.trim());
        String hash = user.map(u -> u.passwordHash).orElse(DUMMY_HASH);
        boolean matches = password != null && BcryptUtil.matches(password, hash);
        if (user.isEmpty() || !matches || !user.get().enabled) {
            return Optional.empty();
        }
        Account account = Account.of(user.get());
        cache.rememberPassword(account, password);
        return Optional.of(account);
    }

    @Transactional
    public IssuedSession login(String username, String password) {
        Account account = cache.verified(username, password).or(() -> verifyPassword(username, password))
                .orElseThrow(() -> new Problem(401, "bad-credentials", "problem.unauthorized",
                        "problem.badCredentials", null, null, null));
        return openSession(account);
    }

    @Transactional
    public IssuedSession openSession(Account account) {
        String token = Tokens.random(32);
        LoginSession session = new LoginSession();
        session.tokenHash = Tokens.hash(token);
        session.user = AppUser.findById(account.userId());
        session.csrfToken = Tokens.random(24);
        session.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        session.expiresAt = session.createdAt.plus(config.auth().sessionTtl());
        session.persist();
        return new IssuedSession(token, session.csrfToken, session.expiresAt, account);
    }

    /** The session behind a token, from the cache or the database; empty when unknown, expired or disabled. */
    @Transactional
    public Optional<IdentityCache.SessionEntry> session(String token) {
        String hash = Tokens.hash(token);
        Optional<IdentityCache.SessionEntry> cached = cache.session(hash);
        if (cached.isPresent()) {
            return cached;
        }
        LoginSession session = LoginSession.findById(hash);
        if (session == null || session.expiresAt.isBefore(OffsetDateTime.now(ZoneOffset.UTC)) || !session.user.enabled) {
            return Optional.empty();
        }
        Account account = Account.of(session.user);
        cache.rememberSession(hash, account, session.csrfToken, session.expiresAt.toInstant());
        return cache.session(hash);
    }

    @Transactional
    public void logout(String token) {
        if (token == null || token.isBlank()) {
            return;
        }
        String hash = Tokens.hash(token);
        LoginSession.deleteById(hash);
        cache.forgetSession(hash);
    }

    /** Ends every session of a user and forgets their verified identity (password, role or status changed). */
    @Transactional
    public void forgetUser(AppUser user, boolean endSessions) {
        if (endSessions) {
            LoginSession.delete("user", user);
        }
        String username = user.username;
        cache.forgetUser(username);
        // Forget again once committed, so a request racing this transaction cannot keep the old identity.
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                cache.forgetUser(username);
            }
        });
    }

    @Transactional
    public void purgeExpiredSessions() {
        LoginSession.delete("expiresAt < ?1", OffsetDateTime.now(ZoneOffset.UTC));
    }
}
