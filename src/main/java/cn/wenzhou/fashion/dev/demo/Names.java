package cn.wenzhou.fashion.dev.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import cn.wenzhou.fashion.domain.District;
import cn.wenzhou.fashion.domain.Industry;
import cn.wenzhou.fashion.domain.InstitutionType;

/**
 * Names of demo firms, institutions and designers, composed from parts the way such names are registered
 * (place, brand, trade, legal form; university and school; surname and given name), drawn again until
 * unused: a name never carries a counter. The parts leave room for far more names than a 100,000-record
 * library needs, so a free one is found in a few draws.
 */
final class Names {

    /** More draws than this mean the parts cannot name a library of that size. */
    private static final int MAX_DRAWS = 10_000;

    private static final String BRAND_FIRST = "瓯东华金明新宏雅德锦恒博嘉瑞鼎永天兴汇志鸿海卓美立晨星云康富万百佳信盛隆腾泰丰诚欧奥凯爱贝步帝中宝";
    private static final String BRAND_SECOND = "达丰泰诚昌盛源利发隆宇洲邦凯越帆辉杰豪冠尚品艺途步迪威通顺福祥瑞美琪娜兰莱克";
    private static final Map<Industry, List<String>> TRADES = Map.of(
            Industry.FOOTWEAR, List.of("鞋业", "鞋业", "鞋业", "鞋材", "制鞋", "鞋服"),
            Industry.APPAREL, List.of("服饰", "服饰", "服装", "制衣", "时装"),
            Industry.EYEWEAR, List.of("眼镜", "眼镜", "光学", "眼镜制造"),
            Industry.ACCESSORIES, List.of("饰品", "饰品", "工艺品", "首饰", "五金饰品"),
            Industry.DESIGN_SERVICES, List.of("设计", "创意设计", "品牌设计", "文化创意"));
    private static final List<String> LEGAL_FORMS = List.of("有限公司", "有限公司", "有限公司", "有限公司", "有限公司", "有限公司",
            "股份有限公司", "科技有限公司", "科技有限公司", "集团有限公司");

    /** Fields of an institution's name by industry. */
    private static final Map<Industry, List<String>> FIELDS = Map.of(
            Industry.FOOTWEAR, List.of("鞋革", "鞋业", "鞋类", "制鞋", "鞋材"),
            Industry.APPAREL, List.of("服装", "服饰", "时尚", "纺织服装"),
            Industry.EYEWEAR, List.of("眼镜", "光学", "眼视光", "镜架"),
            Industry.ACCESSORIES, List.of("饰品", "首饰", "时尚饰品", "轻工"),
            Industry.DESIGN_SERVICES, List.of("时尚", "创意", "设计", "文创"),
            Industry.LEATHER, List.of("皮革", "制革", "皮革化工", "鞋革"),
            Industry.TEXTILES, List.of("纺织", "面料", "功能纺织", "印染"));
    private static final Map<InstitutionType, List<String>> INSTITUTION_NOUNS = Map.of(
            InstitutionType.DESIGN_INSTITUTE, List.of("设计研究院", "设计院", "设计事务所", "创意设计中心"),
            InstitutionType.RESEARCH_INSTITUTE, List.of("研究院", "研究所", "技术研究院", "产业研究院"),
            InstitutionType.TESTING_LAB, List.of("检测中心", "质量检验中心", "检测技术有限公司", "检验检测研究院"),
            InstitutionType.TECH_TRANSFER_CENTER, List.of("技术转移中心", "科技成果转化中心", "技术市场服务中心"),
            InstitutionType.INDUSTRIAL_DESIGN_CENTER, List.of("工业设计中心", "工业设计研究院", "工业设计基地"),
            InstitutionType.NEW_RD_INSTITUTION, List.of("创新研究院", "产业创新中心", "新材料研究院", "协同创新研究院"));
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

    private static final Map<Industry, List<String>> FIELDS_EN = Map.of(
            Industry.FOOTWEAR, List.of("Footwear", "Shoe", "Footwear Technology"),
            Industry.APPAREL, List.of("Fashion", "Apparel", "Garment"),
            Industry.EYEWEAR, List.of("Eyewear", "Optical", "Ophthalmic"),
            Industry.ACCESSORIES, List.of("Jewellery", "Accessories", "Metalwork"),
            Industry.DESIGN_SERVICES, List.of("Design", "Creative", "Brand"),
            Industry.LEATHER, List.of("Leather", "Tannery", "Leather Chemistry"),
            Industry.TEXTILES, List.of("Textile", "Fabric", "Fibre"));
    private static final Map<InstitutionType, List<String>> NOUNS_EN = Map.of(
            InstitutionType.DESIGN_INSTITUTE, List.of("Design Institute", "Design Studio", "Design Lab"),
            InstitutionType.UNIVERSITY, List.of("School", "Academy", "University Lab"),
            InstitutionType.RESEARCH_INSTITUTE, List.of("Research Institute", "Research Centre", "Institute"),
            InstitutionType.TESTING_LAB, List.of("Testing Laboratory", "Test Centre", "Quality Lab"),
            InstitutionType.TECH_TRANSFER_CENTER, List.of("Technology Transfer Office", "Innovation Hub", "Technology Centre"),
            InstitutionType.INDUSTRIAL_DESIGN_CENTER, List.of("Industrial Design Centre", "Product Design Centre", "Design Hub"),
            InstitutionType.NEW_RD_INSTITUTION, List.of("Innovation Institute", "Applied Research Lab", "Innovation Centre"));
    private static final List<String> QUALIFIERS_EN = List.of("", "", "International ", "Advanced ", "Applied ", "European ", "Technical ",
            "Creative ", "Sustainable ", "Digital ");

