package cn.wenzhou.fashion.search;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.wenzhou.fashion.domain.Capability;
import cn.wenzhou.fashion.domain.Designer;
import cn.wenzhou.fashion.domain.Enterprise;
import cn.wenzhou.fashion.domain.Event;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.Institution;
import cn.wenzhou.fashion.domain.InstitutionType;
import cn.wenzhou.fashion.domain.LibraryRecord;
import cn.wenzhou.fashion.domain.Location;
import cn.wenzhou.fashion.domain.Need;
import cn.wenzhou.fashion.domain.PartnerProfile;
import cn.wenzhou.fashion.domain.RecordKind;
import cn.wenzhou.fashion.domain.WenzhouClock;

/**
 * The indexed view of a record. Every kind fills the same fields, so one query and one set of facets
 * work per kind and across kinds.
 *
 * @param voucher for partners: a registered voucher provider; for needs: the enterprise wants to pay with vouchers
 * @param voucherCategories categories of the voucher-eligible capabilities of a voucher provider
 * @param eventType for events: their type
 * @param month for events: the month they start in, in Wenzhou ({@code 2026-12})
 */
public record SearchDocument(
        String kind,
        Long id,
        String externalId,
        String name,
        String otherName,
        String description,
        List<String> tags,
        List<String> capabilities,
        List<String> capabilityTitles,
        List<String> industries,
        List<String> categories,
        List<String> voucherCategories,
        String institutionType,
        String district,
        String country,
        String scope,
        boolean voucher,
        boolean settled,
        String status,
        String eventType,
        String month,
        Instant updatedAt) {

    /** What type-ahead offers for this record: its names, tags and capability titles. */
    public List<String> suggestions() {
        var values = new java.util.LinkedHashSet<String>();
        values.add(name);
        if (otherName != null && !otherName.isBlank()) {
            values.add(otherName);
        }
        values.addAll(tags);
        values.addAll(capabilityTitles);
        values.removeIf(v -> v == null || v.isBlank());
        return List.copyOf(values);
    }

    /** The readable texts by index field, as a {@link Highlighter} marks them. */
    public Map<String, List<String>> texts() {
        return SearchFields.texts(java.util.Arrays.asList(name, otherName), tags, capabilities, description);
    }

    /** Unique across kinds and stable: the tie-breaker of every sort. */
    public String key() {
        return kind + ":" + id;
    }

    /** The document of a record of an indexed kind: what each kind contributes to the common fields. */
    public static SearchDocument of(LibraryRecord record) {
        RecordKind kind = RecordKind.of(record);
        return switch (kind) {
            case INSTITUTION -> institution((Institution) record);
            case DESIGNER -> new Builder(kind, record).name(((Designer) record).name, null).partner((Designer) record).build();
            case ENTERPRISE -> enterprise((Enterprise) record);
            case NEED -> need((Need) record);
            case EVENT -> event((Event) record);
            default -> throw new IllegalArgumentException("not indexed: " + kind);
        };
    }

    private static SearchDocument institution(Institution institution) {
        List<String> voucherCategories = institution.voucherProvider
                ? institution.capabilities.stream().filter(Capability::voucherEligible).map(c -> c.category().name()).distinct().toList()
                : List.of();
        return new Builder(RecordKind.INSTITUTION, institution)
                .name(institution.name, institution.nameEn)
                .partner(institution)
                .institutionType(institution.type)
                .voucher(institution.voucherProvider, voucherCategories)
                .build();
    }

    private static SearchDocument enterprise(Enterprise enterprise) {
        return new Builder(RecordKind.ENTERPRISE, enterprise)
                .name(enterprise.name, null)
                .text(enterprise.description, List.of(), List.of())
                .industries(enterprise.industries)
                .location(new Location("CN", "浙江省", Location.WENZHOU, enterprise.district))
                .build();
    }

    private static SearchDocument need(Need need) {
        return new Builder(RecordKind.NEED, need)
                .name(need.title, null)
                .text(need.description, need.keywords, List.of())
                .industries(need.industries)
                .categories(need.categories.stream().map(Enum::name).toList())
                .location(new Location("CN", "浙江省", Location.WENZHOU, need.enterprise.district))
                .voucher(need.useVoucher, List.of())
                .status(need.status.name())
                .build();
    }

    /**
     * An event: its Chinese title is its name, the English one searched alongside; its topics are its tags and its
     * speakers' names and organiser are searched like capabilities, so that a lecture is found by who gives it.
     */
    private static SearchDocument event(Event event) {
        List<String> people = new ArrayList<>();
        event.speakers.forEach(speaker -> people.add(speaker.name));
        people.add(event.organiserName);
        String description = event.descriptionEn == null || event.descriptionEn.isBlank() ? event.descriptionZh
                : event.descriptionZh == null ? event.descriptionEn : event.descriptionZh + "\n" + event.descriptionEn;
        Builder builder = new Builder(RecordKind.EVENT, event)
                .name(event.titleZh, event.titleEn)
                .text(description, event.topics, people)
                .industries(event.industries)
                .location(event.district == null ? null : new Location("CN", "浙江省", Location.WENZHOU, event.district));
        builder.eventType = event.eventType.name();
        builder.month = YearMonth.from(event.startsAt.atZone(WenzhouClock.ZONE)).toString();
        return builder.build();
    }

    private static final class Builder {
        private final RecordKind kind;
        private final LibraryRecord record;
        private String name;
        private String otherName;
        private String description;
        private List<String> tags = List.of();
        private List<String> capabilities = List.of();
        private List<String> capabilityTitles = List.of();
        private List<String> industries = List.of();
        private List<String> categories = List.of();
        private List<String> voucherCategories = List.of();
        private String institutionType;
        private Location location;
        private boolean voucher;
        private boolean settled;
        private String status;
        private String eventType;
        private String month;

        Builder(RecordKind kind, LibraryRecord record) {
            this.kind = kind;
            this.record = record;
        }

        /** The display name, with an optional second-language name searched alongside it. */
        public Builder name(String name, String otherName) {
            this.name = name;
            this.otherName = otherName;
            return this;
        }

        public Builder text(String description, List<String> tags, List<String> capabilities) {
            this.description = description;
            this.tags = tags;
            this.capabilities = capabilities;
            return this;
        }

        public Builder industries(List<Industry> industries) {
            this.industries = industries.stream().map(Enum::name).toList();
            return this;
        }

        public Builder categories(List<String> categories) {
            this.categories = categories;
            return this;
        }

        public Builder location(Location location) {
            this.location = location;
            return this;
        }

        /** Description, tags, capabilities, industries, categories, location and settlement of a partner. */
        public Builder partner(PartnerProfile partner) {
            List<String> capabilityTexts = new ArrayList<>();
            for (Capability capability : partner.capabilities) {
                capabilityTexts.add(capability.description() == null
                        ? capability.title()
                        : capability.title() + "：" + capability.description());
            }
            this.settled = partner.settled;
            this.capabilityTitles = partner.capabilities.stream().map(Capability::title).toList();
            return text(partner.description, partner.tags, capabilityTexts)
                    .industries(partner.industries)
                    .categories(partner.capabilityCategories().stream().map(Enum::name).toList())
                    .location(partner.location);
        }

        public Builder institutionType(InstitutionType type) {
            this.institutionType = type == null ? null : type.name();
            return this;
        }

        public Builder voucher(boolean voucher, List<String> voucherCategories) {
            this.voucher = voucher;
            this.voucherCategories = voucherCategories;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public SearchDocument build() {
            return new SearchDocument(kind.code(), record.id, record.externalId, name, otherName, description, tags, capabilities, capabilityTitles, industries,
                    categories, voucherCategories, institutionType,
                    location == null || location.district() == null ? null : location.district().name(),
                    location == null ? null : location.country(),
                    location == null ? null : location.scope().name(),
                    voucher, settled, status, eventType, month, record.updatedAt);
        }
    }
}
