package cn.wenzhou.fashion.dev.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.wenzhou.fashion.dev.demo.Topics.Product;
import cn.wenzhou.fashion.dev.demo.Topics.Topic;
import cn.wenzhou.fashion.domain.CreditCodes;
import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.EnterpriseSize;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.InstitutionType;
import cn.wenzhou.fashion.domain.Labels;
import cn.wenzhou.fashion.domain.Location;
import cn.wenzhou.fashion.domain.Scope;

/**
 * Deterministic, realistic demo data in the bulk-import format: the fashion enterprises of Wenzhou as the
 * bureau's figures describe them (Ouhai 300+, Rui'an 180+, Lucheng 100+ of about 620; footwear more than
 * half), institutions and designers in Wenzhou, elsewhere in China and abroad, and the enterprises' needs.
 * Counts scale with the requested size; the same seed and size always give the same lines.
 */
public final class DemoDataGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** District shares of the fashion enterprises, from the source document's figures. */
    private static final Object[][] DISTRICT_SHARES = {
        {District.OUHAI, 0.505}, {District.RUIAN, 0.30}, {District.LUCHENG, 0.17}, {District.LONGWAN, 0.01},
        {District.YUEQING, 0.005}, {District.LONGGANG, 0.005}, {District.YONGJIA, 0.003}, {District.PINGYANG, 0.002}};
    private static final Object[][] INDUSTRY_SHARES = {
        {Industry.FOOTWEAR, 0.55}, {Industry.APPAREL, 0.18}, {Industry.EYEWEAR, 0.12}, {Industry.ACCESSORIES, 0.08},
        {Industry.DESIGN_SERVICES, 0.07}};
    private static final String[][] AREA_CODES = {
        {"LUCHENG", "330302"}, {"LONGWAN", "330303"}, {"OUHAI", "330304"}, {"DONGTOU", "330305"}, {"RUIAN", "330381"},
        {"YUEQING", "330382"}, {"LONGGANG", "330383"}, {"YONGJIA", "330324"}, {"PINGYANG", "330326"},
        {"CANGNAN", "330327"}, {"WENCHENG", "330328"}, {"TAISHUN", "330329"}};
    private static final String[][] DOMESTIC = {
        {"浙江省", "杭州市"}, {"上海市", "上海市"}, {"北京市", "北京市"}, {"广东省", "广州市"}, {"广东省", "深圳市"},
        {"福建省", "泉州市"}, {"浙江省", "宁波市"}, {"江苏省", "苏州市"}, {"江苏省", "镇江市"}, {"浙江省", "金华市"}, {"四川省", "成都市"},
        {"陕西省", "西安市"}, {"湖北省", "武汉市"}, {"江苏省", "无锡市"}, {"浙江省", "嘉兴市"}, {"广东省", "东莞市"}, {"福建省", "晋江市"}};
    private static final String[][] FOREIGN = {
        {"IT", "Lombardia", "Milano"}, {"IT", "Marche", "Fermo"}, {"DE", "Rheinland-Pfalz", "Pirmasens"},
        {"FR", "Île-de-France", "Paris"}, {"GB", "England", "Northampton"}, {"ES", "Comunidad Valenciana", "Elda"},
        {"JP", "Fukui", "Sabae"}, {"KR", "Busan", "Busan"}, {"HK", "香港", "Hong Kong"}, {"IT", "Veneto", "Montebelluna"},
        {"DE", "Bayern", "München"}, {"FR", "Auvergne-Rhône-Alpes", "Lyon"}, {"JP", "Tokyo", "Tokyo"}, {"KR", "Seoul", "Seoul"},
        {"GB", "England", "London"}};
    /** Where a need's title puts the product before the problem: a market, or nothing. */
    private static final List<String> MARKETS = List.of("", "", "", "出口欧美", "外贸", "跨境电商", "直播电商", "中高端", "新款", "爆款", "定制",
            "春夏", "秋冬", "高端", "平价", "品牌");
    /** Draws of an unused need title before a repeated one is accepted (the parts leave a free one almost always). */
    private static final int TITLE_DRAWS = 50;

    private final Random random;
    private final Names names;

    public DemoDataGenerator(long seed) {
        this.random = new Random(seed);
        this.names = new Names(random);
    }

    /** How many of {@code enterprises} fashion firms the generator places in each district, in the bureau's shares. */
    static Map<District, Integer> districtsOf(int enterprises) {
        Map<District, Integer> counts = new EnumMap<>(District.class);
        for (int i = 0; i < enterprises; i++) {
            counts.merge(districtOf(i, enterprises), 1, Integer::sum);
        }
        return counts;
    }

    private static District districtOf(int i, int enterprises) {
        return (District) share(DISTRICT_SHARES, (i + 0.5) / enterprises);
    }

    /**
     * Writes about {@code size} records as NDJSON lines: institutions, designers, enterprises, then needs
     * (each after its enterprise).
     */
    public void generate(int size, Consumer<String> lines) {
        int enterprises = Math.max(1, Math.round(size * 0.155f));
        int institutions = Math.max(1, Math.round(size * 0.05f));
        int designers = Math.max(1, Math.round(size * 0.0375f));
        int needs = Math.max(1, size - enterprises - institutions - designers);
        Set<String> taken = new HashSet<>();
        for (int i = 1; i <= institutions; i++) {
            lines.accept(institution(i, taken).toString());
        }
        for (int i = 1; i <= designers; i++) {
            lines.accept(designer(i, taken).toString());
        }
        Set<String> codes = new HashSet<>();
        List<Firm> firms = new ArrayList<>();
        for (int i = 0; i < enterprises; i++) {
            Industry industry = (Industry) share(INDUSTRY_SHARES, (i * 7919L % enterprises + 0.5) / enterprises);
            District district = districtOf(i, enterprises);
            Firm firm = new Firm(industry, district, pick(Places.of(district).towns()), pick(Topics.PRODUCTS.get(industry)));
            firms.add(firm);
            lines.accept(enterprise(i + 1, firm, taken, codes).toString());
        }
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < needs; i++) {
            int enterprise = (int) ((long) i * enterprises / needs);
            lines.accept(need(i + 1, enterprise + 1, firms.get(enterprise), titles).toString());
        }
    }

    /** What a firm's needs take from it: its trade, where it is and its main product line. */
    private record Firm(Industry industry, District district, String town, Product product) {
    }

    private ObjectNode institution(int n, Set<String> taken) {
        InstitutionType type = InstitutionType.values()[n % InstitutionType.values().length];
        Industry industry = pick(List.of(Industry.values()));
        double where = random.nextDouble();
        ObjectNode node = record("institution", "demo-inst-%05d".formatted(n));
        boolean foreign = where >= 0.85;
        if (foreign) {
            String[] place = FOREIGN[random.nextInt(FOREIGN.length)];
            String name = names.distinct(taken, () -> names.institutionEn(type, industry, place[2]));
            node.put("name", name).put("nameEn", name).put("type", type.name())
                    .put("description", name + " supports " + Labels.en(industry).toLowerCase() + " companies with "
                            + "research, testing and design services, and works with manufacturers in Asia and Europe.");
            node.set("location", location(place[0], place[1], place[2], null));
        } else {
            String[] place = where < 0.4 ? new String[] {"浙江省", Location.WENZHOU} : DOMESTIC[random.nextInt(DOMESTIC.length)];
            District district = where < 0.4 ? pick(List.of(District.LUCHENG, District.OUHAI, District.RUIAN, District.LONGWAN)) : null;
            String name = names.distinct(taken, () -> names.institution(type, industry, place[1], district));
            node.put("name", name).put("nameEn", Labels.en(industry) + " " + Labels.en(type)).put("type", type.name())
                    .put("description", name + "是服务" + Labels.zh(industry) + "企业的" + Labels.zh(type) + "，为企业提供研发、检测和设计服务，"
                            + "长期与" + (where < 0.4 ? "温州本地" : "长三角及珠三角") + "企业开展产学研合作。");
            node.set("location", location("CN", place[0], place[1], district));
        }
        boolean provider = !foreign && random.nextDouble() < 0.6;
        node.set("industries", JSON.createArrayNode().add(industry.name()));
        node.set("capabilities", capabilities(industry, 2 + random.nextInt(3), provider));
        node.set("tags", tags(industry));
        node.put("voucherProvider", provider).put("settled", !foreign && random.nextDouble() < 0.5);
        return node;
    }

    private ObjectNode designer(int n, Set<String> taken) {
        Industry industry = (Industry) share(INDUSTRY_SHARES, random.nextDouble());
        double where = random.nextDouble();
        ObjectNode node = record("designer", "demo-dsg-%05d".formatted(n));
        int years = 3 + random.nextInt(28);
        if (where >= 0.9) {
            String[] place = FOREIGN[random.nextInt(FOREIGN.length)];
            node.put("name", names.distinct(taken, () -> names.personAbroad(place[0])))
                    .put("description", "Independent " + Labels.en(industry).toLowerCase() + " designer based in " + place[2]
                            + " with " + years + " years of experience in collections, sampling and trend research.");
            node.set("location", location(place[0], place[1], place[2], null));
        } else {
            node.put("name", names.distinct(taken, names::personZh))
                    .put("description", "从事" + Labels.zh(industry) + "设计" + years + "年，曾任品牌设计总监，擅长系列企划、款式开发和打样跟进。");
            if (where < 0.7) {
                node.set("location", location("CN", "浙江省", Location.WENZHOU,
                        pick(List.of(District.LUCHENG, District.OUHAI, District.RUIAN, District.LONGWAN))));
            } else {
                String[] place = DOMESTIC[random.nextInt(DOMESTIC.length)];
                node.set("location", location("CN", place[0], place[1], null));
            }
        }
        node.set("industries", JSON.createArrayNode().add(industry.name()));
        node.set("capabilities", capabilities(industry, 1 + random.nextInt(3), false));
        node.set("tags", tags(industry));
        node.put("yearsExperience", years).put("settled", random.nextDouble() < 0.4);
        return node;
    }

    private ObjectNode enterprise(int n, Firm firm, Set<String> taken, Set<String> codes) {
        Industry industry = firm.industry();
        District district = firm.district();
        String name = names.distinct(taken, () -> names.enterprise(industry, district));
        String product = firm.product().name();
        ObjectNode node = record("enterprise", "demo-ent-%05d".formatted(n));
        node.put("name", name).put("creditCode", creditCode(district, codes));
        ArrayNode industries = JSON.createArrayNode().add(industry.name());
        if (industry == Industry.FOOTWEAR && random.nextDouble() < 0.2) {
            industries.add(Industry.LEATHER.name());
        } else if (industry == Industry.APPAREL && random.nextDouble() < 0.3) {
            industries.add(Industry.TEXTILES.name());
        }
        node.set("industries", industries);
        node.put("district", district.name())
                .put("size", EnterpriseSize.values()[Math.min(3, (int) Math.floor(Math.abs(random.nextGaussian()) * 1.6))].name())
                .put("description", "位于" + Places.of(district).official() + firm.town() + "，主要生产" + product + "，年产值约" + (500 + random.nextInt(50) * 100) + "万元，产品"
                        + (random.nextBoolean() ? "以出口欧美为主。" : "主要通过电商和经销商内销。"));
        return node;
    }

    private ObjectNode need(int n, int enterprise, Firm firm, Set<String> titles) {
        Industry industry = firm.industry();
        Product line;
        Topic topic;
        String product;
        String title;
        int draw = 0;
        do {
            Product drawn = random.nextDouble() < 0.6 ? firm.product() : pick(Topics.PRODUCTS.get(industry));
            line = drawn;
            topic = pick(Topics.BY_INDUSTRY.get(industry).stream().filter(t -> t.fits(drawn)).toList());
            product = pick(MARKETS) + (random.nextDouble() < 0.7 ? pick(line.styles()) : "") + line.name();
            title = title(topic, product);
        } while (!titles.add(title) && ++draw < TITLE_DRAWS);
        ObjectNode node = record("need", "demo-need-%05d".formatted(n));
        node.put("enterpriseExternalId", "demo-ent-%05d".formatted(enterprise))
                .put("title", title)
                .put("description", "我们在" + Places.of(firm.district()).official() + firm.town() + "，主要生产" + product + "。"
                        + topic.needText());
        node.set("industries", JSON.createArrayNode().add(industry.name()));
        node.set("categories", JSON.createArrayNode().add(topic.category().name()));
        ArrayNode keywords = JSON.createArrayNode();
        topic.keywords().forEach(keywords::add);
        node.set("keywords", keywords.add(line.name()));
        int min = pick(List.of(5, 10, 20, 30, 50, 80, 100, 200)) * 1000;
        node.put("budgetMin", min).put("budgetMax", min * (2 + random.nextInt(4)));
        node.put("useVoucher", random.nextDouble() < 0.4);
        double scope = random.nextDouble();
        node.put("preferredScope", (scope < 0.45 ? Scope.ANY : scope < 0.7 ? Scope.LOCAL : scope < 0.92 ? Scope.DOMESTIC : Scope.INTERNATIONAL).name());
        return node;
    }

    private ArrayNode capabilities(Industry industry, int count, boolean voucherProvider) {
        List<Topic> topics = new ArrayList<>(Topics.BY_INDUSTRY.get(industry));
        java.util.Collections.shuffle(topics, random);
        ArrayNode capabilities = JSON.createArrayNode();
        for (Topic topic : topics.subList(0, Math.min(count, topics.size()))) {
            capabilities.addObject().put("category", topic.category().name()).put("title", topic.capability())
                    .put("description", topic.capabilityText())
                    .put("voucherEligible", voucherProvider && random.nextDouble() < 0.8);
        }
        return capabilities;
    }

    private ArrayNode tags(Industry industry) {
        ArrayNode tags = JSON.createArrayNode();
        pick(Topics.BY_INDUSTRY.get(industry)).keywords().forEach(tags::add);
        return tags.add(Labels.zh(industry));
    }

    private String creditCode(District district, Set<String> codes) {
        String area = "330302";
        for (String[] code : AREA_CODES) {
            if (code[0].equals(district.name())) {
                area = code[1];
            }
        }
        String code;
        do {
            StringBuilder first17 = new StringBuilder("91").append(area);
            for (int i = 0; i < 9; i++) {
                first17.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            code = CreditCodes.withCheckCharacter(first17.toString());
        } while (!codes.add(code));
        return code;
    }

    private static ObjectNode record(String kind, String externalId) {
        return JSON.createObjectNode().put("kind", kind).put("externalId", externalId);
    }

    private static ObjectNode location(String country, String province, String city, District district) {
        ObjectNode location = JSON.createObjectNode().put("country", country).put("province", province).put("city", city);
        return district == null ? location.putNull("district") : location.put("district", district.name());
    }

    /**
     * A need's title as enterprises write them: the product and its problem, or the service sought for it
     * (湿地打滑，需做防滑测试并改进; 关于…的技术需求; 寻求…合作).
     */
    private String title(Topic topic, String product) {
        String need = pick(topic.needs());
        String problem = need.contains("，") ? need.substring(0, need.indexOf('，')) : need;
        return switch (random.nextInt(7)) {
            case 0 -> product + need;
            case 1 -> product + need + "，寻求合作单位";
            case 2 -> product + problem + "，求" + topic.capability() + "服务";
            case 3 -> "关于" + product + topic.capability() + "的技术需求";
            case 4 -> product + topic.capability() + "合作需求";
            case 5 -> "寻求" + topic.capability() + "合作：" + product + problem;
            default -> (2018 + random.nextInt(9)) + "年度技术需求：" + product + topic.capability();
        };
    }

    /** The value whose cumulative share first exceeds {@code position} in [0, 1). */
    private static Object share(Object[][] shares, double position) {
        double cumulative = 0;
        for (Object[] share : shares) {
            cumulative += (Double) share[1];
            if (position < cumulative) {
                return share[0];
            }
        }
        return shares[shares.length - 1][0];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
