package ru.efs.portfolio.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The generator runs against a database of its own (an in-memory H2 migrated by the same Flyway scripts), so the
 * rows it writes never reach the database the rest of the suite shares and counts on.
 */
class NationalDatasetTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final double TINY = 0.005;

    private static Connection freshDatabase() throws SQLException {
        String url = "jdbc:h2:mem:dataset-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "efs", "").locations("classpath:db/migration").load().migrate();
        return DriverManager.getConnection(url, "efs", "");
    }

    @Test
    void generatesTheScaledCountsAndRecordsThemInOneRevision() throws SQLException {
        try (Connection db = freshDatabase()) {
            assertFalse(NationalDataset.present(db));
            NationalDataset.Counts counts = NationalDataset.generate(db, TINY, 7);

            assertEquals(100, counts.deficits());
            assertEquals(100, counts.practices());
            assertEquals(25, counts.projects());
            assertEquals(89 * 3, counts.portfolios());
            assertEquals(counts.deficits(), count(db, "select count(*) from deficit"));
            assertEquals(counts.practices(), count(db, "select count(*) from practice"));
            assertEquals(counts.projects(), count(db, "select count(*) from project"));
            assertEquals(counts.subjects(), count(db, "select count(*) from subject"));
            assertEquals(counts.people(), count(db, "select count(*) from person"));
            assertEquals(counts.sessions(), count(db, "select count(*) from strategic_session"));
            assertEquals(counts.adoptions(), count(db, "select count(*) from practice_adoption"));
            assertEquals(counts.links(), count(db, "select count(*) from influence_link"));
            assertTrue(NationalDataset.present(db));

            // Every generated object has its CREATED row in the one revision of the dataset, collections too.
            long revision = count(db, "select id from revinfo where username = 'dataset'");
            for (String table : new String[] {"subject", "person", "strategic_session", "deficit", "practice",
                    "portfolio", "project", "practice_adoption", "influence_link"}) {
                assertEquals(count(db, "select count(*) from " + table),
                        count(db, "select count(*) from " + table + "_aud where revtype = 0 and rev = " + revision), table);
            }
            assertEquals(count(db, "select count(*) from deficit_category"),
                    count(db, "select count(*) from deficit_category_aud where rev = " + revision));
            assertEquals(count(db, "select count(*) from project_deficit"),
                    count(db, "select count(*) from project_deficit_aud where rev = " + revision));
        }
    }

    @Test
    void linksCrossRegionsAndStatusesFollowTheProjects() throws SQLException {
        try (Connection db = freshDatabase()) {
            NationalDataset.generate(db, TINY, 7);

            assertTrue(count(db, "select count(*) from deficit_category") >= 100, "every deficit has a category");
            assertEquals(0, count(db, "select count(*) from deficit d where not exists "
                    + "(select 1 from deficit_category c where c.deficit_id = d.id)"));
            assertEquals(0, count(db, "select count(*) from practice p where not exists "
                    + "(select 1 from practice_category c where c.practice_id = p.id)"));
            assertTrue(count(db, "select count(*) from project_deficit pd join deficit d on d.id = pd.deficit_id "
                    + "join project p on p.id = pd.project_id join portfolio pf on pf.id = p.portfolio_id "
                    + "where d.region_code <> pf.region_code") > 0, "some projects address other regions' deficits");
            assertTrue(count(db, "select count(*) from project_practice pp join practice pr on pr.id = pp.practice_id "
                    + "join project p on p.id = pp.project_id join portfolio pf on pf.id = p.portfolio_id "
                    + "where pr.region_code <> pf.region_code") > 0, "some projects borrow other regions' practices");
            assertTrue(count(db, "select count(*) from practice_adoption a join practice pr on pr.id = a.practice_id "
                    + "where pr.region_code <> a.region_code") > 0);
            assertEquals(0, count(db, "select count(*) from practice_adoption a join practice pr "
                    + "on pr.id = a.practice_id where pr.region_code = a.region_code"), "nobody adopts its own practice");
            // Another region's practice is borrowed only once published, as PracticeBorrowing says.
            String unpublished = "pr.status not in ('SUBMITTED', 'VERIFIED', 'RECOMMENDED')";
            assertEquals(0, count(db, "select count(*) from project_practice pp "
                    + "join practice pr on pr.id = pp.practice_id join project p on p.id = pp.project_id "
                    + "join portfolio pf on pf.id = p.portfolio_id "
                    + "where pr.region_code <> pf.region_code and " + unpublished), "projects borrow no drafts");
            assertEquals(0, count(db, "select count(*) from practice_adoption a "
                    + "join practice pr on pr.id = a.practice_id where " + unpublished), "nobody adopts a draft");
            assertEquals(0, count(db, "select count(*) from influence_link l join practice pr "
                    + "on pr.id = l.source_practice_id where " + unpublished), "links carry no drafts");
            assertEquals(0, count(db, "select count(*) from deficit d "
                    + "join practice pr on pr.id = d.closed_by_practice_id "
                    + "where pr.region_code <> d.region_code and " + unpublished), "no deficit closed by a draft");
            // Deficit statuses follow the rule of DeficitStatusService: addressed while a live project addresses it.
            assertEquals(0, count(db, "select count(*) from deficit d where d.status = 'ADDRESSED' and not exists "
                    + "(select 1 from project_deficit pd join project p on p.id = pd.project_id "
                    + "where pd.deficit_id = d.id and p.stage <> 'REJECTED')"));
            assertEquals(0, count(db, "select count(*) from deficit d where d.status = 'OPEN' and exists "
                    + "(select 1 from project_deficit pd join project p on p.id = pd.project_id "
                    + "where pd.deficit_id = d.id and p.stage <> 'REJECTED')"));
            assertEquals(0, count(db, "select count(*) from deficit where status = 'CLOSED' "
                    + "and (closed_reason is null or closed_at is null)"));
            // Every project has its stage history ending in its stage.
            assertEquals(0, count(db, "select count(*) from project p where not exists (select 1 from "
                    + "project_stage_change c where c.project_id = p.id and c.to_stage = p.stage)"));
        }
    }

    @Test
    void sameSeedGivesTheSameDataAndScaleGrowsItProportionally() throws SQLException {
        String first;
        String second;
        long small;
        long large;
        try (Connection db = freshDatabase()) {
            NationalDataset.generate(db, TINY, 11);
            first = fingerprint(db);
            small = count(db, "select count(*) from project_deficit") + count(db, "select count(*) from deficit");
        }
        try (Connection db = freshDatabase()) {
            NationalDataset.generate(db, TINY, 11);
            second = fingerprint(db);
        }
        try (Connection db = freshDatabase()) {
            NationalDataset.generate(db, TINY * 4, 11);
            large = count(db, "select count(*) from project_deficit") + count(db, "select count(*) from deficit");
        }
        assertEquals(first, second);
        assertTrue(large > small * 3 && large < small * 5, small + " rows at " + TINY + ", " + large + " at four times");
    }

    @Test
    void rowsCreatedAfterwardsGetFreshIdentifiers() throws SQLException {
        try (Connection db = freshDatabase()) {
            NationalDataset.generate(db, TINY, 7);
            long max = count(db, "select max(id) from deficit");
            try (Statement statement = db.createStatement()) {
                statement.executeUpdate("insert into deficit (region_code, title, severity, status, version, created_at, "
                        + "updated_at) values ('27', 'Новый дефицит', 'LOW', 'OPEN', 0, current_timestamp, current_timestamp)");
            }
            assertEquals(max + 1, count(db, "select max(id) from deficit"));
        }
    }

    @Test
    void refusesAScaleOutOfRange() throws SQLException {
        try (Connection db = freshDatabase()) {
            assertThrows(IllegalArgumentException.class, () -> NationalDataset.generate(db, 0, 7));
            assertThrows(IllegalArgumentException.class, () -> NationalDataset.generate(db, 11, 7));
        }
    }

    private static String fingerprint(Connection db) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery("select d.id, d.region_code, d.title, d.status from deficit d "
                        + "order by d.id")) {
            while (rs.next()) {
                text.append(rs.getLong(1)).append(rs.getString(2)).append(rs.getString(3)).append(rs.getString(4));
            }
        }
        return text.toString();
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
