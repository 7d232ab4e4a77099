package ru.efs.portfolio.category;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static ru.efs.portfolio.support.Api.anonymous;
import static ru.efs.portfolio.support.Api.as;
import static ru.efs.portfolio.support.DeficitData.CATEGORIES;
import static ru.efs.portfolio.support.DeficitData.category;
import static ru.efs.portfolio.support.DeficitData.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.efs.portfolio.support.DeficitData;
import ru.efs.portfolio.support.TestUser;

@QuarkusTest
class CategoryResourceTest {

    private static String createGroup() {
        String code = uniqueCode("group");
        as(TestUser.ADMIN).body(category(code, null)).post(CATEGORIES).then().statusCode(201);
        return code;
    }

    private static String createCategory(String group) {
        String code = uniqueCode("cat");
        as(TestUser.ADMIN).body(category(code, group)).post(CATEGORIES).then().statusCode(201);
        return code;
    }

    @Test
    void everyoneReadsTheSeededTaxonomyInItsOrder() {
        as(TestUser.VIEWER).queryParam("size", 100).get(CATEGORIES).then().statusCode(200)
                .body("items.code", hasItems("personnel", "mentoring", "young-teachers", "deficits-communicative"))
                .body("items[0].code", equalTo("personnel"))
                .body("items[0].parentCode", nullValue())
                .body("items[1].code", equalTo("mentoring"))
                .body("items[1].parentCode", equalTo("personnel"))
                .body("items[1].nameEn", equalTo("Mentoring"))
                .body("page", is(0))
                .body("size", is(100));
        as(TestUser.EXPERT).get(CATEGORIES + "/mentoring").then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Наставничество"))
                .body("parentCode", equalTo("personnel"))
                .body("sortOrder", is(20));
    }

    @Test
    void parentCodeListsTheGroupsCategories() {
        as(TestUser.VIEWER).queryParam("parentCode", "professional-deficits").get(CATEGORIES).then().statusCode(200)
                .body("items", hasSize(4))
                .body("items.parentCode", everyItem(equalTo("professional-deficits")))
                .body("items.code", hasItems("deficits-subject", "deficits-methodical", "deficits-psychological",
                        "deficits-communicative"));
        as(TestUser.VIEWER).queryParam("parentCode", "no-such-group").get(CATEGORIES).then().statusCode(400)
                .body("errors[0].field", equalTo("parentCode"));
        as(TestUser.VIEWER).queryParam("q", "наставн").get(CATEGORIES).then().statusCode(200)
                .body("items.code", hasItem("mentoring"));
        as(TestUser.VIEWER).queryParam("sort", "name,desc").get(CATEGORIES).then().statusCode(200);
    }

    @Test
    void badPagingAndSortAreA400() {
        as(TestUser.VIEWER).queryParam("size", 101).get(CATEGORIES).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        as(TestUser.VIEWER).queryParam("page", "-1").get(CATEGORIES).then().statusCode(400)
                .body("errors[0].field", equalTo("page"));
        as(TestUser.VIEWER).queryParam("sort", "version").get(CATEGORIES).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void adminCreatesUpdatesAndDeletesACategory() {
        String group = createGroup();
        String code = uniqueCode("peer");
        Map<String, Object> body = category(code, group);
        as(TestUser.ADMIN).body(body).post(CATEGORIES).then().statusCode(201)
                .header("Location", containsString("/api/v1/categories/" + code))
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("parentCode", equalTo(group))
                .body("createdBy", equalTo("admin"));

        body.put("name", "Сетевое наставничество");
        body.put("sortOrder", 510);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(body).put(CATEGORIES + "/" + code).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("Сетевое наставничество"))
                .body("sortOrder", is(510));

        as(TestUser.VIEWER).get(CATEGORIES + "/" + code + "/history").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].action", equalTo("UPDATED"))
                .body("[0].changes.field", hasItems("name", "sortOrder"))
                .body("[1].action", equalTo("CREATED"));

