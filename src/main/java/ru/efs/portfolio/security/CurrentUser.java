package ru.efs.portfolio.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import ru.efs.portfolio.common.Problem;
import ru.efs.portfolio.common.RegionName;

/** The caller of this request and the region rules that every write goes through. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public Optional<Account> account() {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.getAttribute(Account.ATTRIBUTE));
    }

    public String username() {
        return account().map(Account::username).orElse(Actor.SYSTEM);
    }

    /** Outside a signed-in request (startup, demo data) the service acts as the system, with every right. */
    public boolean isSystem() {
        return account().isEmpty();
    }

    public boolean hasRole(Role role) {
        return account().map(a -> a.role() == role).orElse(false);
    }

    public boolean isAdmin() {
        return isSystem() || hasRole(Role.ADMIN);
    }

    /**
     * May the caller change data that belongs to this region? Administrators may change any; regional
     * coordinators only their own region; {@code expertsToo} lets experts change it as well.
     */
    public boolean mayChangeRegion(String regionCode, boolean expertsToo) {
        if (isAdmin()) {
            return true;
        }
        Account account = account().orElseThrow();
        return switch (account.role()) {
            case REGIONAL_COORDINATOR -> regionCode != null && regionCode.equals(account.regionCode());
            case EXPERT -> expertsToo;
            default -> false;
        };
    }

    public void requireRegion(String regionCode, boolean expertsToo) {
        if (!mayChangeRegion(regionCode, expertsToo)) {
            Account account = account().orElseThrow();
            if (account.role() == Role.REGIONAL_COORDINATOR) {
                throw Problem.forbidden("problem.forbidden.region", new RegionName(account.regionCode()),
                        new RegionName(regionCode));
            }
            throw Problem.forbidden("problem.forbidden.role");
        }
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw Problem.forbidden("problem.forbidden.role");
        }
    }
}
