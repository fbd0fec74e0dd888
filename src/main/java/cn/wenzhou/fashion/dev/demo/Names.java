package cn.wenzhou.fashion.dev.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.InstitutionType;

/**
 * Names of demo firms, institutions and designers, composed from parts the way such names are registered
 * (place, brand, trade, legal form; university and school; surname and given name), drawn again until
 * unused. The parts leave room for far more names than a 100,000-record library needs, so a free one is found in a
 * few draws; only a larger library gets numbered branches.
 */
final class Names {

    /** Draws of a plain name before a branch's number is added to it. */
    private static final int PLAIN_DRAWS = 1_000;
    /** More draws than this mean the parts cannot name a library of that size, even as branches. */
    private static final int MAX_DRAWS = 50_000;

    private static final String BRAND_FIRST = "瓯东华金明新宏雅德锦恒博嘉瑞鼎永天兴汇志鸿海卓美立晨星云康富万百佳信盛隆腾泰丰诚欧奥凯爱贝步帝中宝";
    private static final String BRAND_SECOND = "达丰泰诚昌盛源利发隆宇洲邦凯越帆辉杰豪冠尚品艺途步迪威通顺福祥瑞美琪娜兰莱克";
    private static final Map<Industry, List<String>> TRADES = parts("trades", Industry::valueOf);
    private static final List<String> LEGAL_FORMS = List.of("有限公司", "有限公司", "有限公司", "有限公司", "有限公司", "有限公司",
            "股份有限公司", "科技有限公司", "科技有限公司", "集团有限公司");

    /** Fields of an institution's name by industry. */
    private static final Map<Industry, List<String>> FIELDS = parts("fields", Industry::valueOf);
    private static final Map<InstitutionType, List<String>> INSTITUTION_NOUNS = parts("institution-nouns", InstitutionType::valueOf);
    private static final List<String> INSTITUTION_BRANDS = List.of("瓯江", "之江", "东海", "华夏", "中科", "国检", "浙南", "江南", "海峡",
            "湾区", "长三角", "中纺", "中轻", "华测", "信标", "天衡", "远景", "智造");
    /** Universities by city; their schools and labs are the institutions. */
    private static final Map<String, List<String>> UNIVERSITIES = Map.ofEntries(
            Map.entry("温州市", List.of("温州大学", "温州职业技术学院", "浙江工贸职业技术学院", "温州理工学院", "温州商学院", "温州医科大学",
                    "温州科技职业学院")),
            Map.entry("杭州市", List.of("浙江理工大学", "中国美术学院", "浙江大学", "浙江工业大学", "浙江科技大学")),
            Map.entry("上海市", List.of("东华大学", "上海工程技术大学", "上海视觉艺术学院")),
            Map.entry("北京市", List.of("北京服装学院", "清华大学美术学院", "北京化工大学")),
            Map.entry("广州市", List.of("广东工业大学", "华南理工大学", "广州美术学院")),
            Map.entry("深圳市", List.of("深圳大学", "深圳职业技术大学")),
            Map.entry("泉州市", List.of("黎明职业大学", "泉州师范学院", "华侨大学")),
            Map.entry("宁波市", List.of("宁波大学", "浙大宁波理工学院")),
            Map.entry("苏州市", List.of("苏州大学", "苏州工艺美术职业技术学院")),
            Map.entry("镇江市", List.of("江苏大学", "江苏科技大学")),
            Map.entry("金华市", List.of("浙江师范大学", "金华职业技术大学")),
            Map.entry("成都市", List.of("四川大学", "西南交通大学")),
            Map.entry("西安市", List.of("陕西科技大学", "西安工程大学")),
            Map.entry("武汉市", List.of("武汉纺织大学", "湖北美术学院")),
            Map.entry("无锡市", List.of("江南大学", "无锡工艺职业技术学院")));
    private static final List<String> UNIVERSITY_UNITS = List.of("研究所", "研究中心", "重点实验室", "工程技术中心", "协同创新中心", "设计工作室");
    private static final List<String> UNIVERSITY_FIELDS = List.of("鞋类设计", "鞋革材料", "服装工程", "纺织材料", "光学镜片", "眼视光",
            "时尚设计", "皮革化学", "功能纺织", "数字时尚", "智能制造", "工业设计", "品牌战略", "知识产权", "高分子材料", "色彩与图案");
    private static final List<String> UNIVERSITY_SCHOOLS = List.of("服装学院", "鞋革学院", "设计学院", "时尚学院", "材料学院", "纺织学院",
            "艺术与设计学院", "机电工程学院", "经济管理学院", "化学与材料工程学院");

    private static final Map<Industry, List<String>> FIELDS_EN = parts("fields-en", Industry::valueOf);
    private static final Map<InstitutionType, List<String>> NOUNS_EN = parts("nouns-en", InstitutionType::valueOf);
    private static final List<String> QUALIFIERS_EN = List.of("", "", "International ", "Advanced ", "Applied ", "European ", "Technical ",
            "Creative ", "Sustainable ", "Digital ");

