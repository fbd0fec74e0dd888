package cn.wenzhou.fashion.outreach;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import cn.wenzhou.fashion.statistics.Csv;

/** The outreach list as the CSV the bureau calls down, one line a need, lists joined with "; ", formula-safe. */
public final class OutreachCsv {

    private OutreachCsv() {
    }

    /** One need of the list in flat columns. */
    public record Line(Long needId, String needExternalId, String title, Long enterpriseId, String enterpriseName, String district, String industries,
            String categories, String providers, BigDecimal capLeft, String contactPerson, String phone, String email, String computedAt) {
    }

    public static String of(List<OutreachEntry> entries) {
        return Csv.of(Line.class, entries.stream().map(e -> new Line(e.needId(), e.needExternalId(), e.title(), e.enterpriseId(), e.enterpriseName(),
                e.district() == null ? "" : e.district().name(), joined(e.industries()), joined(e.categories()), joined(e.providers()),
                e.capLeft(), e.contactPerson(), e.phone(), e.email(), e.computedAt().toString())).toList());
    }

    private static String joined(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining("; "));
    }
}
