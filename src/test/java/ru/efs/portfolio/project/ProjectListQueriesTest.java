package ru.efs.portfolio.project;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static ru.efs.portfolio.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.ProjectData;
import ru.efs.portfolio.support.StatementCounter;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class ProjectListQueriesTest {

    @Test
    void aListPageCostsTheSameNumberOfStatementsWhateverItsSize() {
        for (int i = 0; i < 12; i++) {
            String region = i % 2 == 0 ? "27" : "22";
            String other = i % 2 == 0 ? "22" : "27";
            Map<String, Object> body = ProjectData.completeProject(ProjectData.createPortfolio(region),
                    TestData.createSubject(region), ProjectData.createDeficit(other));
            body.put("practiceIds", List.of(ProjectData.createPractice(other), ProjectData.createPractice(region)));
            body.put("partnerSubjectIds", List.of(TestData.createSubject(other), TestData.createSubject(region)));
            body.put("sessionId", ru.efs.portfolio.support.PeopleData.insertSession(null, null));
            ProjectData.create(body);
        }
        long small = StatementCounter.count(() -> as(TestUser.VIEWER).queryParam("size", 2)
                .get(ProjectData.PROJECTS).then().statusCode(200));
        long large = StatementCounter.count(() -> as(TestUser.VIEWER).queryParam("size", 100)
                .get(ProjectData.PROJECTS).then().statusCode(200));
        assertThat(large, equalTo(small));
        assertThat(large, lessThanOrEqualTo(8L));

        long filteredSmall = StatementCounter.count(() -> as(TestUser.VIEWER).queryParam("size", 2)
                .queryParam("regionCode", "27").queryParam("q", "наставничество").get(ProjectData.PROJECTS)
                .then().statusCode(200));
        long filteredLarge = StatementCounter.count(() -> as(TestUser.VIEWER).queryParam("size", 100)
                .queryParam("regionCode", "27").queryParam("q", "наставничество").get(ProjectData.PROJECTS)
                .then().statusCode(200));
        assertThat(filteredLarge, equalTo(filteredSmall));
        assertThat(filteredLarge, lessThanOrEqualTo(9L));
    }
}
