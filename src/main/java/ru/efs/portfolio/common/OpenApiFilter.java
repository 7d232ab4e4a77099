package ru.efs.portfolio.common;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Completes the generated OpenAPI document so that every {@code /api/v1} operation tells the whole truth
 * about how it can fail, who may call it and what it answers, without repeating that on every resource:
 * <ul>
 * <li>the standard problem responses (400, 401, 403, 404, 409, 412, 428, 429, 500, 503) an operation can give, as
 * {@code application/problem+json} with Russian examples;</li>
 * <li>security: sign-in needs none, every other operation keeps the global requirement; the roles that
 * {@code @RolesAllowed} names move to {@code x-roles} and the 403 description;</li>
 * <li>success responses: a description, {@code 204} for deletes, and for operations that answer a
 * {@code Response} the object schema {@code X} of a resource whose request schema is {@code XRequest};</li>
 * <li>limits the code enforces but the scanner cannot see (numeric ids, If-Match, date formats), and documented
 * defaults for response-only schemas (see docs/checks.md).</li>
 * </ul>
 * Anything a resource declares itself is kept.
 */
public class OpenApiFilter implements OASFilter {

    static final String API_PREFIX = "/api/v1/";
    static final String LOGIN_PATH = "/api/v1/auth/login";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    static final String TYPE_BASE = "https://efs.example/problems/";

    /** Limits for response-only schemas that declare none: documentation defaults, see docs/checks.md. */
    static final int RESPONSE_STRING_MAX_LENGTH = 10000;
    static final int RESPONSE_ARRAY_MAX_ITEMS = 1000;
    /** Longest value a query, path or header parameter of this API takes when it declares no limit itself. */
    static final int PARAMETER_MAX_LENGTH = 200;

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final Set<String> DEFAULT_DESCRIPTIONS = Set.of("OK", "Created", "No Content", "Accepted");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        Map<String, Schema> schemas = components.getSchemas() == null ? Map.of() : components.getSchemas();
        Map<String, PathItem> paths = new TreeMap<>(openAPI.getPaths().getPathItems());

