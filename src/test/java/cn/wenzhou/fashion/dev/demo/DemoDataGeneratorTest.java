package cn.wenzhou.fashion.dev.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
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
        new DemoDataGenerator(seed).generate(size, line -> records.add(read(line)));
        return records;
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
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
    void hundredThousandRecordsHaveDistinctNamesAndTitlesWithoutCounters() {
        List<String> names = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        new DemoDataGenerator(2024).generate(100_000, line -> {
            JsonNode record = read(line);
            if (record.path("kind").asText().equals("need")) {
                titles.add(record.path("title").asText());
            } else {
                names.add(record.path("name").asText());
            }
        });
        assertThat(names.size()).isEqualTo(24_250);
        assertThat(new HashSet<>(names).size()).as("distinct profile names").isEqualTo(24_250);
        assertThat(names.stream().filter(name -> COUNTER.matcher(name).find()).limit(5)).as("names with a counter").isEmpty();
        assertThat(titles.size()).isEqualTo(75_750);
        assertThat(titles.stream().filter(title -> COUNTER.matcher(title).find()).limit(5)).as("titles with a counter").isEmpty();
        assertThat(new HashSet<>(titles).size()).as("distinct need titles").isGreaterThanOrEqualTo(74_235);
        assertThat(new HashSet<>(titles.subList(0, 2000)).size()).as("distinct titles of the first 2,000 needs").isGreaterThanOrEqualTo(1990);
    }

    /** A number added to make a name unique: 温州皮革高校（2）, 温州宏达鞋业2号有限公司. */
    private static final Pattern COUNTER = Pattern.compile("[（(]\\d+[）)]|\\d+号");

    @Test
    void enterprisesAreNamedAsRegisteredInTheirDistrict() {
        Pattern registered = Pattern.compile("(温州市(鹿城|龙湾|瓯海|洞头)区|(瑞安|乐清|龙港)市|(永嘉|平阳|苍南|文成|泰顺)县|温州市?|浙江)"
                + "\\p{IsHan}{2}(鞋业|鞋材|制鞋|鞋服|服饰|服装|制衣|时装|眼镜|光学|眼镜制造|饰品|工艺品|首饰|五金饰品|设计|创意设计|品牌设计|文化创意)"
                + "(有限公司|股份有限公司|科技有限公司|集团有限公司)");
        List<JsonNode> enterprises = ofKind(generate(4000, 2024), "enterprise");
        assertThat(enterprises).allSatisfy(e -> assertThat(e.path("name").asText()).matches(registered));
        assertThat(enterprises).filteredOn(e -> e.path("district").asText().equals("OUHAI"))
                .allSatisfy(e -> assertThat(e.path("description").asText()).startsWith("位于温州市瓯海区"));
        assertThat(enterprises.stream().map(e -> e.path("name").asText().substring(0, 6)).distinct().count())
                .as("firms of many places and brands").isGreaterThan(100);
    }

    @Test
    void needsSayWhereTheirFirmIs() {
        List<JsonNode> records = generate(4000, 2024);
        Map<String, String> districts = ofKind(records, "enterprise").stream()
                .collect(Collectors.toMap(e -> e.path("externalId").asText(), e -> e.path("district").asText()));
        for (JsonNode need : ofKind(records, "need")) {
            String district = districts.get(need.path("enterpriseExternalId").asText());
            String place = switch (district) {
                case "OUHAI" -> "温州市瓯海区";
                case "RUIAN" -> "瑞安市";
                case "LUCHENG" -> "温州市鹿城区";
                default -> "";
            };
            assertThat(need.path("description").asText()).startsWith("我们在" + place);
        }
        Set<String> titles = ofKind(records, "need").stream().map(n -> n.path("title").asText()).collect(Collectors.toSet());
        assertThat(titles).hasSizeGreaterThan(3000 * 98 / 100);
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
