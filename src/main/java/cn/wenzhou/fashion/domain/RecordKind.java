package cn.wenzhou.fashion.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of record the library keeps: the one place that knows a kind's code, entity, API path and index
 * (its labels are those of the group {@code Kind} in {@code labels.properties}, keyed by the code). Profiles (enterprises, institutions, designers) are owned by a user of their role; partners
 * (institutions, designers) are what matching ranks for a need.
 */
public enum RecordKind {
    INSTITUTION("institution", Institution.class, "/api/institutions", "institution", Roles.INSTITUTION),
    DESIGNER("designer", Designer.class, "/api/designers", "designer", Roles.DESIGNER),
    ENTERPRISE("enterprise", Enterprise.class, "/api/enterprises", "enterprise", Roles.ENTERPRISE),
    NEED("need", Need.class, "/api/needs", "need", null),
    COOPERATION("cooperation", Cooperation.class, "/api/cooperations", null, null),
    VOUCHER("voucher", Voucher.class, "/api/vouchers", null, null),
    EVENT("event", Event.class, "/api/events", "event", null),
    SETTLEMENT("settlement", SettlementApplication.class, "/api/settlements", null, null),
    POLICY("policy", IncentivePolicy.class, "/api/policies", null, null),
    POLICY_APPLICATION("policy-application", PolicyApplication.class, "/api/policy-applications", null, null);

    /** Kinds a user owns through their role. */
    public static final Set<RecordKind> PROFILES = EnumSet.of(INSTITUTION, DESIGNER, ENTERPRISE);
    /** Kinds an enterprise cooperates with on a need. */
    public static final Set<RecordKind> PARTNERS = EnumSet.of(INSTITUTION, DESIGNER);
    /** Kinds with an Elasticsearch index, in the order search lists them. */
    public static final Set<RecordKind> INDEXED = EnumSet.of(INSTITUTION, DESIGNER, ENTERPRISE, NEED, EVENT);

    private final String code;
    private final Class<? extends LibraryRecord> entity;
    private final String path;
    private final String index;
    private final String role;

    RecordKind(String code, Class<? extends LibraryRecord> entity, String path, String index, String role) {
        this.code = code;
        this.entity = entity;
        this.path = path;
        this.index = index;
        this.role = role;
    }

    /** The stable code of the API, the import format and the indexes: {@code institution}. */
    public String code() {
        return code;
    }

    public Class<? extends LibraryRecord> entity() {
        return entity;
    }

    /** The API path of the kind's collection. */
    public String path() {
        return path;
    }

    /** The name of the kind's Elasticsearch index; null for kinds that are not searched. */
    public String index() {
        return index;
    }

    /** The role of the users who own profiles of this kind; null for kinds that are not profiles. */
    public String role() {
        return role;
    }

    public static RecordKind of(Class<?> type) {
        for (RecordKind kind : values()) {
            if (kind.entity.isAssignableFrom(type)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a record of the library: " + type);
    }

    public static RecordKind of(LibraryRecord record) {
        return of(record.getClass());
    }

    /** The kind of a {@link #code()}: {@code policy-application} is {@link #POLICY_APPLICATION}. */
    public static RecordKind ofCode(String code) {
        for (RecordKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a kind of record: " + code);
    }
}
