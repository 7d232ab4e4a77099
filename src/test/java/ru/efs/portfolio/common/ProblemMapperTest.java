package ru.efs.portfolio.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** How the mapper answers failures that no request can cause on purpose, built here as the libraries throw them. */
class ProblemMapperTest {

    /** As Agroal throws it when every connection stays busy past the acquisition timeout, wrapped by Hibernate. */
    private static RuntimeException poolExhausted() {
        SQLException agroal = new SQLException("Acquisition timeout while waiting for new connection",
                new TimeoutException());
        return new IllegalStateException("request failed",
                new JDBCConnectionException("Unable to acquire JDBC Connection", agroal));
    }

    @Test
    void aSaturatedConnectionPoolIsA503WithRetryAfter() {
        Response response = new ProblemMapper().unexpected(poolExhausted(), null, null);

        assertEquals(503, response.getStatus());
        assertEquals("1", response.getHeaderString("Retry-After"));
        assertEquals(ProblemMapper.PROBLEM_JSON, response.getMediaType().toString());
        ProblemResponse problem = (ProblemResponse) response.getEntity();
        assertEquals(503, problem.status());
        assertTrue(problem.type().endsWith("/unavailable"), problem.type());
        assertEquals("Сервис перегружен", problem.title());
        assertTrue(problem.detail().contains("Повторите"), problem.detail());
    }

    @Test
    void anyOtherDatabaseFailureStaysAnInternalError() {
        Response response = new ProblemMapper().unexpected(
                new JDBCConnectionException("Connection refused", new SQLException("Connection refused")), null, null);

        assertEquals(500, response.getStatus());
        assertEquals(null, response.getHeaderString("Retry-After"));
        assertTrue(ProblemMapper.isPoolExhausted(new SQLException("Acquisition timeout on health check")));
        assertFalse(ProblemMapper.isPoolExhausted(new SQLException((String) null)));
    }
}
