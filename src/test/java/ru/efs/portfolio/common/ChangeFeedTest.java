package ru.efs.portfolio.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import ru.efs.portfolio.category.Category;
import ru.efs.portfolio.support.DeficitData;

@QuarkusTest
class ChangeFeedTest {

    @Inject
    ChangeFeed feed;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @Test
    void anEntityWriteMovesItsTableOnOnlyAfterItsTransactionEnds() {
        long before = feed.version(List.of("category"));
        long otherBefore = feed.version(List.of("influence_link"));
        QuarkusTransaction.requiringNew().run(() -> {
            Category category = em.find(Category.class, "mentoring");
            category.sortOrder++;
            em.flush();
            assertThat(feed.version(List.of("category")), equalTo(before));
        });
        assertThat(feed.version(List.of("category")), greaterThan(before));
        assertThat(feed.version(List.of("influence_link")), equalTo(otherBefore));
    }

    @Test
    void aCollectionWriteMovesItsJoinTableOn() {
        long before = feed.version(List.of("deficit_category"));
        DeficitData.create("27");
        assertThat(feed.version(List.of("deficit_category")), greaterThan(before));
    }

    @Test
    void aRolledBackWriteAlsoMovesItsTableOn() {
        long before = feed.version(List.of("category"));
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                em.find(Category.class, "mentoring").sortOrder++;
                em.flush();
                throw new IllegalStateException("rolled back on purpose");
            });
        } catch (IllegalStateException expected) {
            // the write is gone; a kept answer made meanwhile must not be trusted either way
        }
        assertThat(feed.version(List.of("category")), greaterThan(before));
    }

    /** What another instance hears: a committed write announces its tables and objects, a rolled-back one nothing. */
    @Test
    void onPostgresqlACommittedWriteIsAnnouncedAndARolledBackOneIsNot() throws Exception {
        Assumptions.assumeTrue(feed.shared(), "changes travel between instances on PostgreSQL only");
        try (Connection other = DriverManager.getConnection(url, username.orElse(null), null)) {
            other.setAutoCommit(true);
            try (Statement statement = other.createStatement()) {
                statement.execute("listen " + ChangeFeed.CHANNEL);
            }
            PGConnection listening = other.unwrap(PGConnection.class);
            listening.getNotifications(100); // nothing older than this test

            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    em.find(Category.class, "mentoring").sortOrder++;
                    em.flush();
                    throw new IllegalStateException("rolled back on purpose");
                });
            } catch (IllegalStateException expected) {
                // not committed: not announced
            }
            long id = DeficitData.create("27");

            ChangeFeed.Change announced = null;
            long deadline = System.currentTimeMillis() + 5000;
            while (announced == null && System.currentTimeMillis() < deadline) {
                PGNotification[] notifications = listening.getNotifications(200);
                for (PGNotification notification : notifications == null ? new PGNotification[0] : notifications) {
                    ChangeFeed.Change change = json.readValue(notification.getParameter(), ChangeFeed.Change.class);
                    assertThat("a rolled-back write announced", change.tables().contains("category"),
                            equalTo(false));
                    if (change.notes("search").contains("DEFICIT:" + id)) {
                        announced = change;
                    }
                }
            }
            assertThat("the deficit's creation was announced", announced, notNullValue());
            assertThat(announced.tables(), hasItem("deficit"));
            assertThat(announced.tables(), hasItem("deficit_category"));
            assertThat(announced.everything(), equalTo(false));
        }
    }

    @Test
    void aChangeTooLargeForOneNotificationIsAnnouncedAsEverything() throws Exception {
        Set<String> many = new LinkedHashSet<>();
        for (int i = 0; i < 2000; i++) {
            many.add("DEFICIT:" + i);
        }
        ChangeFeed.Change large = new ChangeFeed.Change("me", false, Set.of("deficit"),
                Map.of("search", many));
        ChangeFeed.Change sent = json.readValue(feed.payload(large), ChangeFeed.Change.class);
        assertThat(sent.everything(), equalTo(true));
        assertThat(sent.notes("search").isEmpty(), equalTo(true));
        ChangeFeed.Change small = new ChangeFeed.Change("me", false, Set.of("deficit"),
                Map.of("search", Set.of("DEFICIT:1")));
        assertThat(json.readValue(feed.payload(small), ChangeFeed.Change.class).notes("search"),
                hasItem("DEFICIT:1"));
    }
}
