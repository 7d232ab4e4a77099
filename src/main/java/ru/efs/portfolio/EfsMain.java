package ru.efs.portfolio;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. Before Quarkus starts it turns off the server's own check of the request address: that
 * check answers a malformed one ({@code /api/v1/subjects/%zz}) with a bare 400 before any handler of the service
 * runs, while the router refuses such an address itself and common/HttpLayerProblems makes it a problem.
 */
@QuarkusMain
public class EfsMain {

    /** Read once, when Quarkus' root request handler is created during the application's static init. */
    static final String URI_VALIDATION_OFF = "vertx.disableURIValidation";

    public static void main(String... args) {
        if (System.getProperty(URI_VALIDATION_OFF) == null) {
            System.setProperty(URI_VALIDATION_OFF, "true");
        }
        Quarkus.run(args);
    }
}
