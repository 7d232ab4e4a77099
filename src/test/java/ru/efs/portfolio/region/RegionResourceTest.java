package ru.efs.portfolio.region;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static ru.efs.portfolio.support.Api.anonymous;
import static ru.efs.portfolio.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class RegionResourceTest {

    @Test
    void eightFederalDistrictsWithTheirRegionCounts() {
        as(TestUser.VIEWER).get("/api/v1/federal-districts").then().statusCode(200)
                .body("", hasSize(8))
                .body("find { it.code == 'FEFD' }.shortName", equalTo("ДФО"))
                .body("find { it.code == 'FEFD' }.regionCount", is(11))
                .body("find { it.code == 'CFD' }.center", equalTo("Москва"));
        as(TestUser.VIEWER).get("/api/v1/federal-districts/SIBFD").then().statusCode(200)
                .body("name", equalTo("Сибирский федеральный округ"));
        as(TestUser.VIEWER).get("/api/v1/federal-districts/XX").then().statusCode(404);
    }

    @Test
    void eightyNineRegionsPagedAndFiltered() {
        as(TestUser.VIEWER).queryParam("size", 100).get("/api/v1/regions").then().statusCode(200)
                .body("totalItems", is(89)).body("items", hasSize(89)).body("totalPages", is(1));
        as(TestUser.VIEWER).queryParam("size", 20).queryParam("page", 4).get("/api/v1/regions").then()
                .statusCode(200).body("items", hasSize(9)).body("totalPages", is(5));
        as(TestUser.VIEWER).queryParam("federalDistrictCode", "FEFD").queryParam("size", 100)
                .get("/api/v1/regions").then().statusCode(200)
                .body("totalItems", is(11)).body("items.federalDistrictCode", everyItem(equalTo("FEFD")));
        as(TestUser.VIEWER).queryParam("q", "хабаровск").get("/api/v1/regions").then().statusCode(200)
                .body("items[0].code", equalTo("27"));
        as(TestUser.VIEWER).queryParam("sort", "name,desc").queryParam("size", 1).get("/api/v1/regions").then()
                .statusCode(200).body("items[0].name", equalTo("Ярославская область"));
    }

    @Test
    void aRegionByItsCodeAndTheFourWithoutDistrict() {
        as(TestUser.EXPERT).get("/api/v1/regions/27").then().statusCode(200)
                .body("name", equalTo("Хабаровский край")).body("federalDistrictCode", equalTo("FEFD"));
        as(TestUser.EXPERT).get("/api/v1/regions/93").then().statusCode(200)
                .body("federalDistrictCode", nullValue());
        as(TestUser.EXPERT).get("/api/v1/regions/00").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void badFiltersAndPagingAre400() {
        as(TestUser.VIEWER).queryParam("federalDistrictCode", "MARS").get("/api/v1/regions").then().statusCode(400)
                .body("errors[0].field", equalTo("federalDistrictCode"));
        as(TestUser.VIEWER).queryParam("sort", "timezone").get("/api/v1/regions").then().statusCode(400);
        as(TestUser.VIEWER).queryParam("page", "1.5").get("/api/v1/regions").then().statusCode(400);
    }

    @Test
    void referenceDataNeedsSignIn() {
        anonymous().get("/api/v1/regions").then().statusCode(401);
        anonymous().get("/api/v1/federal-districts").then().statusCode(401);
    }
}
