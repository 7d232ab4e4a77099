package ru.efs.portfolio.security;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import ru.efs.portfolio.common.Problem;

/**
 * A write of a signed-in request confirms, first thing in its own transaction, that the caller's credential version
 * is still the committed one, and keeps the user's row locked until it commits. A change of the user's password,
 * role, region or status updates that row, so the two serialise: the write commits before the change is answered,
 * or it sees the new version and is refused with 401, nothing written. Runs inside the transaction interceptor,
 * once per transaction; sign-in and sign-out check for themselves, and work outside a request is the system's.
 */
@Interceptor
@Transactional
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class CurrentCredentialCheck {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Object CHECKED = CurrentCredentialCheck.class;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    EntityManager em;

    @AroundInvoke
    Object confirm(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionKey() != null && transactions.getResource(CHECKED) == null) {
            transactions.putResource(CHECKED, Boolean.TRUE);
            Account account = signedInWriter();
            if (account != null) {
                // PostgreSQL: FOR SHARE, so one user's writes do not wait for each other; H2: FOR UPDATE.
                AppUser user = em.find(AppUser.class, account.userId(), LockModeType.PESSIMISTIC_READ);
                if (user == null || !user.enabled || user.credentialVersion != account.credentialVersion()) {
                    throw new Problem(401, "unauthorized", "problem.unauthorized", "problem.unauthorized.detail",
                            null, null, null);
                }
            }
        }
        return invocation.proceed();
    }

    /**
     * The caller of an unsafe request, or {@code null}. Only an identity already established counts: the sign-in
     * of this very request (lazy authentication) runs its own transactions and must not wait for itself. Work
     * outside a REST request (a management endpoint's own authentication, start-up, scheduled work) has no request
     * context to read the request from.
     */
    private static Account signedInWriter() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        if (request == null || SAFE_METHODS.contains(request.getMethod())
                || request.getPath().startsWith("/api/v1/auth/")) {
            return null;
        }
        RoutingContext http = request.serverRequest().unwrap(RoutingContext.class);
        if (http == null || !(http.user() instanceof QuarkusHttpUser user)
                || user.getSecurityIdentity().isAnonymous()) {
            return null;
        }
        return user.getSecurityIdentity().getAttribute(Account.ATTRIBUTE);
    }
}
