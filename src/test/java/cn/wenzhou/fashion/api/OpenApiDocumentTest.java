package cn.wenzhou.fashion.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.wenzhou.fashion.common.FieldError;
import cn.wenzhou.fashion.web.Problem;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The served OpenAPI document is one clients can be generated from, and that Redocly's recommended rules accept
 * (.ci/run lints the copy the build stores): every operation has its unique, readable operationId, a declared
 * security requirement and at least one 4xx response whose body is an RFC 7807 problem; the document names a
 * server. The expected operationIds and security are written out below, not derived from the code under test.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final String SCHEME = "keycloak";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    /**
     * "METHOD path operationId security", security being {@code bearer} (a token is required), {@code bearer:admin}
     * (a token with the admin role is required), {@code optional} (a token or none: signed-in users see more) or
     * {@code public} (no token is ever needed: {@code security: []}).
     */
    private static final String EXPECTED = """
            DELETE /api/designers/{id} deleteDesigner bearer
            DELETE /api/enterprises/{id} deleteEnterprise bearer
            DELETE /api/institutions/{id} deleteInstitution bearer
            DELETE /api/needs/{id} deleteNeed bearer
            GET /api/admin/audit readAuditLog bearer:admin
            GET /api/admin/index-events indexEvents bearer:admin
            POST /api/admin/index-events/retry retryIndexEvents bearer:admin
            DELETE /api/me closeAccount bearer
            GET /api/me/data exportPersonalData bearer
            GET /api/admin/users listUsers bearer:admin
            GET /api/claims listClaims bearer
            GET /api/claims/{id} getClaim bearer
            GET /api/cooperations listCooperations bearer
            GET /api/cooperations/{id} getCooperation bearer
            GET /api/designers listDesigners optional
            GET /api/designers/{id} getDesigner optional
            GET /api/designers/{id}/matches listDesignerMatches bearer
            GET /api/enterprises listEnterprises optional
            GET /api/enterprises/{id} getEnterprise optional
            GET /api/import/jobs/{id} getImportJob bearer:admin
            GET /api/institutions listInstitutions optional
            GET /api/institutions/{id} getInstitution optional
            GET /api/institutions/{id}/matches listInstitutionMatches bearer
            GET /api/me getCurrentUser bearer
            GET /api/needs listNeeds bearer
            GET /api/needs/{id} getNeed bearer
            GET /api/needs/{id}/matches listNeedMatches bearer
            GET /api/search searchRecords optional
            GET /api/statistics/funnel getFunnelStatistics bearer:admin
            GET /api/statistics/voucher-budgets getVoucherBudgetStatistics bearer:admin
            GET /api/needs/{id}/voucher-eligibility getNeedVoucherEligibility bearer
            GET /api/voucher-outreach listVoucherOutreach bearer:admin
            POST /api/voucher-outreach/refresh refreshVoucherOutreach bearer:admin
            PUT /api/voucher-budgets/{year}/{area} setVoucherBudget bearer:admin
            DELETE /api/voucher-budgets/{year}/{area} removeVoucherBudget bearer:admin
            GET /api/statistics/vouchers getVoucherStatistics bearer:admin
            GET /api/suggest listSuggestions optional
            GET /api/vouchers listVouchers bearer
            GET /api/vouchers/{id} getVoucher bearer
            POST /api/admin/reindex rebuildIndexes bearer:admin
            PUT /api/admin/users/{subject}/status setUserStatus bearer:admin
            POST /api/claims/{id}/approve approveClaim bearer
            POST /api/claims/{id}/reject rejectClaim bearer
            POST /api/cooperations requestCooperation bearer
            POST /api/cooperations/{id}/accept acceptCooperation bearer
            POST /api/cooperations/{id}/agreement proposeCooperationTerms bearer
            POST /api/cooperations/{id}/agreement/confirmation confirmCooperationTerms bearer
            POST /api/cooperations/{id}/cancel cancelCooperation bearer
            POST /api/cooperations/{id}/complete completeCooperation bearer
            POST /api/cooperations/{id}/decline declineCooperation bearer
            POST /api/cooperations/{id}/rating rateCooperation bearer
            POST /api/cooperations/{id}/resolution resolveCooperation bearer
            POST /api/cooperations/{id}/start startCooperation bearer
            POST /api/designers createDesigner bearer
            POST /api/designers/{id}/approval approveDesignerOwner bearer
            POST /api/designers/{id}/claim claimDesigner bearer
            POST /api/enterprises createEnterprise bearer
            POST /api/enterprises/{id}/approval approveEnterpriseOwner bearer
            POST /api/enterprises/{id}/claim claimEnterprise bearer
            POST /api/enterprises/{id}/merge mergeEnterprises bearer:admin
            POST /api/enterprises/{id}/verification verifyEnterpriseCreditCode bearer:admin
            POST /api/import importRecords bearer:admin
            POST /api/institutions createInstitution bearer
            POST /api/institutions/{id}/approval approveInstitutionOwner bearer
            POST /api/institutions/{id}/claim claimInstitution bearer
            POST /api/matches previewMatches public
            POST /api/needs createNeed bearer
            POST /api/vouchers applyForVoucher bearer
            POST /api/vouchers/{id}/approve approveVoucher bearer
            POST /api/vouchers/{id}/confirm confirmVoucherRedemption bearer
            POST /api/vouchers/{id}/pay payVoucher bearer
            POST /api/vouchers/{id}/redeem requestVoucherRedemption bearer
            POST /api/vouchers/{id}/reject rejectVoucher bearer
            PUT /api/designers/{id} replaceDesigner bearer
            PUT /api/designers/{id}/owner assignDesignerOwner bearer
            PUT /api/enterprises/{id} replaceEnterprise bearer
            PUT /api/enterprises/{id}/owner assignEnterpriseOwner bearer
            PUT /api/institutions/{id} replaceInstitution bearer
            PUT /api/institutions/{id}/owner assignInstitutionOwner bearer
            PUT /api/needs/{id} replaceNeed bearer
            DELETE /api/alerts/{id} deleteAlert bearer
            GET /api/alerts listAlerts bearer
            POST /api/alerts/followed-needs followNeed bearer
            POST /api/alerts/capabilities followCapabilities bearer
            PUT /api/alerts/{id}/delivery setAlertDelivery bearer
            POST /api/alerts/saved-searches saveSearch bearer
            GET /api/alerts/saved-searches listSavedSearches bearer
            GET /api/notifications listNotifications bearer
            GET /api/notifications/unread-count countUnreadNotifications bearer
            POST /api/notifications/read markAllNotificationsRead bearer
            POST /api/notifications/{id}/read markNotificationRead bearer
            GET /api/unsubscribe/{token} showUnsubscribe public
            POST /api/unsubscribe/{token} unsubscribe public
            GET /api/events listUpcomingEvents optional
            GET /api/events/{id} getEvent optional
            GET /api/events/{id}.ics getEventCalendar optional
            POST /api/events/calendar-feed getCalendarFeedAddress bearer
            GET /api/events/feeds/{token}.ics getCalendarFeed optional
            POST /api/events publishEvent bearer
            POST /api/events/{id}/registration registerForEvent bearer
            GET /api/events/{id}/registration getMyEventRegistration bearer
            DELETE /api/events/{id}/registration cancelEventRegistration bearer
            POST /api/events/{id}/check-in checkInToEvent bearer
            GET /api/events/{id}/registrations listEventRegistrations bearer
            GET /api/events/{id}/registrations.csv exportEventRegistrations bearer
            GET /api/events/profiles/{profileKind}/{profileId} getProfileEvents optional
            POST /api/events/{id}/competition/judges inviteJudge bearer
            GET /api/events/{id}/competition/judges listJudges bearer
            POST /api/events/{id}/competition/judges/acceptance acceptJudgeInvitation bearer
            POST /api/events/{id}/competition/entries submitEntry bearer
            GET /api/events/{id}/competition/entries listEntries optional
            POST /api/events/{id}/competition/entries/{entryId}/conflict declareJudgeConflict bearer
            PUT /api/events/{id}/competition/entries/{entryId}/scores scoreEntry bearer
            POST /api/events/{id}/competition/results publishCompetitionResults bearer
            GET /api/policies listPolicies optional
            GET /api/policies/{id} getPolicy optional
            GET /api/policy-applications listIncentiveApplications bearer
            GET /api/policy-applications/{id} getIncentiveApplication bearer
            GET /api/settlements listSettlements bearer
            GET /api/settlements/{id} getSettlement bearer
            GET /api/statistics/settled getSettlingInStatistics bearer:admin
            GET /api/statistics/support getIncentiveSupportStatistics bearer:admin
            POST /api/policies createPolicy bearer
            POST /api/policies/{id}/publish publishPolicy bearer
            POST /api/policy-applications applyForIncentive bearer
            POST /api/policy-applications/{id}/approve approveIncentive bearer
            POST /api/policy-applications/{id}/disbursement recordIncentiveDisbursement bearer
            POST /api/policy-applications/{id}/proposal proposeIncentiveAmount bearer
            POST /api/policy-applications/{id}/reject rejectIncentive bearer
            POST /api/settlements applyToSettle bearer
            POST /api/settlements/{id}/approve approveSettlement bearer
            POST /api/settlements/{id}/cancel cancelSettlement bearer
            POST /api/settlements/{id}/reject rejectSettlement bearer
            POST /api/settlements/{id}/withdraw withdrawSettlement bearer
            PUT /api/policies/{id} replacePolicy bearer
            """;

    /** The reads that a rate limit covers (web.RouteGroup); every POST, PUT and DELETE is covered too. */
    private static final Set<String> RATE_LIMITED_READS = Set.of("GET /api/search", "GET /api/suggest",
            "GET /api/designers/{id}/matches", "GET /api/institutions/{id}/matches", "GET /api/needs/{id}/matches",
            "GET /api/needs/{id}/voucher-eligibility");

    /** Creates answer 201 with the created record's view. */
    private static final Map<String, String> CREATED = Map.of(
            "/api/institutions", "#/components/schemas/InstitutionView",
            "/api/designers", "#/components/schemas/DesignerView",
            "/api/enterprises", "#/components/schemas/EnterpriseView",
            "/api/needs", "#/components/schemas/NeedView",
            "/api/cooperations", "#/components/schemas/CooperationView",
            "/api/vouchers", "#/components/schemas/VoucherView",
            "/api/events", "#/components/schemas/EventView",
            "/api/settlements", "#/components/schemas/SettlementView",
            "/api/policies", "#/components/schemas/PolicyView",
            "/api/policy-applications", "#/components/schemas/PolicyApplicationView");

    private static String json;
    private static Map<String, Object> document;

    @Test
    void everyOperationHasItsOperationIdAndSecurity() {
        List<String> actual = new ArrayList<>();
        operations().forEach(op -> actual.add(op.line() + " " + op.operationId() + " " + security(op)));
        actual.sort(null);
        List<String> expected = EXPECTED.lines().map(String::strip).filter(line -> !line.isEmpty()).sorted().toList();
        if (!actual.equals(expected)) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(actual);
            Set<String> unexpected = new TreeSet<>(actual);
            unexpected.removeAll(expected);
            fail("Operations differ from EXPECTED.\nMissing:\n  " + String.join("\n  ", missing)
                    + "\nUnexpected:\n  " + String.join("\n  ", unexpected));
        }
    }

    @Test
    void operationIdsAreUniqueAndNotBlank() {
        Map<String, List<String>> byId = new HashMap<>();
        for (Op op : operations()) {
            assertTrue(op.operationId() != null && !op.operationId().isBlank(), op.line() + " has no operationId");
            assertTrue(op.operationId().matches("[a-z][A-Za-z]+"), op.line() + ": operationId " + op.operationId() + " is not camelCase");
            byId.computeIfAbsent(op.operationId(), id -> new ArrayList<>()).add(op.line());
        }
        byId.forEach((id, lines) -> assertEquals(1, lines.size(), "operationId " + id + " is used by " + lines));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationDeclaresSecurityWithTheKeycloakScheme() {
        Map<String, Object> schemes = (Map<String, Object>) components().get("securitySchemes");
        assertTrue(schemes != null && schemes.containsKey(SCHEME), "no security scheme " + SCHEME + ": " + schemes);
        Map<String, Object> scheme = (Map<String, Object>) schemes.get(SCHEME);
        assertEquals("http", scheme.get("type"));
        assertEquals("bearer", scheme.get("scheme"));
        for (Op op : operations()) {
            List<Map<String, Object>> security = op.security() != null ? op.security()
                    : (List<Map<String, Object>>) document().get("security");
            assertTrue(security != null, op.line() + " declares no security requirement");
            for (Map<String, Object> requirement : security) {
                assertTrue(schemes.keySet().containsAll(requirement.keySet()),
                        op.line() + " requires an undefined scheme: " + requirement.keySet());
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasA4xxResponseAndEveryErrorIsAProblem() {
        for (Op op : operations()) {
            Set<String> codes = op.responses().keySet();
            assertTrue(codes.stream().anyMatch(code -> code.startsWith("4")), op.line() + " has no 4xx response: " + codes);
            op.responses().forEach((code, response) -> {
                if (!code.startsWith("4") && !code.startsWith("5")) {
                    return;
                }
                Map<String, Object> body = (Map<String, Object>) response;
                assertFalse(String.valueOf(body.get("description")).isBlank(), op.line() + " " + code + " has no description");
                Map<String, Object> content = (Map<String, Object>) body.get("content");
                assertTrue(content != null && content.containsKey(Problem.MEDIA_TYPE),
                        op.line() + " " + code + " is not described as " + Problem.MEDIA_TYPE + ": " + content);
                Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) content.get(Problem.MEDIA_TYPE)).get("schema");
                assertEquals(PROBLEM_REF, schema.get("$ref"), op.line() + " " + code);
            });
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPathTemplateVariableIsAParameter() {
        Map<String, Object> paths = (Map<String, Object>) document().get("paths");
        for (Op op : operations()) {
            List<Map<String, Object>> declared = new ArrayList<>();
            Object itemParameters = ((Map<String, Object>) paths.get(op.path())).get("parameters");
            if (itemParameters != null) {
                declared.addAll((List<Map<String, Object>>) itemParameters);
            }
            if (op.raw().get("parameters") != null) {
                declared.addAll((List<Map<String, Object>>) op.raw().get("parameters"));
            }
            java.util.regex.Matcher variable = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(op.path());
            while (variable.find()) {
                String name = variable.group(1);
                assertTrue(declared.stream().anyMatch(p -> name.equals(p.get("name")) && "path".equals(p.get("in"))),
                        op.line() + " does not declare its path parameter " + name);
            }
        }
    }

    @Test
    void bodiesMayBeRefusedAsTooLarge() {
        for (Op op : operations()) {
            if (op.raw().get("requestBody") != null) {
                assertTrue(op.responses().containsKey("413"), op.line() + " takes a body but documents no 413");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void rateLimitedOperationsDocument429WithRetryAfter() {
        for (Op op : operations()) {
            boolean limited = !op.method().equals("get") || RATE_LIMITED_READS.contains(op.line());
            assertEquals(limited, op.responses().containsKey("429"), op.line() + " 429");
            if (limited) {
                Map<String, Object> headers = (Map<String, Object>) ((Map<String, Object>) op.responses().get("429")).get("headers");
                assertTrue(headers != null && headers.containsKey("Retry-After"), op.line() + " 429 documents no Retry-After");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProblemSchemaIsTheOneTheServiceSends() {
        Map<String, Object> schemas = (Map<String, Object>) components().get("schemas");
        Map<String, Object> problem = (Map<String, Object>) schemas.get("Problem");
        assertEquals(componentNames(Problem.class), ((Map<String, Object>) problem.get("properties")).keySet(),
                "Problem schema vs cn.wenzhou.fashion.web.Problem");
        Map<String, Object> fieldError = (Map<String, Object>) schemas.get("FieldError");
        assertEquals(componentNames(FieldError.class), ((Map<String, Object>) fieldError.get("properties")).keySet(),
                "FieldError schema vs cn.wenzhou.fashion.common.FieldError");
    }

    @Test
    @SuppressWarnings("unchecked")
    void markedTextIsDocumentedAsTheEscapedHtmlStringTheServiceSends() {
        Map<String, Object> schemas = (Map<String, Object>) components().get("schemas");
        Map<String, Object> fragment = (Map<String, Object>) schemas.get("Fragment");
        assertEquals("string", fragment.get("type"));
        assertTrue(((String) fragment.get("description")).startsWith("HTML: the record's text with & < > \" ' escaped"));
        assertFalse(schemas.containsKey("Mark"), "the offsets of a mark are not part of the API");
        Map<String, Object> suggestion = (Map<String, Object>) ((Map<String, Object>) schemas.get("Suggestion")).get("properties");
        assertEquals(Map.of("$ref", "#/components/schemas/Fragment"), suggestion.get("highlighted"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void createsAnswer201WithTheCreatedRecord() {
        for (Op op : operations()) {
            if (!op.method().equals("post") || !CREATED.containsKey(op.path())) {
                continue;
            }
            assertFalse(op.responses().containsKey("200"), op.line() + " documents 200");
            Map<String, Object> created = (Map<String, Object>) op.responses().get("201");
            assertTrue(created != null, op.line() + " documents no 201");
            Map<String, Object> content = (Map<String, Object>) created.get("content");
            Map<String, Object> schema = (Map<String, Object>) ((Map<String, Object>) content.get("application/json")).get("schema");
            assertEquals(CREATED.get(op.path()), schema.get("$ref"), op.line());
            assertTrue(((Map<String, Object>) created.get("headers")).containsKey("Location"), op.line() + " documents no Location");
        }
        for (Op op : operations()) {
            if (op.method().equals("delete")) {
                assertTrue(op.responses().containsKey("204"), op.line() + " documents no 204");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void kindPlaceholdersAreFilledInPerKind() {
        for (String placeholder : List.of("{kind}", "{kinds}", "{Kind}", "{Kinds}")) {
            assertFalse(json().contains(placeholder), "the document still contains " + placeholder);
        }
        Op deleteDesigner = operations().stream().filter(op -> op.line().equals("DELETE /api/designers/{id}")).findFirst().orElseThrow();
        assertEquals("No designer with this id", ((Map<String, Object>) deleteDesigner.responses().get("404")).get("description"));
        Op listNeeds = operations().stream().filter(op -> op.line().equals("GET /api/needs")).findFirst().orElseThrow();
        assertTrue(String.valueOf(listNeeds.raw().get("summary")).startsWith("List needs "), "summary: " + listNeeds.raw().get("summary"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void serversAreDeclared() {
        List<Map<String, Object>> servers = (List<Map<String, Object>>) document().get("servers");
        assertTrue(servers != null && !servers.isEmpty(), "servers is empty");
        for (Map<String, Object> server : servers) {
            String url = String.valueOf(server.get("url"));
            assertFalse(url.contains("example.com"), url);
            assertTrue(url.equals("/") || !url.endsWith("/"), "trailing slash: " + url);
        }
    }

    private record Op(String method, String path, Map<String, Object> raw) {

        String line() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }

        String operationId() {
            return (String) raw.get("operationId");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> security() {
            return (List<Map<String, Object>>) raw.get("security");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> responses() {
            Map<String, Object> responses = (Map<String, Object>) raw.get("responses");
            return responses == null ? Map.of() : responses;
        }
    }

    /** bearer, bearer:role,..., optional (one alternative needs nothing) or public; the operation's own or the global one. */
    @SuppressWarnings("unchecked")
    private static String security(Op op) {
        List<Map<String, Object>> security = op.security() != null ? op.security() : (List<Map<String, Object>>) document().get("security");
        if (security == null) {
            return "undeclared";
        }
        if (security.isEmpty()) {
            return "public";
        }
        if (security.stream().anyMatch(Map::isEmpty)) {
            return security.size() == 2 && security.stream().anyMatch(r -> r.containsKey(SCHEME)) ? "optional" : "odd:" + security;
        }
        if (security.size() != 1 || !security.get(0).containsKey(SCHEME)) {
            return "odd:" + security;
        }
        List<String> roles = (List<String>) security.get(0).get(SCHEME);
        return roles == null || roles.isEmpty() ? "bearer" : "bearer:" + String.join(",", roles);
    }

    @SuppressWarnings("unchecked")
    private static List<Op> operations() {
        Map<String, Object> paths = (Map<String, Object>) document().get("paths");
        List<Op> operations = new ArrayList<>();
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((key, operation) -> {
            if (METHODS.contains(key)) {
                operations.add(new Op(key, path, (Map<String, Object>) operation));
            }
        }));
        return operations;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> components() {
        return (Map<String, Object>) document().get("components");
    }

    private static Set<String> componentNames(Class<? extends Record> type) {
        return Stream.of(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }

    private static synchronized String json() {
        if (json == null) {
            json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        }
        return json;
    }

    private static synchronized Map<String, Object> document() {
        if (document == null) {
            document = io.restassured.path.json.JsonPath.from(json()).getMap("$");
        }
        return document;
    }
}
