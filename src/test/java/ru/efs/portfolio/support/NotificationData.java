package ru.efs.portfolio.support;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** Reading a test user's notifications through the API, as the app does. */
public final class NotificationData {

    public static final String NOTIFICATIONS = "/api/v1/notifications";

    private NotificationData() {
    }

    /** The user's newest hundred notifications. */
    public static List<Map<String, Object>> of(TestUser user) {
        return page(user).getList("items");
    }

    public static JsonPath page(TestUser user) {
        return Api.as(user).queryParam("size", 100).get(NOTIFICATIONS).then().statusCode(200).extract().jsonPath();
    }

    /** The user's notifications about one object, newest first. */
    public static List<Map<String, Object>> about(TestUser user, String objectType, long objectId) {
        return of(user).stream().filter(n -> objectType.equals(n.get("objectType"))
                && ((Number) n.get("objectId")).longValue() == objectId).toList();
    }

    /** The user's notifications of one kind about one object. */
    public static List<Map<String, Object>> about(TestUser user, String objectType, long objectId, String kind) {
        return about(user, objectType, objectId).stream().filter(n -> kind.equals(n.get("kind"))).toList();
    }

    public static long unreadCount(TestUser user) {
        return Api.as(user).get(NOTIFICATIONS + "/unread-count").then().statusCode(200)
                .extract().jsonPath().getLong("unreadCount");
    }

    public static void readAll(TestUser user) {
        Api.as(user).post(NOTIFICATIONS + "/read-all").then().statusCode(200);
    }

    /** Moves a project as the user, with its current version; answers the response's status. */
    public static int move(TestUser user, long projectId, String to, String comment) {
        int version = Api.as(TestUser.ADMIN).get(ProjectData.PROJECTS + "/" + projectId).then().statusCode(200)
                .extract().jsonPath().getInt("version");
        return Api.as(user).header("If-Match", "\"" + version + "\"").body(Map.of("to", to, "comment", comment))
                .post(ProjectData.PROJECTS + "/" + projectId + "/transitions").statusCode();
    }

    /** A complete project of the region brought to pre-defence by the administrator. */
    public static long projectAtPreDefense(String regionCode) {
        long id = ProjectData.createComplete(regionCode);
        ProjectData.move(id, "REFINEMENT");
        ProjectData.move(id, "PRE_DEFENSE");
        return id;
    }
}
