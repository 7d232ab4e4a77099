package ru.efs.portfolio.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import ru.efs.portfolio.common.EfsConfig;
import ru.efs.portfolio.common.Problem;

/**
 * Slows down password guessing on every way a password comes in (form sign-in, HTTP Basic on any operation,
 * hence also token requests). Three rules count failures: one account from one client address (strict), one
 * account from all addresses (looser and shorter, so that nobody can lock a real user out for long) and one address
 * against all accounts (password spraying). Past a rule's free failures every failure blocks for a delay that
 * doubles up to the rule's cap; while blocked, every password, the right one too, is refused with 429 without being
 * checked, so guessing learns nothing. A success clears its own account and address pair. An attempt is counted
 * as failed from the moment it starts, so a burst of concurrent guesses gets no more than the free ones through
 * (concurrent HTTP Basic requests of one client with the same password share one attempt: one guess, one count).
 * Correct credentials from the identity cache are only looked up, never counted: no lock, no write.
 * Counters are Caffeine caches (already on the classpath through Quarkus): bounded and expiring by themselves.
 */
@ApplicationScoped
public class SignInThrottle {

    /** The operations whose every answer says how many free failures are left (RateLimit-* headers). */
    static final List<String> SIGN_IN_PATHS = List.of("/api/v1/auth/login", "/api/v1/auth/tokens");
    private static final String REFUSED_ATTRIBUTE = "efs.sign-in-throttled";
    private static final String USERNAME_KEY = "efs.sign-in-username";
    /** A longer name shares its counter with every name of the same beginning: only a guesser's loss. */
    private static final int MAX_NAME_LENGTH = 200;

    private final Counter pairs;
    private final Counter accounts;
    private final Counter addresses;

    SignInThrottle(EfsConfig config) {
        EfsConfig.Throttle throttle = config.auth().throttle();
        this.pairs = new Counter(throttle, throttle.pair());
        this.accounts = new Counter(throttle, throttle.account());
        this.addresses = new Counter(throttle, throttle.address());
    }

    /** How many failures are free and for how long they are remembered, as the RateLimit-* headers say it. */
    public record Quota(int limit, int remaining, long resetSeconds) {
    }

    /** Correct credentials from the identity cache: refused only while a rule blocks; they clear their pair. */
    public void admitVerified(RoutingContext http, String username) {
        long now = System.currentTimeMillis();
        String account = account(username);
        String address = address(http);
        remember(http, account);
        long wait = Math.max(pairs.wait(pair(account, address), now),
                Math.max(accounts.wait(account, now), addresses.wait(address, now)));
        if (wait > 0) {
            throw refusal(wait);
        }
        pairs.clearIfPresent(pair(account, address));
    }

    /** Names the account this request signs in to (for its RateLimit headers); the account and address key. */
    String signingIn(RoutingContext http, String username) {
        String account = account(username);
        remember(http, account);
        return pair(account, address(http));
    }

    /** Before a password is checked: refused (429) while a rule blocks, else counted as failed until it succeeds. */
    public Attempt begin(RoutingContext http, String username) {
        long now = System.currentTimeMillis();
        String account = account(username);
        String address = address(http);
        remember(http, account);
        Reservation pair = pairs.reserve(pair(account, address), now);
        if (pair.refusedFor > 0) {
            throw refusal(pair.refusedFor);
        }
        Reservation wide = accounts.reserve(account, now);
        if (wide.refusedFor > 0) {
            pair.undo();
            throw refusal(wide.refusedFor);
        }
        Reservation sprayed = addresses.reserve(address, now);
        if (sprayed.refusedFor > 0) {
            pair.undo();
            wide.undo();
            throw refusal(sprayed.refusedFor);
        }
        return new Attempt(pair, wide, sprayed);
    }

    /** Checks a password under the throttle: a wrong one (401) counts, a right one clears its pair. */
    public <T> T check(RoutingContext http, String username, Supplier<T> check) {
        return begin(http, username).settle(check);
    }

    /** One password check in flight. */
    public static final class Attempt {
        private final Reservation pair;
        private final Reservation account;
        private final Reservation address;

        private Attempt(Reservation pair, Reservation account, Reservation address) {
            this.pair = pair;
            this.account = account;
            this.address = address;
        }

