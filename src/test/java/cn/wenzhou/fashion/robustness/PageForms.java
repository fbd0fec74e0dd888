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
            entry("POST /dev-user", List.of(new Field("user", Kind.CODE, "ent-a"), text("to", "/workspace"))),
            entry("POST /signout", List.of(new Field("lang", Kind.CODE, "en"))),
            entry("POST /needs", NEED),
            entry("POST /needs/preview", NEED),
            entry("POST /needs/{id}/cooperations", List.of(new Field("partnerKind", Kind.CODE, null), new Field("partnerId", Kind.ID, null),
                    text("message", "希望合作开展鞋底防滑检测"))),
            entry("POST /workspace/cooperations/{id}/accept", List.of()),
            entry("POST /workspace/cooperations/{id}/decline", REASON),
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
            entry("POST /workspace/vouchers/{id}/confirm", List.of()));

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