    private static final String SURNAMES = "陈王李张林黄周吴郑潘叶徐朱胡金章蔡谢池季杨刘赵孙钱冯何余施夏邱卢项缪戴应姜薛方董";
    private static final String FEMALE_FIRST = "雅静晓思欣梦佳婉诗若可晨语婧慧丽秀";
    private static final String FEMALE_SECOND = "琳怡婷雯然萱涵瑶琪颖洁璐妍菲蕾娜倩悦";
    private static final String MALE_FIRST = "志建俊浩子宇文海立伟振国明家鹏晨永";
    private static final String MALE_SECOND = "强明杰辉涛轩博峰斌华军锋磊超宁远";
    /** Given and family names of designers by country (ISO code of the place they work in). */
    private static final Map<String, List<String>> GIVEN_NAMES = parts("given-names", country -> country);
    private static final Map<String, List<String>> FAMILY_NAMES = parts("family-names", country -> country);

    /** One table of {@code dev/demo/name-parts.tsv}: its words by key. */
    private static <K> Map<K, List<String>> parts(String table, Function<String, K> key) {
        Map<K, List<String>> words = new HashMap<>();
        for (String[] row : TsvResource.rows("name-parts.tsv", 3)) {
            if (row[0].equals(table)) {
                words.put(key.apply(row[1]), List.of(row[2].split(",")));
            }
        }
        return Map.copyOf(words);
    }

    private final Random random;

    Names(Random random) {
        this.random = random;
    }

    /**
     * A name not in {@code taken}, drawn from {@code candidate} until one is free; added to {@code taken}. When the
     * parts run out (a library of a million records), the name of a branch: {@code 温州宏达鞋业有限公司（2）}.
     */
    String distinct(Set<String> taken, Supplier<String> candidate) {
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            String name = draw < PLAIN_DRAWS ? candidate.get() : candidate.get() + "（" + (draw / PLAIN_DRAWS + 1) + "）";
            if (taken.add(name)) {
                return name;
            }
        }
        throw new IllegalStateException("no unused demo name after " + MAX_DRAWS + " draws: the library is too large for the name parts");
    }

    /** A firm registered in its district, such as 温州市瓯海区宏达鞋业有限公司 or 浙江嘉步鞋业集团有限公司. */
    String enterprise(Industry industry, District district) {
        double prefix = random.nextDouble();
        String place = prefix < 0.45 ? Places.of(district).official() : prefix < 0.7 ? "温州" : prefix < 0.85 ? "温州市" : "浙江";
        return place + brand() + pick(TRADES.get(industry)) + pick(LEGAL_FORMS);
    }

    /** A short brand of two different characters. */
    String brand() {
        char first = BRAND_FIRST.charAt(random.nextInt(BRAND_FIRST.length()));
        char second;
        do {
            second = BRAND_SECOND.charAt(random.nextInt(BRAND_SECOND.length()));
        } while (second == first);
        return "" + first + second;
    }

    /**
     * A Chinese institution in {@code city} (Wenzhou: {@code district} gives its short place name): a school or lab
     * of the city's universities, or a place, sometimes a brand, a field and the noun of its type.
     */
    String institution(InstitutionType type, Industry industry, String city, District district) {
        if (type == InstitutionType.UNIVERSITY && UNIVERSITIES.containsKey(city)) {
            String university = pick(UNIVERSITIES.get(city));
            return random.nextDouble() < 0.3 ? university + pick(UNIVERSITY_SCHOOLS)
                    : university + pick(UNIVERSITY_FIELDS) + pick(UNIVERSITY_UNITS);
        }
        String place;
        if (district != null) {
            double where = random.nextDouble();
            place = where < 0.4 ? "温州" : where < 0.55 ? "温州市" : where < 0.65 ? "浙江" : Places.of(district).shortName();
        } else {
            place = city.replace("市", "");
        }
        String brand = random.nextBoolean() ? pick(INSTITUTION_BRANDS) : "";
        List<String> nouns = INSTITUTION_NOUNS.getOrDefault(type, UNIVERSITY_UNITS);
        return place + brand + pick(FIELDS.get(industry)) + pick(nouns);
    }

    /** A foreign institution, such as Milano Advanced Footwear Research Centre. */
    String institutionEn(InstitutionType type, Industry industry, String city) {
        return city + " " + pick(QUALIFIERS_EN) + pick(FIELDS_EN.get(industry)) + " " + pick(NOUNS_EN.get(type));
    }

    /** A Chinese person's name: surname and a two-character given name. */
    String personZh() {
        boolean female = random.nextBoolean();
        String first = female ? FEMALE_FIRST : MALE_FIRST;
        String second = female ? FEMALE_SECOND : MALE_SECOND;
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + first.charAt(random.nextInt(first.length()))
                + second.charAt(random.nextInt(second.length()));
    }

    /**
     * A person working in {@code country} (an ISO code), given name first, some with a middle initial; a Chinese name
     * for places without a list.
     */
    String personAbroad(String country) {
        List<String> given = GIVEN_NAMES.get(country);
        if (given == null) {
            return personZh();
        }
        String first = pick(given);
        String middle = random.nextDouble() < 0.25 ? (char) ('A' + random.nextInt(26)) + ". " : "";
        return first + " " + middle + pick(FAMILY_NAMES.get(country));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
