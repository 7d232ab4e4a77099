package ru.efs.portfolio.ui;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The app served over a tenth of the country (89 regions, every federal district, links of every kind), generated at
 * the start into the test database, which every start cleans.
 */
public class NationalBrowserProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.quinoa", "true",
                "efs.demo-data", "false",
                "efs.national-data.scale", "0.1");
    }
}
