package ru.efs.portfolio.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import ru.efs.portfolio.common.EfsConfig;

/**
 * Verified identities, so that a bcrypt check is paid once per user and password, not on every request.
 * Bounded (LRU), short-lived, and emptied for a user at once when their password, role, region or status changes.
 * Passwords are never kept: only an HMAC under a key that lives as long as the process.
 */
@ApplicationScoped
public class IdentityCache {

    private final byte[] key = new byte[32];
    private final Map<String, PasswordEntry> byPassword;
    private final Map<String, SessionEntry> bySession;
    private final long ttlMillis;

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
    }

    public Optional<Account> verified(String username, String password) {
        PasswordEntry entry;
        synchronized (byPassword) {
            entry = byPassword.get(normalise(username));
        }
        if (entry == null || entry.expiresAt < System.currentTimeMillis()
                || !MessageDigest.isEqual(entry.mac, mac(password))) {
            return Optional.empty();
        }
        return Optional.of(entry.account);
    }

    public void rememberPassword(Account account, String password) {
        PasswordEntry entry = new PasswordEntry(account, mac(password), System.currentTimeMillis() + ttlMillis);
        synchronized (byPassword) {
            byPassword.put(normalise(account.username()), entry);
        }
    }

    public Optional<SessionEntry> session(String tokenHash) {
        SessionEntry entry;
        synchronized (bySession) {
            entry = bySession.get(tokenHash);
        }
        if (entry == null || entry.expiresAt < System.currentTimeMillis()) {
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    public void rememberSession(String tokenHash, Account account, String csrfToken, Instant sessionExpiresAt) {
        long expires = Math.min(System.currentTimeMillis() + ttlMillis, sessionExpiresAt.toEpochMilli());
        synchronized (bySession) {
            bySession.put(tokenHash, new SessionEntry(account, csrfToken, expires));
        }
    }

    public void forgetSession(String tokenHash) {
        synchronized (bySession) {
            bySession.remove(tokenHash);
        }
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

    public void clear() {
        synchronized (byPassword) {
            byPassword.clear();
        }
        synchronized (bySession) {
            bySession.clear();
        }
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