        /** Runs the check and counts its outcome: a wrong password stays counted, anything else does not. */
        public <T> T settle(Supplier<T> check) {
            T result;
            try {
                result = check.get();
            } catch (RuntimeException e) {
                if (wrongCredentials(e)) {
                    pair.failed();
                    account.failed();
                    address.failed();
                } else {
                    pair.undo();
                    account.undo();
                    address.undo();
                }
                throw e;
            }
            pair.clear();
            account.undo();
            address.undo();
            return result;
        }

        private static boolean wrongCredentials(RuntimeException e) {
            return (e instanceof AuthenticationFailedException) || (e instanceof Problem p && p.status() == 401);
        }
    }

    /** What the RateLimit-* headers of a sign-in answer say: the rule with the fewest free failures left. */
    public Quota quota(RoutingContext http) {
        long now = System.currentTimeMillis();
        String address = address(http);
        Quota quota = addresses.quota(address, now);
        Object account = http.get(USERNAME_KEY);
        if (account instanceof String name) {
            for (Quota other : List.of(pairs.quota(pair(name, address), now), accounts.quota(name, now))) {
                if (other.remaining < quota.remaining
                        || (other.remaining == quota.remaining && other.resetSeconds > quota.resetSeconds)) {
                    quota = other;
                }
            }
        }
        return quota;
    }

    void rateLimitHeaders(@Observes Router router) {
        for (String path : SIGN_IN_PATHS) {
            router.route(HttpMethod.POST, path).order(Integer.MIN_VALUE + 200).handler(context -> {
                context.addHeadersEndHandler(ignored -> {
                    Quota quota = quota(context);
                    context.response().headers()
                            .set("RateLimit-Limit", Integer.toString(quota.limit))
                            .set("RateLimit-Remaining", Integer.toString(quota.remaining))
                            .set("RateLimit-Reset", Long.toString(quota.resetSeconds));
                });
                context.next();
            });
        }
    }

    /** The failure a refused sign-in raises; the problem mapper answers it with 429 and Retry-After. */
    static AuthenticationFailedException refusal(long millis) {
        long seconds = Math.max(1, (millis + 999) / 1000);
        return new AuthenticationFailedException("Too many failed sign-ins", Map.of(REFUSED_ATTRIBUTE, seconds));
    }

    /** Seconds to wait, when the failure is a refusal of the throttle. */
    public static OptionalLong retryAfter(AuthenticationFailedException exception) {
        return exception.getAttribute(REFUSED_ATTRIBUTE) instanceof Long seconds
                ? OptionalLong.of(seconds) : OptionalLong.empty();
    }

    private static void remember(RoutingContext http, String account) {
        if (http != null) {
            http.put(USERNAME_KEY, account);
        }
    }

    private static String account(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
    }

    /** The connection's peer, or what a trusted proxy forwarded (quarkus.http.proxy.*, off by default). */
    private static String address(RoutingContext http) {
        SocketAddress peer = http == null ? null : http.request().remoteAddress();
        if (peer == null) {
            return "unknown";
        }
        return peer.hostAddress() != null ? peer.hostAddress() : String.valueOf(peer.host());
    }

    private static String pair(String account, String address) {
        return account + '\n' + address;
    }

    /**
     * What one rule remembers of a key: failures, until when it blocks, the latest failure, and until when the
     * attempt that starts the next delay may still be checking its password (the key is blocked meanwhile, so that
     * a slow check cannot let a guess in between; the hold ends by itself should that attempt never end).
     */
    private record State(int failures, long blockedUntil, long lastFailure, long heldUntil) {
        static final State EMPTY = new State(0, 0, 0, 0);
    }

    /** The longest a password check may take; past it a hold ends by itself. */
    private static final long HOLD_MILLIS = 60_000;

    /** A failure counted in advance; {@code refusedFor > 0} (milliseconds to wait) when the rule refused instead. */
    private static final class Reservation {
        private final Counter counter;
        private final String key;
        private final long refusedFor;
        private final long previousBlock;
        private final long hold;
        private final long delay;

        Reservation(Counter counter, String key, long refusedFor, long previousBlock, long hold, long delay) {
            this.counter = counter;
            this.key = key;
            this.refusedFor = refusedFor;
            this.previousBlock = previousBlock;
            this.hold = hold;
            this.delay = delay;
        }

