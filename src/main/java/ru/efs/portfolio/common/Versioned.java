package ru.efs.portfolio.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** A response object that carries its version, so that its ETag can be sent with it. */
public interface Versioned {

    long version();

    /** 200 with {@code ETag: "<version>"}. */
    static Response ok(Versioned body) {
        return Response.ok(body).tag(new EntityTag(String.valueOf(body.version()))).build();
    }

    /** 201 with {@code Location} and {@code ETag}. */
    static Response created(java.net.URI location, Versioned body) {
        return Response.created(location).entity(body).tag(new EntityTag(String.valueOf(body.version()))).build();
    }
}
