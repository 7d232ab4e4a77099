package ru.efs.portfolio.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import ru.efs.portfolio.common.ChangeFeed;
import ru.efs.portfolio.common.EfsConfig;
import ru.efs.portfolio.common.Problem;

/** Signing in and out: password checks, browser sessions and bearer tokens over the one user store. */
@ApplicationScoped
public class AuthService {

    /** Checked against when the user does not exist, so that a wrong name costs as long as a wrong password. */
    /** A hash checked for an unknown login, so that it takes as long as a known one; made when first needed. */
    private static final class Dummy {
        static final String HASH = BcryptUtil.bcryptHash("efs-no-such-user");
    }

    @Inject
    IdentityCache cache;

    @Inject
    EfsConfig config;

    @Inject
    EntityManager em;

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    @Inject
    ChangeFeed feed;

    /** A new session: the token goes to the client (cookie or bearer), the CSRF token to the browser app. */
    public record IssuedSession(String token, String csrfToken, OffsetDateTime expiresAt, Account account) {
    }

    @Transactional
    public Optional<Account> verifyPassword(String username, String password) {
        Optional<AppUser> user = username == null || username.isBlank() ? Optional.empty()
                : AppUser.findByUsernameForCheck(username.trim());
        String hash = user.map(u -> u.passwordHash).orElseGet(() -> Dummy.HASH);
        // bcrypt ends the password with a zero byte: a 71-byte one followed by a zero would equal it.
        boolean matches = password != null && password.indexOf('\0') < 0 && BcryptUtil.matches(password, hash);
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

    /**
     * A session for an account verified a moment ago. The user's row is locked while it is written, so a change of
     * credentials commits either before (and the stale account is refused here) or after (and ends this session).
     */
    @Transactional
    public IssuedSession openSession(Account account) {
        if (lockedCredentialVersion(account.userId()) != account.credentialVersion()) {
            throw new Problem(401, "bad-credentials", "problem.unauthorized", "problem.badCredentials", null, null,
                    null);
        }
        String token = Tokens.random(32);
        LoginSession session = new LoginSession();
        session.tokenHash = Tokens.hash(token);
        session.user = AppUser.findById(account.userId());
        session.csrfToken = Tokens.random(24);
        session.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        session.expiresAt = session.createdAt.plus(config.auth().sessionTtl());
        session.credentialVersion = account.credentialVersion();
        session.persist();
        return new IssuedSession(token, session.csrfToken, session.expiresAt, account);
    }

    /** The user's committed credential version under a row lock; -1 when the user is gone or disabled. */
    private long lockedCredentialVersion(long userId) {
        List<?> rows = em.createNativeQuery(
                "select credential_version, enabled from app_user where id = ?1 for update")
                .setParameter(1, userId).getResultList();
        if (rows.isEmpty() || !Boolean.TRUE.equals(((Object[]) rows.get(0))[1])) {
            return -1;
        }
        return ((Number) ((Object[]) rows.get(0))[0]).longValue();
    }

    /**
     * The session behind a token, from the cache or the database; empty when unknown, expired, disabled or made
     * with an older credential version than the user's.
     */
    @Transactional
    public Optional<IdentityCache.SessionEntry> session(String token) {
        String hash = Tokens.hash(token);
        Optional<IdentityCache.SessionEntry> cached = cache.session(hash);
        if (cached.isPresent()) {
            return cached;
        }
        long ticket = cache.sessionTicket();
        // The session and its user in one statement: a user deleted in between must not be half found.
        LoginSession session = LoginSession.<LoginSession>find(
                "from LoginSession s join fetch s.user where s.tokenHash = ?1", hash).firstResult();
        if (session == null || cache.hasEnded(hash) || session.expiresAt.isBefore(OffsetDateTime.now(ZoneOffset.UTC))
                || !session.user.enabled
                || session.credentialVersion != session.user.credentialVersion) {
            return Optional.empty();
        }
        return Optional.of(cache.rememberSession(hash, Account.of(session.user), session.csrfToken,
                session.expiresAt.toInstant(), ticket));
    }

    @Transactional
    public void logout(String token) {
        if (token == null || token.isBlank()) {
            return;
        }
        String hash = Tokens.hash(token);
        LoginSession.deleteById(hash);
        cache.sessionEnded(hash);
        afterCommit(() -> cache.sessionEnded(hash));
        feed.note(IdentityCache.SESSION_ENDED, () -> hash);
    }

    /**
     * The user's password, role, region or status changes in this transaction: the credential version moves with
     * it, their sessions end, and once committed the cache refuses everything verified against the old version.
     */
    @Transactional
    public void revoke(AppUser user) {
        user.credentialVersion++;
        LoginSession.delete("user", user);
        cache.forgetUser(user.username);
        long userId = user.id;
        long version = user.credentialVersion;
        afterCommit(() -> cache.revoke(userId, version));
        feed.note(IdentityCache.REVOKED, () -> userId + ":" + version);
    }

    /** The user is deleted in this transaction: nothing of theirs is accepted once it committed. */
    @Transactional
    public void revokeDeleted(AppUser user) {
        LoginSession.delete("user", user);
        cache.forgetUser(user.username);
        long userId = user.id;
        afterCommit(() -> cache.revoke(userId, Long.MAX_VALUE));
        feed.note(IdentityCache.REVOKED, () -> userId + ":" + Long.MAX_VALUE);
    }

    /** Only the name or contact details changed: the cached identity is refreshed on the next request. */
    public void forgetUser(AppUser user) {
        String username = user.username;
        cache.forgetUser(username);
        afterCommit(() -> cache.forgetUser(username));
        feed.note(IdentityCache.FORGOTTEN, () -> username);
    }

    /** Runs once the transaction committed, before its caller is answered; a rollback changed nothing to announce. */
    private void afterCommit(Runnable action) {
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }

    @Transactional
    public void purgeExpiredSessions() {
        LoginSession.delete("expiresAt < ?1", OffsetDateTime.now(ZoneOffset.UTC));
    }
}
