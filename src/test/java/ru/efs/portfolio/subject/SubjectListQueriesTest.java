package ru.efs.portfolio.subject;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static ru.efs.portfolio.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.StatementCounter;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class SubjectListQueriesTest {

    @Test
    void aListPageCostsTheSameNumberOfStatementsWhateverItsSize() {
        for (int i = 0; i < 12; i++) {
            long parent = TestData.createSubject(i % 2 == 0 ? "27" : "22");
            Map<String, Object> child = TestData.subject(i % 2 == 0 ? "27" : "22");
            child.put("parentId", parent);
            as(TestUser.ADMIN).body(child).post("/api/v1/subjects").then().statusCode(201);
        }
        long small = StatementCounter.count(() -> as(TestUser.VIEWER).queryParam("size", 2)
                .get("/api/v1/subjects").then().statusCode(200));
        long large = StatementCounter.count(() -> as(TestUser.VIEWER).queryParam("size", 100)
                .get("/api/v1/subjects").then().statusCode(200));
        assertThat(large, equalTo(small));
        assertThat(large, lessThanOrEqualTo(5L));
    }
}
