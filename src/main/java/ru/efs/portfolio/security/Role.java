package ru.efs.portfolio.security;

/** What a user may do. Role names are also the security roles checked with {@code @RolesAllowed}. */
public enum Role {
    /** The federal operator: everything, including reference data and users. */
    ADMIN,
    /** An expert of a university or the Academy: runs sessions, assesses projects. */
    EXPERT,
    /** A regional coordinator: changes only their own region's data. */
    REGIONAL_COORDINATOR,
    /** Reads everything, changes nothing. */
    VIEWER;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String EXPERT_NAME = "EXPERT";
    public static final String COORDINATOR_NAME = "REGIONAL_COORDINATOR";
    public static final String VIEWER_NAME = "VIEWER";
}