    private static final String SURNAMES = "陈王李张林黄周吴郑潘叶徐朱胡金章蔡谢池季杨刘赵孙钱冯何余施夏邱卢项缪戴应姜薛方董";
    private static final String FEMALE_FIRST = "雅静晓思欣梦佳婉诗若可晨语婧慧丽秀";
    private static final String FEMALE_SECOND = "琳怡婷雯然萱涵瑶琪颖洁璐妍菲蕾娜倩悦";
    private static final String MALE_FIRST = "志建俊浩子宇文海立伟振国明家鹏晨永";
    private static final String MALE_SECOND = "强明杰辉涛轩博峰斌华军锋磊超宁远";
    /** Given and family names of designers by country (ISO code of the place they work in). */
    private static final Map<String, String[][]> FOREIGN_NAMES = Map.of(
            "IT", new String[][] {{"Giulia", "Marco", "Sofia", "Luca", "Chiara", "Matteo", "Francesca", "Alessandro", "Elena", "Davide",
                "Martina", "Paolo"}, {"Romano", "Bianchi", "Ricci", "Conti", "Greco", "Marino", "Gallo", "Fontana", "Moretti", "Esposito",
                "Colombo", "Ferrari"}},
            "DE", new String[][] {{"Anna", "Thomas", "Lena", "Jonas", "Katrin", "Felix", "Julia", "Stefan", "Miriam", "Tobias"},
                {"Schmidt", "Weber", "Fischer", "Wagner", "Becker", "Hoffmann", "Koch", "Richter", "Klein", "Wolf"}},
            "FR", new String[][] {{"Claire", "Julien", "Camille", "Antoine", "Élise", "Mathieu", "Juliette", "Hugo", "Manon", "Louis"},
                {"Dubois", "Laurent", "Moreau", "Lefèvre", "Girard", "Bonnet", "Mercier", "Fournier", "Rousseau", "Blanc"}},
            "GB", new String[][] {{"Oliver", "Emily", "George", "Charlotte", "Harry", "Amelia", "Jack", "Lucy", "James", "Grace"},
                {"Hughes", "Clarke", "Turner", "Walker", "Wright", "Bennett", "Cooper", "Hall", "Wood", "Parker"}},
            "ES", new String[][] {{"Lucía", "Javier", "Carmen", "Pablo", "Marta", "Diego", "Elena", "Sergio", "Laura", "Álvaro"},
                {"García", "Martínez", "López", "Sánchez", "Pérez", "Navarro", "Ruiz", "Romero", "Torres", "Vidal"}},
            "JP", new String[][] {{"Kenji", "Yuki", "Haruto", "Aiko", "Takumi", "Mei", "Sota", "Hana", "Ren", "Sakura"},
                {"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato"}},
            "KR", new String[][] {{"Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Su-bin", "Jae-won", "Yu-na", "Hyun-woo", "Eun-ji"},
                {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"}},
            "HK", new String[][] {{"Wing", "Ka-man", "Chi-hung", "Mei-ling", "Kwok-wai", "Suet-ying", "Tsz-kin", "Hoi-yan", "Man-lok", "Wai-sze"},
                {"Chan", "Wong", "Leung", "Cheung", "Lau", "Ho", "Ng", "Yip", "Tang", "Kwan"}});

    private final Random random;

    Names(Random random) {
        this.random = random;
    }

    /** A name not in {@code taken}, drawn from {@code candidate} until one is free; added to {@code taken}. */
    String distinct(Set<String> taken, Supplier<String> candidate) {
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            String name = candidate.get();
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
        String[][] names = FOREIGN_NAMES.get(country);
        if (names == null) {
            return personZh();
        }
        String given = names[0][random.nextInt(names[0].length)];
        String middle = random.nextDouble() < 0.25 ? (char) ('A' + random.nextInt(26)) + ". " : "";
        return given + " " + middle + names[1][random.nextInt(names[1].length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
