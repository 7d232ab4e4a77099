package ru.efs.portfolio.support;

/** The users the tests act as; created once per test run through the real users API. */
public enum TestUser {
    ADMIN("admin", "admin-test-password", "ADMIN", null),
    EXPERT("expert-t", "expert-test-password", "EXPERT", null),
    COORDINATOR_27("coord27-t", "coord27-test-password", "REGIONAL_COORDINATOR", "27"),
    COORDINATOR_22("coord22-t", "coord22-test-password", "REGIONAL_COORDINATOR", "22"),
    VIEWER("viewer-t", "viewer-test-password", "VIEWER", null);

    public final String username;
    public final String password;
    public final String role;
    public final String regionCode;

    TestUser(String username, String password, String role, String regionCode) {
        this.username = username;
        this.password = password;
        this.role = role;
        this.regionCode = regionCode;
    }
}
