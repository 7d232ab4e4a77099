package ru.efs.portfolio.ui;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The service with its single-page app built and served (Quinoa builds frontend/ with the machine's npm and runs
 * its component tests first) and the demo data loaded, so the browser meets the screens a user would.
 */
public class BrowserProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.quinoa", "true",
                "quarkus.quinoa.run-tests", "true",
                "efs.demo-data", "true");
    }
}
