package ru.efs.portfolio.practice;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static ru.efs.portfolio.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.PracticeData;
import ru.efs.portfolio.support.StatementCounter;
import ru.efs.portfolio.support.TestData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class PracticeListQueriesTest {

    @Test
    void aListPageCostsTheSameNumberOfStatementsWhateverItsSize() {
        for (int i = 0; i < 12; i++) {
            String region = i % 2 == 0 ? "27" : "22";
            Map<String, Object> body = PracticeData.practice(region);
            body.put("subjectId", TestData.createSubject(region));
            body.put("categoryCodes", List.of("mentoring", i % 3 == 0 ? "training" : "digital-environment"));
            long id = PracticeData.create(body);
            PracticeData.moveTo(id, "SUBMITTED");
            PracticeData.adopt(id, i % 2 == 0 ? "22" : "27");
            PracticeData.adopt(id, "25");
        }
        long small = StatementCounter.count(() -> as(TestUser.VIEWER).queryParam("size", 2)
                .get(PracticeData.PRACTICES).then().statusCode(200));
        long large = StatementCounter.count(() -> as(TestUser.VIEWER).queryParam("size", 100)
                .get(PracticeData.PRACTICES).then().statusCode(200));
        long filtered = StatementCounter.count(() -> as(TestUser.VIEWER).queryParam("size", 100)
                .queryParam("categoryCode", "personnel").queryParam("federalDistrictCode", "FEFD")
                .queryParam("sort", "status,asc").get(PracticeData.PRACTICES).then().statusCode(200));
        assertThat(large, equalTo(small));
        assertThat(large, lessThanOrEqualTo(8L));
        assertThat(filtered, lessThanOrEqualTo(10L));
    }

    @Test
    void aFullPracticeCostsAFixedNumberOfStatementsWhateverItsAdoptions() {
        long few = PracticeData.createIn("22", "SUBMITTED");
        PracticeData.adopt(few, "27");
        long many = PracticeData.createIn("22", "SUBMITTED");
        for (String region : List.of("27", "25", "28", "41", "49", "65", "79", "14")) {
            PracticeData.adopt(many, region);
        }
        long forFew = StatementCounter.count(() -> as(TestUser.VIEWER).get(PracticeData.PRACTICES + "/" + few)
                .then().statusCode(200));
        long forMany = StatementCounter.count(() -> as(TestUser.VIEWER).get(PracticeData.PRACTICES + "/" + many)
                .then().statusCode(200));
        assertThat(forMany, equalTo(forFew));
    }
}
