package ru.efs.portfolio.support;

/**
 * The users the tests act as; created once per test run through the real users API, so their passwords follow the
 * password policy (the administrator's comes from the settings).
 */
public enum TestUser {
    ADMIN("admin", "admin-test-password", "ADMIN", null),
    EXPERT("expert-t", "parol-eksperta-test", "EXPERT", null),
    COORDINATOR_27("coord27-t", "parol-koordinatora-27", "REGIONAL_COORDINATOR", "27"),
    COORDINATOR_22("coord22-t", "parol-koordinatora-22", "REGIONAL_COORDINATOR", "22"),
    VIEWER("viewer-t", "parol-nablyudatelya", "VIEWER", null);

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
