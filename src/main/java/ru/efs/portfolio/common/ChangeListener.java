package ru.efs.portfolio.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on one PostgreSQL channel over a connection of its own (outside the pool: it is held for the life of the
 * process) and hands every notification's payload to {@code receive}, in the order PostgreSQL delivers them. When
 * the connection fails it reconnects every second and, once listening again, calls {@code resumed}: what was sent
 * meanwhile is lost to this instance.
 */
final class ChangeListener {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    private static final int WAIT_MILLIS = 500;

    private final String channel;
    private final String url;
    private final String username;
    private final String password;
    private final Consumer<String> receive;
    private final Runnable resumed;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;

    ChangeListener(String channel, String url, String username, String password, Consumer<String> receive,
            Runnable resumed) {
        this.channel = channel;
        this.url = url;
        this.username = username;
        this.password = password;
        this.receive = receive;
        this.resumed = resumed;
        this.thread = new Thread(this::run, "efs-change-feed-listen");
        this.thread.setDaemon(true);
    }

    /** Returns once the first LISTEN is in place, so that no change committed after start-up is missed. */
    void start() {
        try {
            connection = listen();
        } catch (SQLException e) {
            LOG.errorf("Not listening for other instances' changes yet: %s", e.getMessage());
        }
        thread.start();
    }

    void stop() {
        running = false;
        thread.interrupt();
        close();
    }

    private void run() {
        while (running) {
            try {
                if (connection == null) {
                    connection = listen();
                    resumed.run();
                    LOG.info("Listening for other instances' changes again");
                }
                PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
                if (notifications != null) {
                    for (PGNotification notification : notifications) {
                        receive.accept(notification.getParameter());
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Lost the connection that listens for other instances' changes: %s", e.getMessage());
                close();
                pause();
            } catch (RuntimeException e) {
                LOG.error("A change notification was not handled", e);
            }
        }
    }

    private Connection listen() throws SQLException {
        Connection fresh = DriverManager.getConnection(url, username, password);
        try (Statement statement = fresh.createStatement()) {
            fresh.setAutoCommit(true);
            statement.execute("listen " + channel);
        } catch (SQLException e) {
            fresh.close();
            throw e;
        }
        return fresh;
    }

    private void close() {
        Connection current = connection;
        connection = null;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException e) {
                LOG.debug("Closing the listening connection failed", e);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
