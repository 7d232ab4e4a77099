package ru.efs.portfolio.person;

import static org.hamcrest.Matchers.contains;
import static ru.efs.portfolio.support.Api.as;
import static ru.efs.portfolio.support.PeopleData.PEOPLE;
import static ru.efs.portfolio.support.PeopleData.person;
import static ru.efs.portfolio.support.TestData.createSubject;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class PersonNameOrderTest {

    @Test
    void peopleSortedByNameIgnoreCaseAndYo() {
        long subject = createSubject("22");
        for (String name : new String[] {"ёжиков", "Ершов", "Ежов", "абрамов", "Яковлев"}) {
            Map<String, Object> body = person(subject);
            body.put("fullName", name);
            body.put("email", null);
            as(TestUser.ADMIN).body(body).post(PEOPLE).then().statusCode(201);
        }
        as(TestUser.VIEWER).queryParam("subjectId", subject).queryParam("sort", "fullName,asc").get(PEOPLE).then()
                .statusCode(200)
                .body("items.fullName", contains("абрамов", "ёжиков", "Ежов", "Ершов", "Яковлев"));
        as(TestUser.VIEWER).queryParam("subjectId", subject).queryParam("sort", "fullName,desc").get(PEOPLE).then()
                .statusCode(200)
                .body("items.fullName", contains("Яковлев", "Ершов", "Ежов", "ёжиков", "абрамов"));
    }

    @Test
    void sameNameInOtherCaseKeepsAStableOrder() {
        long subject = createSubject("22");
        for (String name : new String[] {"ежов", "Ёжов", "Ежов"}) {
            Map<String, Object> body = person(subject);
            body.put("fullName", name);
            body.put("email", null);
            as(TestUser.ADMIN).body(body).post(PEOPLE).then().statusCode(201);
        }
        // one key for all three: the text itself decides, the same on every database
        as(TestUser.VIEWER).queryParam("subjectId", subject).queryParam("sort", "fullName,asc").get(PEOPLE).then()
                .statusCode(200)
                .body("items.fullName", contains("Ёжов", "Ежов", "ежов"));
    }
}
