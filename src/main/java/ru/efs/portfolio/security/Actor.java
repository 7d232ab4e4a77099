package ru.efs.portfolio.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is acting right now, for audit columns and revisions; "system" outside a request (startup, demo data). */
public final class Actor {

    public static final String SYSTEM = "system";

    private Actor() {
    }

    public static String currentUsername() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return SYSTEM;
        }
        try {
            CurrentIdentityAssociation association = container.instance(CurrentIdentityAssociation.class).get();
            SecurityIdentity identity = association == null ? null : association.getIdentity();
            return identity == null || identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
        } catch (RuntimeException e) {
            return SYSTEM;
        }
    }
}
