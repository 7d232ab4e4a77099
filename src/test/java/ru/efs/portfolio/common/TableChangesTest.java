package ru.efs.portfolio.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TableChangesTest {

    @Inject
    TableChanges changes;

    @Inject
    EntityManager em;

    @Test
    void writingStatementsNameTheirTable() {
        assertThat(TableChanges.writtenTable("insert into deficit (id, title) values (?, ?)"), equalTo("deficit"));
        assertThat(TableChanges.writtenTable("update practice set title=? where id=?"), equalTo("practice"));
        assertThat(TableChanges.writtenTable("delete from project_deficit where project_id=?"),
                equalTo("project_deficit"));
        assertThat(TableChanges.writtenTable("DELETE deficit_category WHERE deficit_id = 1"),
                equalTo("deficit_category"));
        assertThat(TableChanges.writtenTable("merge into \"PUBLIC\".\"REGION\" key (code) values (?)"),
                equalTo("region"));
        assertThat(TableChanges.writtenTable("/* update ru.efs.Deficit */ update deficit set version=?"),
                equalTo("deficit"));
        assertThat(TableChanges.writtenTable("select d.id from deficit d where d.title = 'update x'"), nullValue());
        assertThat(TableChanges.writtenTable("with x as (select 1) select * from x"), nullValue());
    }

    @Test
    void aTableMovesOnOnlyAfterItsTransactionEnds() {
        long before = changes.version(List.of("category"));
        long otherBefore = changes.version(List.of("influence_link"));
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update category set sort_order = sort_order where code = 'mentoring'")
                    .executeUpdate();
            assertThat(changes.version(List.of("category")), equalTo(before));
        });
        assertThat(changes.version(List.of("category")), greaterThan(before));
        assertThat(changes.version(List.of("influence_link")), equalTo(otherBefore));
    }

    @Test
    void aRolledBackWriteAlsoMovesItsTableOn() {
        long before = changes.version(List.of("category"));
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("update category set sort_order = sort_order where code = 'mentoring'")
                        .executeUpdate();
                throw new IllegalStateException("rolled back on purpose");
            });
        } catch (IllegalStateException expected) {
            // the write is gone; a kept answer made meanwhile must not be trusted either way
        }
        assertThat(changes.version(List.of("category")), greaterThan(before));
    }
}