        /** The password was wrong: the failure stays, and its delay runs from now, not from the start. */
        void failed() {
            if (delay > 0) {
                long now = System.currentTimeMillis();
                counter.cache.asMap().computeIfPresent(key, (k, s) -> s.heldUntil == hold
                        ? new State(s.failures, Math.max(s.blockedUntil, now + delay), now, 0) : s);
            }
        }

        /** Not a wrong password after all: the failure is taken back, and the delay it set. */
        void undo() {
            long now = System.currentTimeMillis();
            counter.cache.asMap().computeIfPresent(key, (k, s) -> {
                int failures = Math.max(0, s.failures - 1);
                boolean ours = delay > 0 && s.heldUntil == hold;
                long blocked = ours ? previousBlock : s.blockedUntil;
                long held = ours ? 0 : s.heldUntil;
                return failures == 0 && blocked <= now && held <= now ? null
                        : new State(failures, blocked, s.lastFailure, held);
            });
        }

        void clear() {
            counter.cache.invalidate(key);
        }
    }

    /** The failures of one rule, per key. */
    private static final class Counter {
        private final Cache<String, State> cache;
        private final int free;
        private final long firstDelay;
        private final long maxDelay;
        private final long window;

        Counter(EfsConfig.Throttle throttle, EfsConfig.Rule rule) {
            this.free = Math.max(0, rule.freeFailures());
            this.firstDelay = Math.max(1, throttle.firstDelay().toMillis());
            this.maxDelay = Math.max(firstDelay, rule.maxDelay().toMillis());
            this.window = throttle.window().toMillis();
            this.cache = Caffeine.newBuilder().maximumSize(Math.max(1, throttle.maxEntries()))
                    .expireAfterWrite(Duration.ofMillis(window + maxDelay + HOLD_MILLIS)).build();
        }

        Reservation reserve(String key, long now) {
            Reservation[] made = new Reservation[1];
            cache.asMap().compute(key, (k, stored) -> {
                State state = fresh(stored, now);
                long wait = wait(state, now);
                if (wait > 0) {
                    made[0] = new Reservation(this, key, wait, 0, 0, 0);
                    return stored;
                }
                int failures = state.failures + 1;
                long delay = delay(failures);
                if (delay == 0) {
                    made[0] = new Reservation(this, key, 0, state.blockedUntil, 0, 0);
                    return new State(failures, state.blockedUntil, now, 0);
                }
                // Unique per reservation, so that only this attempt's end releases the hold.
                long hold = Math.max(now + HOLD_MILLIS, state.heldUntil + 1);
                made[0] = new Reservation(this, key, 0, state.blockedUntil, hold, delay);
                return new State(failures, now + delay, now, hold);
            });
            return made[0];
        }

        /** Milliseconds a key is blocked for; while held, the delay its next failure brings. */
        long wait(String key, long now) {
            return wait(fresh(cache.getIfPresent(key), now), now);
        }

        private long wait(State state, long now) {
            if (now < state.blockedUntil) {
                return state.blockedUntil - now;
            }
            return now < state.heldUntil ? Math.max(1, delay(state.failures)) : 0;
        }

        void clearIfPresent(String key) {
            if (cache.getIfPresent(key) != null) {
                cache.invalidate(key);
            }
        }

        Quota quota(String key, long now) {
            State state = fresh(cache.getIfPresent(key), now);
            if (state.failures == 0) {
                return new Quota(free, free, 0);
            }
            int remaining = wait(state, now) > 0 ? 0 : Math.max(0, free - state.failures);
            long until = Math.max(Math.max(state.blockedUntil, state.lastFailure + window), state.heldUntil);
            return new Quota(free, remaining, Math.max(0, (until - now + 999) / 1000));
        }

        /** Failures older than the window, with no block running, are forgotten. */
        private State fresh(State state, long now) {
            if (state == null || (now >= state.blockedUntil && now >= state.heldUntil
                    && now - state.lastFailure > window)) {
                return State.EMPTY;
            }
            return state;
        }

        /** No delay for the free failures; then the first delay, doubling with each failure, up to the cap. */
        private long delay(int failures) {
            int beyond = failures - free;
            if (beyond <= 0) {
                return 0;
            }
            return Math.min(maxDelay, firstDelay << Math.min(beyond - 1, 30));
        }
    }
}
