package cn.wenzhou.fashion.robustness;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The form that each page route taking a post reads, field by field, with a value that a user who may act would
 * type (ids of records from {@link Targets#validFieldValues}). The run fails when a page route takes posts and is
 * not listed here, so that a new form joins the run with its fields.
 */
final class PageForms {

    /** How a field's value is read, which decides its bad values. */
    enum Kind {
        TEXT, WHOLE_NUMBER, ID, DECIMAL, DATE, CODE, CHECKBOX
    }

    record Field(String name, Kind kind, String valid) {
    }

    /** The route whose form is a multipart upload (a file and a checkbox): its variants are made apart. */
    static final String IMPORT = "POST /bureau/import";

    private static final List<Field> REASON = List.of(text("reason", "材料齐全，予以办理"));
    private static final List<Field> RATING = List.of(new Field("rating", Kind.WHOLE_NUMBER, "5"), text("comment", "打样及时，防滑达标"));
    private static final List<Field> NEED = List.of(new Field("enterpriseId", Kind.ID, null), text("title", "鞋底防滑检测合作"),
            text("description", "寻找防滑性能检测与改进合作伙伴"), new Field("industries", Kind.CODE, "FOOTWEAR"),
            new Field("categories", Kind.CODE, "TESTING_CERTIFICATION"), text("keywords", "防滑，鞋底、耐磨"),
            new Field("budgetMin", Kind.DECIMAL, "1000"), new Field("budgetMax", Kind.DECIMAL, "50000"),
            new Field("useVoucher", Kind.CHECKBOX, "on"), new Field("preferredScope", Kind.CODE, "ANY"),
            new Field("confidential", Kind.CHECKBOX, "on"));

    private static final Map<String, List<Field>> FIELDS = Map.ofEntries(
            entry("POST /bureau/claims/{id}/approve", REASON),
            entry("POST /bureau/claims/{id}/reject", REASON),
            entry("POST /bureau/vouchers/{id}/approve", REASON),
            entry("POST /bureau/vouchers/{id}/reject", REASON),
            entry("POST /bureau/vouchers/{id}/pay", REASON),
            entry("POST /bureau/reindex", List.of()),
            entry("POST /bureau/registry/providers", List.of(new Field("institutionId", Kind.ID, null),
                    new Field("voucherProviderUntil", Kind.DATE, "2030-12-31"), new Field("version", Kind.WHOLE_NUMBER, "0"))),
            entry("POST /bureau/registry/providers/{id}/end", List.of(new Field("version", Kind.WHOLE_NUMBER, "0"))),
            entry("POST /bureau/registry/settled", List.of(new Field("settled", Kind.CODE, "true"), new Field("kind", Kind.CODE, "DESIGNER"),
                    new Field("partnerId", Kind.ID, null), new Field("version", Kind.WHOLE_NUMBER, "0"))),
            entry(IMPORT, List.of()),
            // A budget far ahead, so that the run's valid posts limit no approval of the tests run after it.
            entry("POST /bureau/budgets", List.of(new Field("year", Kind.WHOLE_NUMBER, "2099"), new Field("area", Kind.CODE, "CITY"),
                    new Field("amount", Kind.DECIMAL, "5000000"), text("reason", "年度创新券预算"))),
            entry("POST /bureau/outreach/refresh", List.of()),
            entry("POST /dev-user", List.of(new Field("user", Kind.CODE, "ent-a"), text("to", "/workspace"))),
            entry("POST /signout", List.of(new Field("lang", Kind.CODE, "en"))),
            entry("POST /needs", NEED),
            entry("POST /needs/preview", NEED),
            entry("POST /needs/{id}/cooperations", List.of(new Field("partnerKind", Kind.CODE, null), new Field("partnerId", Kind.ID, null),
                    text("message", "希望合作开展鞋底防滑检测"))),
            entry("POST /inbox/{id}/read", List.of()),
            entry("POST /workspace/alerts/capabilities", List.of(new Field("partnerKind", Kind.CODE, null), new Field("partnerId", Kind.ID, null))),
            entry("POST /workspace/alerts/needs", List.of(new Field("needId", Kind.ID, null))),
            entry("POST /inbox/read", List.of()),
            entry("POST /inbox/saved-searches", List.of(text("q", "鞋底防滑检测"), new Field("filters", Kind.CODE, "industry=FOOTWEAR"))),
            entry("POST /inbox/saved-searches/{id}/delete", List.of()),
            entry("POST /workspace/cooperations/{id}/accept", List.of()),
            entry("POST /workspace/cooperations/{id}/decline", List.of(new Field("code", Kind.CODE, "NO_CAPACITY"), text("reason", "本季度档期已满"))),
            entry("POST /workspace/cooperations/{id}/agreement", List.of(new Field("type", Kind.CODE, "JOINT_PROJECT"),
                    text("terms", "双方联合开展鞋底防滑检测与改进"), new Field("startDate", Kind.DATE, "2026-03-01"),
                    new Field("endDate", Kind.DATE, "2026-12-31"))),
            entry("POST /workspace/cooperations/{id}/agreement/confirmation", List.of(new Field("termsVersion", Kind.WHOLE_NUMBER, null))),
            entry("POST /workspace/cooperations/{id}/start", List.of()),
            entry("POST /workspace/cooperations/{id}/complete", RATING),
            entry("POST /workspace/cooperations/{id}/rating", RATING),
            entry("POST /workspace/cooperations/{id}/cancel", REASON),
            entry("POST /workspace/vouchers", List.of(new Field("cooperationId", Kind.ID, null), new Field("category", Kind.CODE, null),
                    new Field("amount", Kind.DECIMAL, "1000"))),
            entry("POST /workspace/vouchers/{id}/redeem", List.of(text("idempotencyKey", "bad-page-form-key"),
                    new Field("amount", Kind.DECIMAL, "500"), text("contractReference", "HT-2026-018"), text("invoiceReference", "FP-2026-018"))),
            entry("POST /workspace/vouchers/{id}/confirm", List.of()),
            entry("POST /workspace/settling-in/settlements", List.of(new Field("member", Kind.CODE, null),
                    text("contribution", "鞋履设计工作室入驻"), new Field("district", Kind.CODE, "OUHAI"),
                    new Field("spaceSquareMetres", Kind.DECIMAL, "120.5"), new Field("people", Kind.WHOLE_NUMBER, "6"),
                    text("documentReferences", "营业执照 330302-2026-001"))),
            entry("POST /workspace/settling-in/settlements/{id}/cancel", List.of()),
            entry("POST /workspace/settling-in/incentives", List.of(new Field("policyId", Kind.ID, null),
                    new Field("member", Kind.CODE, null), new Field("declaredCost", Kind.DECIMAL, "40000"),
                    text("documentReferences", "租赁合同 HT-2026-07"), text("note", "工作室房租"))),
            entry("POST /bureau/settling-in/settlements/{id}/approve", REASON),
            entry("POST /bureau/settling-in/settlements/{id}/reject", REASON),
            entry("POST /bureau/settling-in/settlements/{id}/withdraw", REASON),
            entry("POST /bureau/settling-in/policies", List.of(new Field("kind", Kind.CODE, "RENT_SUBSIDY"), text("titleZh", "设计师工作室房租补贴"),
                    text("titleEn", "Rent subsidy for design studios"), text("textZh", "按房租的一半补贴"), text("textEn", "Half of the rent"),
                    new Field("settledOnly", Kind.CHECKBOX, "true"), new Field("designers", Kind.CHECKBOX, "true"),
                    new Field("institutionTypes", Kind.CODE, "DESIGN_INSTITUTE"), new Field("districts", Kind.CODE, "OUHAI"),
                    new Field("industries", Kind.CODE, "FOOTWEAR"), new Field("amountRule", Kind.CODE, "SHARE_OF_COST"),
                    new Field("fixedAmount", Kind.DECIMAL, "5000"), new Field("costShare", Kind.DECIMAL, "0.5"),
                    new Field("capPerApplicantYear", Kind.DECIMAL, "30000"), new Field("opensOn", Kind.DATE, "2026-01-01"),
                    new Field("closesOn", Kind.DATE, "2026-12-31"), new Field("budgetYear", Kind.WHOLE_NUMBER, "2026"),
                    new Field("budgetAmount", Kind.DECIMAL, "500000"))),
            entry("POST /bureau/settling-in/policies/{id}/publish", List.of()),
            entry("POST /bureau/settling-in/incentives/{id}/proposal", List.of(new Field("amount", Kind.DECIMAL, "1000"), text("reason", "按规则核定"))),
            entry("POST /bureau/settling-in/incentives/{id}/approve", REASON),
            entry("POST /bureau/settling-in/incentives/{id}/reject", REASON),
            entry("POST /events/{id}/registration", List.of(text("shared.NAME", "王小明"), new Field("consent", Kind.CHECKBOX, "true"))),
            entry("POST /events/{id}/registration/cancel", List.of()),
            entry("POST /events/{id}/check-in", List.of(text("code", "ABCD2345"))),
            entry("POST /events/{id}/competition/entries", List.of(new Field("designerId", Kind.ID, null), text("category", "鞋履"),
                    text("title", "山水纹女靴"), text("description", "以瓯江山水为纹样"), text("imageRefs", "IMG-2026-001"))),
            entry("POST /events/{id}/competition/judges/acceptance", List.of()),
            // The run's event is a lecture: its competition routes answer 404, with any entry.
            entry("POST /events/{id}/competition/conflicts", List.of(new Field("entryId", Kind.ID, "1"), text("reason", "参赛者是我的前同事"))),
            entry("POST /events/{id}/competition/scores", List.of(new Field("entryId", Kind.ID, "1"), new Field("scores.创意", Kind.WHOLE_NUMBER, "8"))),
            entry("POST /workspace/events", List.of(new Field("member", Kind.CODE, null), new Field("eventType", Kind.CODE, "LECTURE"),
                    text("titleZh", "鞋履设计趋势讲座"), text("titleEn", "Footwear design trends"), text("descriptionZh", "2027 春夏鞋履趋势"),
                    text("descriptionEn", "Spring/summer 2027 footwear trends"), text("startsAt", "2030-06-01T14:00"), text("endsAt", "2030-06-01T16:00"),
                    new Field("district", Kind.CODE, "LUCHENG"), text("address", "鹿城区车站大道1号"), text("onlineUrl", "https://live.example.cn/1"),
                    text("speakers", "王老师"), new Field("capacity", Kind.WHOLE_NUMBER, "30"), text("registrationOpensAt", "2030-05-01T09:00"),
                    text("registrationClosesAt", "2030-06-01T12:00"), new Field("industries", Kind.CODE, "FOOTWEAR"), text("topics", "鞋履设计"),
                    new Field("attendeeFields", Kind.CODE, "NAME"), text("rules", "原创作品"), text("categories", "鞋履"), text("criteria", "创意"),
                    text("submissionsOpenAt", "2030-05-01T09:00"), text("submissionsCloseAt", "2030-05-20T18:00"))),
            entry("POST /workspace/events/{id}/judges", List.of(text("userId", "judge-user"))),
            entry("POST /workspace/events/{id}/results", List.of()),
            entry("POST /bureau/settling-in/incentives/{id}/disbursement", List.of(new Field("amount", Kind.DECIMAL, "1000"),
                    text("reference", "财政支付 2026-118"))));

    private PageForms() {
    }

    /** The routes taking posts that the run knows the forms of, as "POST path". */
    static Set<String> routes() {
        return FIELDS.keySet();
    }

    /** The fields of the route's form, each with the value typed by a user who may act. */
    static List<Field> of(ApiOperation route, Targets targets) {
        List<Field> fields = FIELDS.get(route.key());
        if (fields == null) {
            throw new IllegalStateException(route.key() + " takes posts but PageForms does not know its form");
        }
        return fields.stream().map(f -> f.valid() != null ? f : new Field(f.name(), f.kind(),
                String.valueOf(targets.validFieldValues().get(f.name())))).toList();
    }

    private static Field text(String name, String valid) {
        return new Field(name, Kind.TEXT, valid);
    }
}
