package ru.efs.portfolio.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import ru.efs.portfolio.common.ChangeFeed;
import ru.efs.portfolio.common.EfsConfig;

/**
 * Verified identities, so that a bcrypt check is paid once per user and password, not on every request.
 * Bounded (LRU), short-lived, and emptied for a user at once when their password, role, region or status changes.
 * Passwords are never kept: only an HMAC under a key that lives as long as the process.
 * <p>
 * Dropping entries alone cannot revoke: a request that read the old state before the change committed may store it
 * again afterwards. So every entry carries the credential version it was verified against, and the cache neither
 * stores nor serves one older than the newest version a committed change has announced ({@link #revoke}). Sessions
 * loaded while a sign-out committed are not stored at all: a sign-out moves the session generation. And a session
 * once signed out is remembered as ended (bounded, newest kept): a token never comes back, so a read of the session
 * that raced its deletion is refused whatever the database answered it.
 * <p>
 * Each instance has its own cache. Sign-outs and credential changes travel with their transaction's announcement
 * ({@link ChangeFeed}) and are applied here as if made here; when the feed cannot say what it missed, the cache is
 * emptied.
 */
@ApplicationScoped
public class IdentityCache {

    /** Feed topics: a session's token hash; {@code userId:version}; a user name whose details changed. */
    static final String SESSION_ENDED = "session-ended";
    static final String REVOKED = "revoked";
    static final String FORGOTTEN = "forgotten";

    private final byte[] key = new byte[32];
    private final Map<String, PasswordEntry> byPassword;
    private final Map<String, SessionEntry> bySession;
    /** The hashes of sessions signed out here or announced from elsewhere, newest kept; guarded by bySession. */
    private final Map<String, Boolean> ended;
    private final long ttlMillis;
    /** The newest committed credential version of each user changed since start; MAX_VALUE once deleted. */
    private final Map<Long, Long> newestVersions = new ConcurrentHashMap<>();
    /** Moved by every committed sign-out, under the lock of {@link #bySession}. */
    private long sessionGeneration;

    record PasswordEntry(Account account, byte[] mac, long expiresAt) {
    }

    /** A signed-in session as the cache holds it. */
    public record SessionEntry(Account account, String csrfToken, long expiresAt) {
    }

    IdentityCache(EfsConfig config) {
        new SecureRandom().nextBytes(key);
        int size = Math.max(1, config.auth().identityCacheSize());
        this.ttlMillis = config.auth().identityCacheTtl().toMillis();
        this.byPassword = lru(size);
        this.bySession = lru(size);
        this.ended = lru(size);
    }

    public Optional<Account> verified(String username, String password) {
        PasswordEntry entry;
        synchronized (byPassword) {
            entry = byPassword.get(normalise(username));
        }
        if (entry == null || entry.expiresAt < System.currentTimeMillis() || !isCurrent(entry.account)
                || !MessageDigest.isEqual(entry.mac, mac(password))) {
            return Optional.empty();
        }
        return Optional.of(entry.account);
    }

    public void rememberPassword(Account account, String password) {
        PasswordEntry entry = new PasswordEntry(account, mac(password), System.currentTimeMillis() + ttlMillis);
        synchronized (byPassword) {
            if (isCurrent(account)) {
                byPassword.put(normalise(account.username()), entry);
            }
        }
    }

    public Optional<SessionEntry> session(String tokenHash) {
        SessionEntry entry;
        synchronized (bySession) {
            entry = ended.containsKey(tokenHash) ? null : bySession.get(tokenHash);
        }
        if (entry == null || entry.expiresAt < System.currentTimeMillis() || !isCurrent(entry.account)) {
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    /** Taken before a session is read from the database; {@link #rememberSession} needs it unchanged. */
    public long sessionTicket() {
        synchronized (bySession) {
            return sessionGeneration;
        }
    }

    /** The session as read; kept only if no sign-out committed since the ticket and its version is current. */
    public SessionEntry rememberSession(String tokenHash, Account account, String csrfToken, Instant sessionExpiresAt,
            long ticket) {
        long expires = Math.min(System.currentTimeMillis() + ttlMillis, sessionExpiresAt.toEpochMilli());
        SessionEntry entry = new SessionEntry(account, csrfToken, expires);
        synchronized (bySession) {
            if (ticket == sessionGeneration && !ended.containsKey(tokenHash) && isCurrent(account)) {
                bySession.put(tokenHash, entry);
            }
        }
        return entry;
    }

    /** Whether the session was signed out: its token is refused even if a racing read still found it. */
    public boolean hasEnded(String tokenHash) {
        synchronized (bySession) {
            return ended.containsKey(tokenHash);
        }
    }

    /** A sign-out is committing: its session is gone, and no read that began before it may store the session again. */
    public void sessionEnded(String tokenHash) {
        synchronized (bySession) {
            sessionGeneration++;
            ended.put(tokenHash, Boolean.TRUE);
            bySession.remove(tokenHash);
        }
    }

    /**
     * A change of the user's credentials committed with this version (MAX_VALUE: the user is deleted): from now on
     * nothing verified against an older one is stored or served.
     */
    public void revoke(long userId, long version) {
        newestVersions.merge(userId, version, Math::max);
        synchronized (byPassword) {
            byPassword.values().removeIf(entry -> !isCurrent(entry.account()));
        }
        synchronized (bySession) {
            bySession.values().removeIf(entry -> !isCurrent(entry.account()));
        }
    }

    /** False once a committed change of the user's credentials is newer than the version the account was read at. */
    boolean isCurrent(Account account) {
        Long newest = newestVersions.get(account.userId());
        return newest == null || account.credentialVersion() >= newest;
    }

    /** Drops everything known about a user: the next request checks the database again. */
    public void forgetUser(String username) {
        String name = normalise(username);
        synchronized (byPassword) {
            byPassword.remove(name);
        }
        synchronized (bySession) {
            bySession.values().removeIf(entry -> normalise(entry.account().username()).equals(name));
        }
    }

    /** A sign-out or credential change committed on another instance. */
    void changedElsewhere(@Observes ChangeFeed.Change change) {
        if (change.everything()) {
            clear();
        }
        change.notes(SESSION_ENDED).forEach(this::sessionEnded);
        for (String revoked : change.notes(REVOKED)) {
            int colon = revoked.indexOf(':');
            revoke(Long.parseLong(revoked.substring(0, colon)), Long.parseLong(revoked.substring(colon + 1)));
        }
        change.notes(FORGOTTEN).forEach(this::forgetUser);
    }

    public void clear() {
        synchronized (byPassword) {
            byPassword.clear();
        }
        synchronized (bySession) {
            sessionGeneration++;
            bySession.clear();
        }
    }

    /** Names a password in memory without keeping it: the HMAC, in hex. */
    String fingerprint(String password) {
        return HexFormat.of().formatHex(mac(password));
    }

    private byte[] mac(String password) {
        return macs.get().doFinal(password.getBytes(StandardCharsets.UTF_8));
    }

    /** One initialised HMAC per thread: looking the algorithm up on every request costs more than the hash. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(() -> {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    });

    private static String normalise(String username) {
        return username == null ? "" : username.toLowerCase();
    }

    private static <V> Map<String, V> lru(int size) {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        };
    }
}