        boolean anyApiOperation = false;
        for (Map.Entry<String, PathItem> path : paths.entrySet()) {
            if (!path.getKey().startsWith(API_PREFIX) || path.getValue().getOperations() == null) {
                continue;
            }
            limitParameters(path.getValue().getParameters());
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                anyApiOperation = true;
                Endpoint endpoint = new Endpoint(path.getKey(), operation.getKey(), operation.getValue());
                limitParameters(endpoint.operation.getParameters());
                secure(endpoint);
                describeSuccess(endpoint, paths, schemas);
                describeFiles(endpoint);
                addProblems(endpoint);
            }
        }
        if (anyApiOperation) {
            addSharedResponses(components);
            declareRateLimits(paths, components);
        }
        limitSchemas(openAPI, paths, schemas);
    }

    /** One operation and where it lives. */
    private record Endpoint(String path, PathItem.HttpMethod method, Operation operation) {

        boolean login() {
            return LOGIN_PATH.equals(path) && method == PathItem.HttpMethod.POST;
        }

        boolean hasPathParameter() {
            return path.contains("{");
        }

        boolean write() {
            return method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                    || method == PathItem.HttpMethod.DELETE || method == PathItem.HttpMethod.PATCH;
        }

        boolean takesIfMatch() {
            return operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
        }

        /** Could be a create: a POST outside sign-in. */
        boolean create() {
            return method == PathItem.HttpMethod.POST && !path.startsWith(API_PREFIX + "auth/");
        }
    }

    // ---- Security ----

    private static void secure(Endpoint endpoint) {
        Operation operation = endpoint.operation;
        Set<String> roles = new LinkedHashSet<>();
        if (operation.getSecurity() != null) {
            for (SecurityRequirement requirement : operation.getSecurity()) {
                if (requirement.getSchemes() != null) {
                    requirement.getSchemes().values().forEach(scopes -> {
                        if (scopes != null) {
                            roles.addAll(scopes);
                        }
                    });
                }
            }
        }
        if (endpoint.login()) {
            operation.setSecurity(new ArrayList<>());
            return;
        }
        // Every other operation takes any of the global ways to sign in; roles are not OAuth scopes.
        operation.setSecurity(null);
        if (!roles.isEmpty() && (operation.getExtensions() == null || !operation.getExtensions().containsKey("x-roles"))) {
            operation.addExtension("x-roles", new ArrayList<>(roles));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> rolesOf(Operation operation) {
        Object roles = operation.getExtensions() == null ? null : operation.getExtensions().get("x-roles");
        return roles instanceof List<?> list ? (List<String>) list : List.of();
    }

    // ---- Success responses ----

    private static void describeSuccess(Endpoint endpoint, Map<String, PathItem> paths, Map<String, Schema> schemas) {
        APIResponses responses = endpoint.operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            endpoint.operation.setResponses(responses);
        }
        Map<String, APIResponse> current = responses.getAPIResponses() == null
                ? new LinkedHashMap<>() : new LinkedHashMap<>(responses.getAPIResponses());
        APIResponse ok = current.get("200");
        boolean bare = ok != null && ok.getRef() == null && ok.getContent() == null;
        String objectSchema = bare ? inferredObjectSchema(endpoint, paths, schemas) : jsonSchemaOf(ok);

        if (bare && endpoint.method == PathItem.HttpMethod.DELETE) {
            current.remove("200");
            current.put("204", ok);
        } else if (endpoint.create() && ok != null && ok.getRef() == null && !current.containsKey("201")
                && objectSchema != null && (objectSchema + "Request").equals(requestSchemaOf(endpoint.operation))) {
            // A create (POST of XRequest answering X) answers 201 with Location, by the API conventions.
            current.remove("200");
            current.put("201", bare ? ok.content(json(objectSchema)) : ok);
            Schema location = OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference").maxLength(2000);
            String example = itemExample(objectSchema, paths);
            if (example != null) {
                location.examples(List.of(example));
            }
            if (ok.getHeaders() == null || !ok.getHeaders().containsKey("Location")) {
                ok.addHeader("Location", OASFactory.createHeader()
                        .description("Адрес созданного объекта / Address of the created object").schema(location));
            }
        } else if (bare && objectSchema != null) {
            ok.content(json(objectSchema));
        }
        for (String code : List.of("200", "201")) {
            APIResponse response = current.get(code);
            String schema = jsonSchemaOf(response);
            // One object that has a version is always sent through common.Versioned, with its ETag.
            if (schema != null && hasVersion(schemas.get(schema)) && response.getRef() == null
                    && (response.getHeaders() == null || !response.getHeaders().containsKey("ETag"))) {
                response.addHeader("ETag", OASFactory.createHeader()
                        .description("Версия объекта для If-Match / Object version for If-Match")
                        .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(24)
                                .pattern("^\"\\d{1,19}\"$").examples(List.of("\"3\""))));
            }
        }
        for (Map.Entry<String, APIResponse> entry : current.entrySet()) {
            APIResponse response = entry.getValue();
            if (entry.getKey().startsWith("2") && response.getRef() == null
                    && (response.getDescription() == null || DEFAULT_DESCRIPTIONS.contains(response.getDescription()))) {
                response.setDescription(successDescription(endpoint, entry.getKey()));
            }
        }
        responses.setAPIResponses(current);
    }

    /** Media types a list answers with a file of all its rows ({@code common/export/Exports}). */
    private static final Set<String> FILE_TYPES = Set.of(ru.efs.portfolio.common.export.FileFormat.XLSX_TYPE,
            ru.efs.portfolio.common.export.FileFormat.CSV_TYPE);

    /** A list's spreadsheet and CSV answers are files, not its JSON page: binary, with their file name. */
    private static void describeFiles(Endpoint endpoint) {
        APIResponse ok = endpoint.operation.getResponses() == null ? null
                : endpoint.operation.getResponses().getAPIResponse("200");
        if (ok == null || ok.getContent() == null || ok.getContent().getMediaTypes() == null
                || !ok.getContent().getMediaTypes().containsKey("application/json")) {
            return; // a list answers JSON too; an operation that answers only a file describes it itself
        }
        boolean files = false;
        for (Map.Entry<String, org.eclipse.microprofile.openapi.models.media.MediaType> type
                : ok.getContent().getMediaTypes().entrySet()) {
            if (FILE_TYPES.contains(type.getKey())) {
                files = true;
                type.getValue().setSchema(OASFactory.createSchema().addType(SchemaType.STRING).format("binary")
                        .maxLength(1 << 30).description("Все строки списка с его фильтрами и сортировкой / "
                                + "All the list's rows with its filters and sort"));
                type.getValue().setExamples(null);
                type.getValue().setExample(null);
            }
        }
        if (files && (ok.getHeaders() == null || !ok.getHeaders().containsKey("Content-Disposition"))) {
            ok.addHeader("Content-Disposition", OASFactory.createHeader()
                    .description("Имя файла выгрузки (для xlsx и csv) / File name of an export (xlsx and csv)")
                    .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(300)
                            .examples(List.of("attachment; filename=\"deficits-2026-12-03.xlsx\""))));
        }
    }

    private static String successDescription(Endpoint endpoint, String code) {
        return switch (code) {
            case "201" -> "Создано; адрес нового объекта — в заголовке Location / Created; the new object's address is in the Location header";
            case "204" -> endpoint.method == PathItem.HttpMethod.DELETE
                    ? "Удалено / Deleted" : "Выполнено / Done";
            default -> switch (endpoint.method) {
                case GET -> endpoint.path.endsWith("}") ? "Объект / The object" : "Запрошенные сведения / The requested data";
                case PUT, PATCH -> "Объект после изменения / The object after the change";
                default -> "Выполнено / Done";
            };
        };
    }

    /**
     * For an operation that answers a bare {@code Response}: the object schema {@code X} of a resource whose writes
     * take {@code XRequest}, answered by its create, its update and its get-by-id.
     */
    private static String inferredObjectSchema(Endpoint endpoint, Map<String, PathItem> paths, Map<String, Schema> schemas) {
        String requestSchema = switch (endpoint.method) {
            case POST -> requestSchemaOf(endpoint.operation);
            case PUT -> endpoint.path.endsWith("}") ? requestSchemaOf(endpoint.operation) : null;
            case GET -> {
                Operation put = paths.get(endpoint.path).getPUT();
                yield put == null || !endpoint.path.endsWith("}") ? null : requestSchemaOf(put);
            }
            default -> null;
        };
        if (requestSchema == null || !requestSchema.endsWith("Request")) {
            return null;
        }
        String object = requestSchema.substring(0, requestSchema.length() - "Request".length());
        return schemas.containsKey(object) ? object : null;
    }

    /** The component a response's JSON body refers to, if it is one. */
    private static String jsonSchemaOf(APIResponse response) {
        if (response == null || response.getContent() == null) {
            return null;
        }
        MediaType json = response.getContent().getMediaType("application/json");
        if (json == null || json.getSchema() == null || json.getSchema().getRef() == null) {
            return null;
        }
        String ref = json.getSchema().getRef();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static String requestSchemaOf(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        MediaType json = operation.getRequestBody().getContent().getMediaType("application/json");
        if (json == null || json.getSchema() == null || json.getSchema().getRef() == null) {
            return null;
        }
        String ref = json.getSchema().getRef();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** Where an object of schema {@code X} lives: the get-by-id answering it, e.g. {@code /api/v1/subjects/12}. */
    private static String itemExample(String schema, Map<String, PathItem> paths) {
        for (Map.Entry<String, PathItem> path : paths.entrySet()) {
            Operation get = path.getValue().getGET();
            if (path.getKey().endsWith("}") && get != null && get.getResponses() != null
                    && schema.equals(jsonSchemaOf(get.getResponses().getAPIResponse("200")))) {
                String name = path.getKey().substring(path.getKey().lastIndexOf('{') + 1, path.getKey().length() - 1);
                Object id = get.getParameters() == null ? null : get.getParameters().stream()
                        .filter(p -> p.getIn() == Parameter.In.PATH && name.equals(p.getName()) && p.getExample() != null)
                        .map(Parameter::getExample).findFirst().orElse(null);
                return path.getKey().substring(0, path.getKey().lastIndexOf('{')) + (id == null ? "12" : id);
            }
        }
        return null;
    }

    private static boolean hasVersion(Schema schema) {
        return schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version");
    }

    private static Content json(String schemaName) {
        return OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(schemaName)));
    }

    // ---- Problem responses ----

    private static void addProblems(Endpoint endpoint) {
        APIResponses responses = endpoint.operation.getResponses();
        Map<String, APIResponse> current = new LinkedHashMap<>(responses.getAPIResponses());
        Map<String, APIResponse> wanted = new LinkedHashMap<>();
        wanted.put("400", shared("BadRequest"));
        if (endpoint.login()) {
            wanted.put("401", problem("Неверный логин или пароль / Wrong login or password",
                    Map.of("badCredentials", example("Неверный логин или пароль", "bad-credentials",
                            "Требуется вход", 401, "Неверный логин или пароль.", endpoint.path, null))));
        } else {
            wanted.put("401", shared("Unauthorized"));
            wanted.put("403", forbidden(endpoint));
        }
        if (endpoint.hasPathParameter()) {
            wanted.put("404", shared("NotFound"));
        }
        boolean versioned = endpoint.method == PathItem.HttpMethod.PUT || endpoint.method == PathItem.HttpMethod.DELETE
                || endpoint.method == PathItem.HttpMethod.PATCH || endpoint.takesIfMatch();
        boolean conflicts = versioned || (endpoint.method == PathItem.HttpMethod.POST
                && !endpoint.path.startsWith(API_PREFIX + "auth/"));
        if (conflicts) {
            wanted.put("409", shared("Conflict"));
        }
        if (versioned) {
            wanted.put("412", shared("PreconditionFailed"));
            wanted.put("428", shared("PreconditionRequired"));
        }
        // The HTTP layer's limits (common/HttpLayerProblems) hold for every request, the body's where one is sent.
        if (endpoint.operation.getRequestBody() != null) {
            wanted.put("413", shared("ContentTooLarge"));
        }
        wanted.put("414", shared("UriTooLong"));
        wanted.put("431", shared("HeadersTooLarge"));
        // Any operation can be called with HTTP Basic, and Basic is under the sign-in throttle.
        wanted.put("429", shared("TooManySignIns"));
        wanted.put("500", shared("InternalError"));
        wanted.put("503", shared("ServiceUnavailable"));

        for (Map.Entry<String, APIResponse> entry : wanted.entrySet()) {
            APIResponse existing = current.get(entry.getKey());
            // The scanner's own 400/401/403 say only "Bad Request" and carry no body: replace them.
            if (existing == null || (existing.getRef() == null && existing.getContent() == null)) {
                current.put(entry.getKey(), entry.getValue());
            }
        }
        Map<String, APIResponse> sorted = new TreeMap<>(Comparator.naturalOrder());
        sorted.putAll(current);
        responses.setAPIResponses(new LinkedHashMap<>(sorted));
    }

    private static APIResponse forbidden(Endpoint endpoint) {
        List<String> roles = rolesOf(endpoint.operation);
        String instance = endpoint.path.replaceAll("\\{[^}]+}", "12");
        Map<String, Example> examples = new LinkedHashMap<>();
        String description;
        if (roles.isEmpty()) {
            description = "Доступ запрещён (доступно любому вошедшему пользователю) / Forbidden (open to any signed-in user)";
            if (!endpoint.write()) {
                examples.put("forbidden", example("Нет прав / No rights", "forbidden", "Доступ запрещён", 403,
                        "У вас нет прав на это действие.", instance, null));
            }
        } else {
            String list = String.join(", ", roles);
            description = "Доступ запрещён (доступно ролям: " + list + ") / Forbidden (allowed roles: " + list + ")";
            examples.put("role", example("Роли не разрешено / Role not allowed", "forbidden", "Доступ запрещён", 403,
                    "Вашей роли это действие не разрешено.", instance, null));
        }
        if (endpoint.write() && roles.contains("REGIONAL_COORDINATOR")) {
            examples.put("otherRegion", example("Чужой регион / Another region", "forbidden", "Доступ запрещён", 403,
                    "Координатор региона 27 может изменять только данные своего региона, а это данные региона 25.",
                    instance, null));
        }
        if (endpoint.write()) {
            examples.put("csrf", example("Нет CSRF-токена / No CSRF token", "csrf", "Запрос без CSRF-токена", 403,
                    "Изменяющий запрос из браузера должен нести заголовок X-CSRF-Token текущей сессии.", instance, null));
        }
        return problem(description, examples);
    }

    private static APIResponse shared(String name) {
        return OASFactory.createAPIResponse().ref(name);
    }

    private static void addSharedResponses(Components components) {
        Map<String, APIResponse> shared = new TreeMap<>();
        shared.put("BadRequest", problem("Некорректный запрос: поле и причина в errors, или адрес не по RFC 3986 / "
                + "Invalid request: the field and the reason are in errors, or an address not as RFC 3986 spells it",
                Map.of("validation", example("Ошибка в поле / Invalid field", "validation", "Некорректный запрос", 400,
                        "Проверьте поля запроса.", "/api/v1/subjects",
                        List.of(ordered("field", "regionCode", "message", "Нет региона с кодом 99."))),
                        "badAddress", example("Неверная %-последовательность / Broken percent-escape", "bad-address",
                        "Некорректный адрес", 400, "В адресе запроса есть символы, которые нужно закодировать, или "
                        + "знак % без двух шестнадцатеричных цифр (RFC 3986).", "/api/v1/subjects/%zz", null))));
        // The HTTP layer's own refusals (common/HttpLayerProblems), with the shipped limits in the examples.
        shared.put("ContentTooLarge", problem("Тело запроса больше допустимого; соединение закрывается / "
                + "The request body is larger than allowed; the connection is closed",
                Map.of("tooLarge", example("Большое тело / Large body", "http-413", "Слишком большой запрос", 413,
                        "Тело запроса превышает допустимый размер.", "/api/v1/subjects", null))));
        shared.put("UriTooLong", problem("Адрес запроса длиннее EFS_HTTP_MAX_URI_LENGTH / "
                + "The request address is longer than EFS_HTTP_MAX_URI_LENGTH",
                Map.of("uriTooLong", example("Длинный адрес / Long address", "http-414", "Слишком длинный адрес", 414,
                        "Адрес запроса (путь и параметры) длиннее 4096 символов.", "/api/v1/subjects", null))));
        shared.put("HeadersTooLarge", problem("Заголовки запроса больше EFS_HTTP_MAX_HEADER_SIZE / "
                + "The request headers are larger than EFS_HTTP_MAX_HEADER_SIZE",
                Map.of("headersTooLarge", example("Большие заголовки / Large headers", "http-431",
                        "Слишком большие заголовки", 431, "Заголовки запроса вместе больше 20480 байт.",
                        "/api/v1/subjects", null))));
        APIResponse unauthorized = problem("Требуется вход / Sign-in required",
                Map.of("unauthorized", example("Нет входа / Not signed in", "unauthorized", "Требуется вход", 401,
                        "Войдите в систему: HTTP Basic, токен Bearer или вход через браузер.", "/api/v1/subjects", null)));
        unauthorized.addHeader("WWW-Authenticate", OASFactory.createHeader()
                .description("Предложение войти по HTTP Basic (без X-Requested-With) / HTTP Basic challenge (without X-Requested-With)")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(100)
                        .examples(List.of("Basic realm=\"EFS\", charset=\"UTF-8\""))));
        shared.put("Unauthorized", unauthorized);
        shared.put("NotFound", problem("Объект не найден / Not found",
                Map.of("notFound", example("Нет такого объекта / No such object", "not-found", "Не найдено", 404,
                        "Нет субъекта ЕФС с идентификатором 12.", "/api/v1/subjects/12", null))));
        Map<String, Example> conflicts = new LinkedHashMap<>();
        conflicts.put("dependents", example("Есть зависимые объекты / Others depend on it", "conflict", "Конфликт", 409,
                "Субъект нельзя удалить: от него зависят люди: 3.", "/api/v1/subjects/12", null,
                ordered("dependents", List.of(ordered("type", "people", "count", 3)))));
        conflicts.put("duplicate", example("Такое значение уже есть / Such a value exists", "conflict", "Конфликт", 409,
                "Изменение противоречит уже сохранённым данным (например, такое значение уже есть).", "/api/v1/subjects", null));
        conflicts.put("concurrentChange", example("Одновременное изменение / Concurrent change", "concurrent-change",
                "Конфликт", 409,
                "Объект одновременно изменил другой пользователь. Загрузите его заново и повторите изменение.",
                "/api/v1/subjects/12", null));
        conflicts.put("transition", example("Недопустимый переход / Invalid transition", "invalid-transition",
                "Недопустимый переход", 409, "Сессию в статусе «Проведена» нельзя вернуть в «Запланирована».",
                "/api/v1/sessions/7/transitions",
                List.of(ordered("field", "to", "message", "Сессию в статусе «Проведена» нельзя вернуть в «Запланирована»."))));
        shared.put("Conflict", problem("Конфликт с сохранёнными данными / Conflict with stored data", conflicts));
        shared.put("PreconditionFailed", problem("Объект уже изменён другим пользователем; изменение не сохранено / The object was changed by someone else; nothing was saved",
                Map.of("stale", example("Устаревшая версия / Stale version", "stale-version", "Объект уже изменён", 412,
                        "Объект изменил пользователь coordinator27 (11.10.2023 09:30:00 UTC): текущая версия 4, а вы изменяли версию 3. Загрузите его заново — ваши данные не сохранены.",
                        "/api/v1/subjects/12", null))));
        shared.put("PreconditionRequired", problem("Не указана версия объекта: нужен If-Match или поле version / No object version: If-Match or the version field is required",
                Map.of("noVersion", example("Нет версии / No version", "precondition-required", "Нужна версия объекта", 428,
                        "Укажите версию, которую вы видели: заголовок If-Match или поле version.", "/api/v1/subjects/12", null))));
        shared.put("InternalError", problem("Внутренняя ошибка (всегда ошибка сервиса) / Internal error (always a bug of the service)",
                Map.of("internal", example("Сбой / Failure", "internal", "Внутренняя ошибка", 500,
                        "Сервис не смог выполнить запрос. Ошибка записана в журнал.", "/api/v1/subjects", null))));
        APIResponse unavailable = problem("Сервис перегружен: все соединения с базой заняты дольше 5 с; повторите запрос через Retry-After / Service busy: every database connection stayed taken for over 5 s; repeat after Retry-After",
                Map.of("busy", example("Перегрузка / Busy", "unavailable", "Сервис перегружен", 503,
                        "Сервис сейчас перегружен и не смог принять запрос. Повторите его через секунду.",
                        "/api/v1/influence/map", null)));
        unavailable.addHeader("Retry-After", OASFactory.createHeader()
                .description("Через сколько секунд повторить / Seconds to wait before repeating")
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32").minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(3600)).examples(List.of(1))));
        shared.put("ServiceUnavailable", unavailable);
        APIResponse throttled = problem("Слишком много неудачных попыток входа с этого адреса или в эту "
                + "учётную запись; до Retry-After отклоняется и верный пароль / Too many failed sign-ins from this address or to this "
                + "account; until Retry-After even the right password is refused",
                Map.of("throttled", example("Подбор пароля / Password guessing", "too-many-sign-ins",
                        "Слишком много попыток входа", 429,
                        "Слишком много неудачных попыток входа. Повторите через 4 с.", "/api/v1/auth/login", null)));
        throttled.addHeader("Retry-After", OASFactory.createHeader()
                .description("Через сколько секунд повторить / Seconds to wait before repeating")
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32").minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(86400)).examples(List.of(4))));
        shared.put("TooManySignIns", throttled);
        Map<String, APIResponse> all = new TreeMap<>(shared);
        if (components.getResponses() != null) {
            all.putAll(components.getResponses());
        }
        components.setResponses(all);
    }

    // ---- Rate-limit headers of the sign-in operations (security/SignInThrottle sends them on every answer) ----

    static final List<String> SIGN_IN_PATHS = List.of(LOGIN_PATH, "/api/v1/auth/tokens");

    private static void declareRateLimits(Map<String, PathItem> paths, Components components) {
        Map<String, Header> headers = new TreeMap<>();
        if (components.getHeaders() != null) {
            headers.putAll(components.getHeaders());
        }
        headers.put("RateLimit-Limit", rateHeader("Сколько неудачных входов допускается без задержки / Failed "
                + "sign-ins allowed before delays start", 5));
        headers.put("RateLimit-Remaining", rateHeader("Сколько из них осталось (0 — вход задержан) / How many of "
                + "them are left (0: sign-in is delayed)", 4));
        headers.put("RateLimit-Reset", rateHeader("Через сколько секунд счётчик неудач обнулится / Seconds until "
                + "the failures are forgotten", 900));
        components.setHeaders(headers);
        for (String path : SIGN_IN_PATHS) {
            PathItem item = paths.get(path);
            Operation operation = item == null ? null : item.getPOST();
            if (operation == null || operation.getResponses() == null) {
                continue;
            }
            Map<String, APIResponse> responses = new LinkedHashMap<>(operation.getResponses().getAPIResponses());
            for (Map.Entry<String, APIResponse> entry : responses.entrySet()) {
                if (!entry.getKey().startsWith("2") && !entry.getKey().startsWith("4")) {
                    continue;
                }
                APIResponse response = entry.getValue();
                if (response.getRef() != null) {
                    // A shared response is copied: the headers are true of the sign-in operations only.
                    APIResponse original = components.getResponses()
                            .get(response.getRef().substring(response.getRef().lastIndexOf('/') + 1));
                    response = OASFactory.createAPIResponse().description(original.getDescription())
                            .content(original.getContent());
                    if (original.getHeaders() != null) {
                        response.setHeaders(new LinkedHashMap<>(original.getHeaders()));
                    }
                    entry.setValue(response);
                }
                for (String name : List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")) {
                    response.addHeader(name, OASFactory.createHeader().ref(name));
                }
            }
            operation.getResponses().setAPIResponses(responses);
        }
    }

    private static Header rateHeader(String description, int example) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(Integer.MAX_VALUE))
                        .examples(List.of(example)));
    }

    private static APIResponse problem(String description, Map<String, Example> examples) {
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        media.setExamples(new TreeMap<>(examples));
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM_JSON, media));
    }

    private static Example example(String summary, String type, String title, int status, String detail,
            String instance, List<Map<String, Object>> errors) {
        return example(summary, type, title, status, detail, instance, errors, null);
    }

    private static Example example(String summary, String type, String title, int status, String detail,
            String instance, List<Map<String, Object>> errors, Map<String, Object> details) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", TYPE_BASE + type);
        value.put("title", title);
        value.put("status", status);
        value.put("detail", detail);
        value.put("instance", instance);
        if (errors != null) {
            value.put("errors", errors);
        }
        if (details != null) {
            value.put("details", details);
        }
        return OASFactory.createExample().summary(summary).value(value);
    }

    /** A map that keeps its keys in the given order, so that the generated document is the same every time. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    // ---- Parameter limits ----

    private static void limitParameters(List<Parameter> parameters) {
        if (parameters == null) {
            return;
        }
        for (Parameter parameter : parameters) {
            Schema schema = parameter.getSchema();
            if (schema == null || schema.getRef() != null || !isString(schema) || bounded(schema)) {
                continue;
            }
            String name = parameter.getName();
            boolean idLike = "id".equals(name) || (name.endsWith("Id") && name.length() > 2);
            if (idLike && (parameter.getIn() == Parameter.In.PATH || parameter.getIn() == Parameter.In.QUERY)) {
                // Ids are parsed by common.Ids: a positive 64-bit number, anything else is a 400.
                schema.setType(List.of(SchemaType.INTEGER));
                schema.format("int64").minimum(BigDecimal.ONE).maximum(LONG_MAX);
                if (parameter.getExample() instanceof String example && example.matches("\\d{1,18}")) {
                    parameter.setExample(Long.valueOf(example));
                }
            } else if ("If-Match".equalsIgnoreCase(name)) {
                schema.maxLength(24).pattern("^(W/)?\"?\\d{1,19}\"?$");
            } else {
                schema.maxLength(PARAMETER_MAX_LENGTH);
            }
        }
    }

    private static boolean isString(Schema schema) {
        return schema.getType() != null && schema.getType().contains(SchemaType.STRING);
    }

    private static boolean bounded(Schema schema) {
        return schema.getMaxLength() != null || schema.getEnumeration() != null || schema.getConstValue() != null;
    }

    // ---- Schema limits ----

    private static void limitSchemas(OpenAPI openAPI, Map<String, PathItem> paths, Map<String, Schema> schemas) {
        Set<String> requestSchemas = requestReachable(paths, schemas);
        for (Map.Entry<String, Schema> entry : new TreeMap<>(schemas).entrySet()) {
            limit(entry.getValue(), !requestSchemas.contains(entry.getKey()), new HashSet<>());
        }
        for (PathItem item : paths.values()) {
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> limit(p.getSchema(), false, new HashSet<>()));
            }
            if (item.getOperations() == null) {
                continue;
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> limit(p.getSchema(), false, new HashSet<>()));
                }
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                    if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                        for (MediaType media : response.getContent().getMediaTypes().values()) {
                            limit(media.getSchema(), true, new HashSet<>());
                        }
                    }
                }
            }
        }
    }

    /**
     * What a format implies holds anywhere: date and time formats have a longest form, int32 and int64 their
     * range, an anchored fixed pattern its length. Response-only schemas also get documented defaults for what
     * they leave open; request schemas get none, so that Spectral points at a limit their code should declare.
     */
    private static void limit(Schema schema, boolean responseOnly, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getRef() == null && schema.getType() != null) {
            if (isString(schema) && !bounded(schema)) {
                if ("date-time".equals(schema.getFormat())) {
                    schema.maxLength(35); // 2023-10-11T09:30:00.123456789+03:00
                } else if ("date".equals(schema.getFormat())) {
                    schema.maxLength(10);
                } else if ("time".equals(schema.getFormat())) {
                    schema.maxLength(24);
                } else if ("uuid".equals(schema.getFormat())) {
                    schema.maxLength(36);
                } else if (patternMaxLength(schema.getPattern()) != null) {
                    schema.maxLength(patternMaxLength(schema.getPattern()));
                } else if (responseOnly) {
                    schema.maxLength(RESPONSE_STRING_MAX_LENGTH);
                }
            }
            if (responseOnly && schema.getType().contains(SchemaType.ARRAY) && schema.getMaxItems() == null) {
                schema.maxItems(RESPONSE_ARRAY_MAX_ITEMS);
            }
            if (schema.getType().contains(SchemaType.INTEGER)) {
                if (responseOnly && schema.getFormat() == null) {
                    schema.format("int64");
                }
                // An integer format bounds the value by itself: say so where no tighter bound is declared.
                boolean int32 = "int32".equals(schema.getFormat());
                if ((int32 || "int64".equals(schema.getFormat()))) {
                    if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                        schema.minimum(int32 ? INT_MIN : LONG_MIN);
                    }
                    if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                        schema.maximum(int32 ? INT_MAX : LONG_MAX);
                    }
                }
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> limit(p, responseOnly, seen));
        }
        limit(schema.getItems(), responseOnly, seen);
        limit(schema.getAdditionalPropertiesSchema(), responseOnly, seen);
        for (List<Schema> group : groups(schema)) {
            group.forEach(s -> limit(s, responseOnly, seen));
        }
    }

    /**
     * The longest string an anchored pattern made of single characters, escapes and classes with fixed bounds can
     * match ({@code ^\\d{2}$} → 2); null when it has no bound or is more complex than that.
     */
    static Integer patternMaxLength(String pattern) {
        if (pattern == null || !pattern.startsWith("^") || !pattern.endsWith("$") || pattern.endsWith("\\$")) {
            return null;
        }
        String body = pattern.substring(1, pattern.length() - 1);
        long total = 0;
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\') {
                if (i + 1 >= body.length()) {
                    return null;
                }
                i += 2;
            } else if (c == '[') {
                i = classEnd(body, i);
                if (i < 0) {
                    return null;
                }
            } else if ("()|*+?{}^$".indexOf(c) >= 0) {
                return null;
            } else {
                i++;
            }
            long times = 1;
            if (i < body.length() && body.charAt(i) == '?') {
                i++;
            } else if (i < body.length() && body.charAt(i) == '{') {
                int end = body.indexOf('}', i);
                if (end < 0) {
                    return null;
                }
                String[] bounds = body.substring(i + 1, end).split(",", -1);
                String upper = bounds[bounds.length - 1].trim();
                if (!upper.matches("\\d{1,6}")) {
                    return null;
                }
                times = Long.parseLong(upper);
                i = end + 1;
            }
            if (i < body.length() && "*+".indexOf(body.charAt(i)) >= 0) {
                return null;
            }
            total += times;
        }
        return total > 0 && total <= Integer.MAX_VALUE ? (int) total : null;
    }

    /** The index after the character class that starts at {@code start}, or -1 when it is nested or unclosed. */
    private static int classEnd(String body, int start) {
        int i = start + 1;
        if (i < body.length() && body.charAt(i) == '^') {
            i++;
        }
        if (i < body.length() && body.charAt(i) == ']') {
            i++;
        }
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '[') {
                return -1;
            } else if (c == ']') {
                return i + 1;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static List<List<Schema>> groups(Schema schema) {
        List<List<Schema>> groups = new ArrayList<>();
        if (schema.getAllOf() != null) {
            groups.add(schema.getAllOf());
        }
        if (schema.getAnyOf() != null) {
            groups.add(schema.getAnyOf());
        }
        if (schema.getOneOf() != null) {
            groups.add(schema.getOneOf());
        }
        return groups;
    }

    /** Names of the component schemas a request body or parameter can reach. */
    private static Set<String> requestReachable(Map<String, PathItem> paths, Map<String, Schema> schemas) {
        Deque<Schema> pending = new ArrayDeque<>();
        for (PathItem item : paths.values()) {
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> pending.add(p.getSchema()));
            }
            if (item.getOperations() == null) {
                continue;
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> pending.add(p.getSchema()));
                }
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                        && operation.getRequestBody().getContent().getMediaTypes() != null) {
                    operation.getRequestBody().getContent().getMediaTypes().values()
                            .forEach(media -> pending.add(media.getSchema()));
                }
            }
        }
        Set<String> names = new TreeSet<>();
        Set<Schema> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema == null || !seen.add(schema)) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (names.add(name) && schemas.get(name) != null) {
                    pending.add(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            if (schema.getItems() != null) {
                pending.add(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                pending.add(schema.getAdditionalPropertiesSchema());
            }
            groups(schema).forEach(pending::addAll);
        }
        return names;
    }
}
