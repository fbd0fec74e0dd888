package cn.wenzhou.fashion.dev.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.wenzhou.fashion.dev.demo.DemoDataGenerator;
import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.CreditCodes;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.InstitutionType;
import cn.wenzhou.fashion.domain.Scope;

class DemoDataGeneratorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> generate(int size, long seed) {
        List<JsonNode> records = new ArrayList<>();
        new DemoDataGenerator(seed).generate(size, line -> {
            try {
                records.add(JSON.readTree(line));
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + line, e);
            }
        });
        return records;
    }

    private static List<JsonNode> ofKind(List<JsonNode> records, String kind) {
        return records.stream().filter(r -> kind.equals(r.path("kind").asText())).toList();
    }

    @Test
    void sameSeedGivesSameLines() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        new DemoDataGenerator(7).generate(500, first::add);
        new DemoDataGenerator(7).generate(500, second::add);
        assertThat(first).isEqualTo(second).isNotEmpty();
        List<String> other = new ArrayList<>();
        new DemoDataGenerator(8).generate(500, other::add);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void defaultSizeFollowsTheSourceDocumentDistribution() {
        List<JsonNode> enterprises = ofKind(generate(4000, 2024), "enterprise");
        Map<String, Long> byDistrict = enterprises.stream()
                .collect(Collectors.groupingBy(e -> e.path("district").asText(), Collectors.counting()));
        assertThat(byDistrict.get("OUHAI")).isGreaterThanOrEqualTo(300);
        assertThat(byDistrict.get("RUIAN")).isGreaterThanOrEqualTo(180);
        assertThat(byDistrict.get("LUCHENG")).isGreaterThanOrEqualTo(100);
        long footwear = enterprises.stream().filter(e -> e.path("industries").get(0).asText().equals("FOOTWEAR")).count();
        assertThat(footwear * 2).isGreaterThan(enterprises.size());
        assertThat(enterprises.size()).isBetween(550, 700);
    }

    @Test
    void everyNeedReferencesAnEarlierEnterprise() {
        Set<String> seen = new HashSet<>();
        for (JsonNode record : generate(2000, 1)) {
            if (record.path("kind").asText().equals("enterprise")) {
                seen.add(record.path("externalId").asText());
            } else if (record.path("kind").asText().equals("need")) {
                assertThat(seen).contains(record.path("enterpriseExternalId").asText());
            }
        }
        assertThat(seen).isNotEmpty();
    }

    @Test
    void creditCodesAreValidAndUnique() {
        List<String> codes = ofKind(generate(4000, 3), "enterprise").stream().map(e -> e.path("creditCode").asText()).toList();
        assertThat(codes).allMatch(CreditCodes::isValid).doesNotHaveDuplicates();
    }

    @Test
    void budgetsAreOrdered() {
        assertThat(ofKind(generate(1000, 4), "need"))
                .allMatch(n -> n.path("budgetMin").asLong() <= n.path("budgetMax").asLong());
    }

    @Test
    void smallSizesStillHaveEveryKind() {
        List<JsonNode> records = generate(100, 5);
        for (String kind : List.of("institution", "designer", "enterprise", "need")) {
            assertThat(ofKind(records, kind)).as(kind).isNotEmpty();
        }
    }

    @Test
    void hundredThousandRecordsAreGeneratedWithUniqueExternalIds() {
        Set<String> ids = new HashSet<>();
        int[] count = {0};
        new DemoDataGenerator(6).generate(100_000, line -> {
            count[0]++;
            ids.add(line.substring(line.indexOf("\"externalId\":\""), line.indexOf('"', line.indexOf("\"externalId\":\"") + 14)));
        });
        assertThat(count[0]).isBetween(95_000, 105_000);
        assertThat(ids).hasSize(count[0]);
    }

    @Test
    void recordsUseOnlyKnownEnumCodes() {
        Map<String, Function<String, ?>> parsers = Map.of(
                "type", InstitutionType::valueOf, "district", District::valueOf, "preferredScope", Scope::valueOf);
        for (JsonNode record : generate(3000, 9)) {
            record.path("industries").forEach(i -> Industry.valueOf(i.asText()));
            record.path("categories").forEach(c -> CapabilityCategory.valueOf(c.asText()));
            record.path("capabilities").forEach(c -> CapabilityCategory.valueOf(c.path("category").asText()));
            parsers.forEach((field, parser) -> {
                if (record.hasNonNull(field)) {
                    parser.apply(record.path(field).asText());
                }
            });
        }
    }
}
