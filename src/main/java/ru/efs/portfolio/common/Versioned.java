package ru.efs.portfolio.common;

import jakarta.ws.rs.core.EntityTag;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** A response object that carries its version, so that its ETag can be sent with it. */
public interface Versioned {

    long version();

    /** 200 with {@code ETag: "<version>"}. */
    static <T extends Versioned> RestResponse<T> ok(T body) {
        return RestResponse.ResponseBuilder.ok(body).tag(new EntityTag(String.valueOf(body.version()))).build();
    }

    /** 201 with {@code Location} and {@code ETag}. */
    static <T extends Versioned> RestResponse<T> created(URI location, T body) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(body)
                .tag(new EntityTag(String.valueOf(body.version()))).build();
    }
}