        as(TestUser.ADMIN).header("If-Match", "\"1\"").delete(CATEGORIES + "/" + code).then().statusCode(204);
        as(TestUser.VIEWER).get(CATEGORIES + "/" + code).then().statusCode(404);
        as(TestUser.VIEWER).get(CATEGORIES + "/" + code + "/history").then().statusCode(200)
                .body("[0].action", equalTo("DELETED"));
    }

    @Test
    void eachValidationRuleNamesItsField() {
        String group = createGroup();
        String child = createCategory(group);

        Map<String, Object> noCode = category(null, group);
        as(TestUser.ADMIN).body(noCode).post(CATEGORIES).then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
        for (String bad : List.of("Mentoring", "a", "наставничество", "with space", "under_score")) {
            as(TestUser.ADMIN).body(category(bad, group)).post(CATEGORIES).then().statusCode(400)
                    .body("errors[0].field", equalTo("code"));
        }
        as(TestUser.ADMIN).body(category("x".repeat(61), group)).post(CATEGORIES).then().statusCode(400)
                .body("errors.field", hasItem("code"));
        as(TestUser.ADMIN).body(category("mentoring", "personnel")).post(CATEGORIES).then().statusCode(400)
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].message", containsString("mentoring"));

        Map<String, Object> blankName = category(uniqueCode("c"), group);
        blankName.put("name", " ");
        as(TestUser.ADMIN).body(blankName).post(CATEGORIES).then().statusCode(400)
                .body("errors.field", hasItem("name"));
        Map<String, Object> longName = category(uniqueCode("c"), group);
        longName.put("name", "Н".repeat(301));
        as(TestUser.ADMIN).body(longName).post(CATEGORIES).then().statusCode(400)
                .body("errors.field", hasItem("name"));
        Map<String, Object> longNameEn = category(uniqueCode("c"), group);
        longNameEn.put("nameEn", "M".repeat(301));
        as(TestUser.ADMIN).body(longNameEn).post(CATEGORIES).then().statusCode(400)
                .body("errors.field", hasItem("nameEn"));
        for (Object order : new Object[] {-1, 100001, "первый", null}) {
            Map<String, Object> badOrder = category(uniqueCode("c"), group);
            badOrder.put("sortOrder", order);
            as(TestUser.ADMIN).body(badOrder).post(CATEGORIES).then().statusCode(400)
                    .body("errors.field", hasItem("sortOrder"));
        }

        as(TestUser.ADMIN).body(category(uniqueCode("c"), "no-such-group")).post(CATEGORIES).then().statusCode(400)
                .body("errors[0].field", equalTo("parentCode"));
        // Two levels only: a category of a group cannot be a group itself.
        as(TestUser.ADMIN).body(category(uniqueCode("c"), child)).post(CATEGORIES).then().statusCode(400)
                .body("errors[0].field", equalTo("parentCode"))
                .body("errors[0].message", containsString(group));
        // A group with categories cannot move under another group.
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(category(group, "personnel")).put(CATEGORIES + "/" + group)
                .then().statusCode(400).body("errors[0].field", equalTo("parentCode"));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(category(child, child)).put(CATEGORIES + "/" + child)
                .then().statusCode(400).body("errors[0].field", equalTo("parentCode"));
        // The code is the address and never changes.
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(category(uniqueCode("other"), group))
                .put(CATEGORIES + "/" + child).then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void aCategoryMayMoveToAnotherGroupAndAnEmptyGroupMayBecomeACategory() {
        String group = createGroup();
        String child = createCategory(group);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(category(child, "support")).put(CATEGORIES + "/" + child)
                .then().statusCode(200).body("parentCode", equalTo("support"));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(category(group, "personnel")).put(CATEGORIES + "/" + group)
                .then().statusCode(200).body("parentCode", equalTo("personnel"));
    }

    @Test
    void missingCategoryIs404() {
        as(TestUser.VIEWER).get(CATEGORIES + "/no-such-category").then().statusCode(404)
                .contentType("application/problem+json");
        as(TestUser.VIEWER).get(CATEGORIES + "/no-such-category/history").then().statusCode(404);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(category("no-such-category", null))
                .put(CATEGORIES + "/no-such-category").then().statusCode(404);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(CATEGORIES + "/no-such-category").then().statusCode(404);
    }

    @Test
    void staleVersionIs412AndMissingVersionIs428() {
        String group = createGroup();
        Map<String, Object> renamed = category(group, null);
        renamed.put("name", "Кадровый резерв");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(renamed).put(CATEGORIES + "/" + group)
                .then().statusCode(200).header("ETag", "\"1\"");
        as(TestUser.ADMIN).header("If-Match", "\"0\"").body(category(group, null)).put(CATEGORIES + "/" + group)
                .then().statusCode(412).body("details.currentVersion", is(1));
        as(TestUser.VIEWER).get(CATEGORIES + "/" + group).then().body("name", equalTo("Кадровый резерв"));
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(CATEGORIES + "/" + group).then().statusCode(412);
        as(TestUser.ADMIN).body(category(group, null)).put(CATEGORIES + "/" + group).then().statusCode(428);
        as(TestUser.ADMIN).delete(CATEGORIES + "/" + group).then().statusCode(428);
        Map<String, Object> withVersion = category(group, null);
        withVersion.put("version", 1);
        as(TestUser.ADMIN).body(withVersion).put(CATEGORIES + "/" + group).then().statusCode(200);
    }

    @Test
    void anonymousIs401AndOnlyAdministratorsWrite() {
        anonymous().get(CATEGORIES).then().statusCode(401);
        anonymous().body(category(uniqueCode("c"), null)).post(CATEGORIES).then().statusCode(401);
        String group = createGroup();
        for (TestUser user : List.of(TestUser.VIEWER, TestUser.EXPERT, TestUser.COORDINATOR_27)) {
            as(user).body(category(uniqueCode("c"), null)).post(CATEGORIES).then().statusCode(403)
                    .contentType("application/problem+json");
            as(user).header("If-Match", "\"0\"").body(category(group, null)).put(CATEGORIES + "/" + group)
                    .then().statusCode(403);
            as(user).header("If-Match", "\"0\"").delete(CATEGORIES + "/" + group).then().statusCode(403);
        }
        as(TestUser.VIEWER).get(CATEGORIES + "/" + group).then().statusCode(200).body("version", is(0));
    }

    @Test
    void aCategoryInUseOrAGroupWithCategoriesIsNotDeleted() {
        String group = createGroup();
        String child = createCategory(group);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(CATEGORIES + "/" + group).then().statusCode(409)
                .body("details.dependents[0].type", equalTo("childCategories"))
                .body("details.dependents[0].count", is(1));

        Map<String, Object> deficit = DeficitData.deficit("27");
        deficit.put("categoryCodes", List.of(child));
        DeficitData.create(deficit);
        DeficitData.insertPractice("22", child);
        as(TestUser.ADMIN).header("If-Match", "\"0\"").delete(CATEGORIES + "/" + child).then().statusCode(409)
                .body("details.dependents.type", hasItems("deficits", "practices"))
                .body("detail", containsString("дефициты"));
        as(TestUser.VIEWER).get(CATEGORIES + "/" + child).then().statusCode(200);
    }
}
