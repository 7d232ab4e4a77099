package ru.efs.portfolio.security;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.SecurityIdentity;

/** What the service knows about a signed-in user on every request: enough to authorise, nothing secret. */
public record Account(long userId, String username, String fullName, Role role, String regionCode,
        long credentialVersion) {

    static final String ATTRIBUTE = "efs.account";

    static Account of(AppUser user) {
        return new Account(user.id, user.username, user.fullName, user.role,
                user.region == null ? null : user.region.code, user.credentialVersion);
    }

    SecurityIdentity toIdentity() {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRole(role.name())
                .addAttribute(ATTRIBUTE, this)
                .build();
    }
}
