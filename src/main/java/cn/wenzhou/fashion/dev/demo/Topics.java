package cn.wenzhou.fashion.dev.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.Industry;

/**
 * Hand-written R&D topics of each industry: a service partners offer and the need enterprises state
 * for it. The demo generator combines them with products, places and names.
 */
final class Topics {

    /**
     * A capability title and description, the need it answers (in the words of several enterprises), the words
     * both use, and the product lines it is about (empty: any of the industry's).
     */
    record Topic(CapabilityCategory category, String capability, String capabilityText, List<String> needs, String needText,
            List<String> keywords, List<String> products) {

        /** Whether a need about this topic may be about {@code product}. */
        boolean fits(Product product) {
            return products.isEmpty() || products.contains(product.name());
        }
    }

    private static Topic t(CapabilityCategory category, String capability, String capabilityText, String need,
            String needText, String keywords) {
        return t(category, capability, capabilityText, need, needText, keywords, "");
    }

    /**
     * A topic about the product lines listed in {@code products} (comma-separated; empty: any), the need's
     * phrasings separated by {@code |}.
     */
    private static Topic t(CapabilityCategory category, String capability, String capabilityText, String needs,
            String needText, String keywords, String products) {
        return new Topic(category, capability, capabilityText, List.of(needs.split("\\|")), needText, List.of(keywords.split(",")),
                products.isEmpty() ? List.of() : List.of(products.split(",")));
    }

    /** A product line and the styles, materials or uses that make it a firm's own (女士休闲鞋, 飞织女士休闲鞋). */
    record Product(String name, List<String> styles) {
    }

    private static List<Product> products(String... lines) {
        return Arrays.stream(lines).map(line -> line.split(":"))
                .map(parts -> new Product(parts[0], List.of(parts[1].split(",")))).toList();
    }

    static final Map<Industry, List<Product>> PRODUCTS = Map.of(
            Industry.FOOTWEAR, products("女士休闲鞋:真皮,飞织,超纤,软底", "男士正装皮鞋:头层牛皮,小牛皮,手工缝制,德比", "童鞋:学步,软底,网面,魔术贴",
                    "运动鞋:飞织,气垫,轻量,碳板", "时装短靴:切尔西,粗跟,羊皮,加绒", "劳保鞋:钢包头,防砸,防刺穿,绝缘", "凉鞋:罗马,坡跟,沙滩,真皮",
                    "乐福鞋:真皮,麂皮,厚底,英伦", "马丁靴:八孔,厚底,擦色,加绒", "板鞋:帆布,硫化,厚底,复古", "老爹鞋:增高,网面,复古,拼色",
                    "雪地靴:羊毛一体,防水,加厚,中筒", "高跟鞋:细跟,尖头,漆皮,婚礼", "徒步鞋:防水,防滑,中帮,越野", "拖鞋:EVA,室内,沙滩,软木"),
            Industry.APPAREL, products("女装连衣裙:真丝,雪纺,针织,通勤", "男士西装:羊毛,修身,商务,定制", "童装:纯棉,A类,校服款,亲子",
                    "针织T恤:纯棉,莫代尔,冰丝,印花", "羽绒服:鹅绒,轻薄,长款,连帽", "瑜伽服:无缝,裸感,高弹,速干", "衬衫:免烫,纯棉,亚麻,商务",
                    "冲锋衣:三合一,防水,软壳,户外", "牛仔裤:弹力,水洗,直筒,阔腿", "工装:阻燃,防静电,反光,耐磨"),
            Industry.EYEWEAR, products("钛合金镜架:纯钛,β钛,无框,半框", "板材镜架:醋酸,复古,大框,猫眼", "太阳镜:偏光,尼龙片,飞行员,运动",
                    "儿童眼镜:硅胶,防蓝光,离焦,轻量", "运动眼镜:骑行,防雾,滑雪,泳镜", "老花镜:折叠,渐进,便携,防蓝光", "树脂镜片:1.60,1.67,变色,非球面",
                    "智能眼镜:蓝牙,音频,AR,拍摄"),
            Industry.ACCESSORIES, products("合金发饰:珍珠,水钻,复古,韩版", "银饰项链:925银,锁骨链,吊坠,镀金", "不锈钢手链:钛钢,编织,情侣,磁扣",
                    "耳饰:耳钉,耳夹,流苏,珍珠", "皮带扣:自动扣,针扣,板扣,合金", "箱包五金:拉链头,锁扣,D字扣,铆钉", "胸针:珐琅,国潮,徽章,镶钻",
                    "手表表带:真皮,硅胶,钢带,尼龙"),
            Industry.DESIGN_SERVICES, products("鞋服品牌:国潮,户外,童装,轻奢", "眼镜品牌:潮牌,光学,太阳镜,儿童", "饰品品牌:轻奢,国风,快时尚,银饰",
                    "文创产品:城市,非遗,博物馆,瓯越", "箱包品牌:通勤,旅行,商务,轻奢", "运动品牌:跑步,户外,球类,训练"),
            Industry.LEATHER, products("牛皮鞋面革:头层,摔纹,漆面,磨砂", "羊皮服装革:纳帕,绒面,水洗,印花", "箱包革:荔枝纹,十字纹,植鞣,油蜡",
                    "超纤革:绒面,鞋里,汽车内饰,仿真皮"),
            Industry.TEXTILES, products("涤纶面料:再生,四面弹,仿记忆,春亚纺", "棉针织面料:精梳,汗布,罗纹,毛圈", "功能性面料:防水透湿,抗菌,凉感,阻燃",
                    "真丝面料:桑蚕丝,重磅,印花,双绉"));

    static final Map<Industry, List<Topic>> BY_INDUSTRY = Map.of(
            Industry.FOOTWEAR, List.of(
                    t(CapabilityCategory.TESTING_CERTIFICATION, "成品鞋防滑性能检测", "按GB/T 3903.6和SATRA TM144测试鞋底在干湿瓷砖上的动摩擦系数。",
                            "湿地打滑，需做防滑测试并改进|鞋底防滑性能差，求测试与改进方案|湿滑地面易打滑被投诉，需提升防滑", "客户投诉湿滑地面容易打滑，要求提供防滑测试报告，希望找机构测出摩擦系数并给出改进建议。", "防滑,摩擦系数,大底,湿滑"),
                    t(CapabilityCategory.MATERIAL_RD, "鞋底材料配方开发", "针对PU、TPU、EVA和橡胶大底开展配方设计与改性，解决耐磨和轻量化问题。",
                            "PU大底耐磨性不足，需改进配方|大底磨损快，想提升耐磨又控成本|鞋底耐磨不达标，求配方改性", "现有大底穿着两三个月就磨平，想在不明显增加成本的前提下提升耐磨性能。", "耐磨,大底,配方,PU"),
                    t(CapabilityCategory.PROCESS_TECH, "帮底粘合与胶粘剂匹配", "评估处理剂、水性胶与溶剂胶的适配性，优化活化温度与压合参数。",
                            "鞋子开胶返单多，需攻关粘合工艺|帮底开胶退货，求胶粘剂选型与压合工艺|出口订单开胶，需提高剥离强度", "出口订单出现帮底开胶退货，想找专家诊断胶粘剂选型和压合工艺。", "开胶,胶粘剂,剥离强度,帮底"),
                    t(CapabilityCategory.DIGITAL_TECH, "足型扫描与数字鞋楦", "三维足型采集、数据分析和数字化楦型设计。",
                            "需建立数字化鞋楦库|想用三维足型数据改进楦型|需3D打印快速出样楦，提升穿着舒适度", "想用三维足型数据改进楦型，提高穿着舒适度，并用3D打印快速出样楦。", "鞋楦,足型,3D打印,数字化"),
                    t(CapabilityCategory.INDUSTRIAL_DESIGN, "运动鞋大底花纹与造型设计", "外底抓地花纹、大底造型设计与模具对接。",
                            "新款大底花纹与造型开发|需设计师开发新大底并对接模具|想开发防滑耐看的外底花纹", "计划开发一款新大底，需要设计师负责花纹、造型以及和模具厂对接。", "大底,花纹,造型,模具", "运动鞋,徒步鞋,老爹鞋,板鞋,劳保鞋"),
                    t(CapabilityCategory.TESTING_CERTIFICATION, "童鞋安全技术规范检测", "依据GB 30585开展邻苯二甲酸酯、附件抗拉力等全项检测。",
                            "童鞋需做GB 30585全项检测|上电商平台需GB 30585检测报告|邻苯和附件抗拉力需检测", "童鞋准备上电商平台，平台要求提供GB 30585全项检测报告。", "童鞋,GB 30585,安全检测,邻苯", "童鞋"),
                    t(CapabilityCategory.MATERIAL_RD, "超临界发泡中底开发", "超临界流体发泡工艺的材料选型与量产导入。",
                            "轻量化中底需导入超临界发泡|想做更轻更弹的中底|中底偏重回弹差，想试超临界发泡", "想做更轻更弹的中底，了解超临界发泡的材料和设备方案。", "超临界发泡,中底,轻量化,EVA"),
                    t(CapabilityCategory.FASHION_DESIGN, "女鞋季度系列开发", "结合鞋展与电商数据做趋势判断和季度系列企划。",
                            "需要设计师做下一季系列企划|缺原创设计，求季度款式企划|想请设计师跟进新季打样", "公司缺少原创设计能力，希望设计师按季度做款式企划和样品跟进。", "女鞋,系列企划,趋势,款式", "女士休闲鞋,时装短靴,凉鞋,乐福鞋,高跟鞋,马丁靴,雪地靴"),
                    t(CapabilityCategory.IP_SERVICES, "鞋款外观专利布局", "针对鞋款与鞋底花纹制定外观设计专利申请方案。",
                            "新款被仿冒，需要外观专利保护|爆款遭仿冒，想系统申请外观专利|电商平台仿款多，需专利布局与维权", "爆款上市后很快出现仿款，想系统申请外观设计专利并处理电商侵权。", "外观专利,侵权,仿冒,专利布局")),
            Industry.APPAREL, List.of(
                    t(CapabilityCategory.FASHION_DESIGN, "服装CAD制版与推码", "使用CAD系统制版、推档放码和排料。",
                            "版型不稳定，需要专业制版推码|大码版型总出问题，求版师制版推码|排料浪费大，需优化制版与排料", "新款大码女装版型总有问题，希望有版师帮助制版、推码和优化排料。", "制版,推码,版型,排料"),
                    t(CapabilityCategory.DIGITAL_TECH, "3D虚拟样衣", "基于CLO3D建立面料物理参数库，制作虚拟样衣。",
                            "打样成本高，想用3D虚拟样衣|想引入3D虚拟样衣和线上审版|打样周期长，需数字化样衣", "每季打样上百件，成本高周期长，想引入3D虚拟样衣和线上审版。", "3D虚拟样衣,CLO3D,数字化,打样"),
                    t(CapabilityCategory.TESTING_CERTIFICATION, "纺织品色牢度检测", "耐洗、耐摩擦、耐汗渍和耐光色牢度检测。",
                            "面料掉色，需做色牢度检测|深色面料洗后串色，求检测与原因分析|客户投诉掉色，需色牢度检测报告", "客户投诉深色面料洗后掉色串色，需要检测色牢度并分析原因。", "色牢度,掉色,面料,检测", "女装连衣裙,童装,针织T恤,衬衫,牛仔裤,瑜伽服"),
                    t(CapabilityCategory.PROCESS_TECH, "数码印花工艺", "涤纶分散和棉、真丝活性数码印花打样与工艺优化。",
                            "小批量印花需改数码印花|订单碎片化，想把丝网印花改数码印花|数码印花打样与工艺需指导", "订单越来越碎，想把部分丝网印花改为数码印花，需要工艺指导。", "数码印花,印花,打样,小批量"),
                    t(CapabilityCategory.PROCESS_TECH, "无缝针织产品开发", "圆机无缝针织组织设计与成型工艺。",
                            "开发无缝针织瑜伽服|无缝针织运动系列需组织设计|圆机无缝针织上机工艺需支持", "计划推出无缝针织运动系列，需要组织设计和上机工艺支持。", "无缝针织,瑜伽服,圆机,组织设计", "瑜伽服,针织T恤"),
                    t(CapabilityCategory.BRAND_MARKETING, "服装品牌视觉升级", "品牌定位、视觉识别与终端形象设计。",
                            "老品牌需要年轻化升级|品牌形象老化，想做年轻化和门店升级|需重做品牌视觉识别", "品牌创立二十多年，形象老化，想做品牌年轻化和门店形象升级。", "品牌升级,视觉识别,品牌年轻化,门店形象", "男士西装,女装连衣裙,衬衫,羽绒服,冲锋衣,牛仔裤"),
                    t(CapabilityCategory.DIGITAL_TECH, "服装智能制造与吊挂系统", "生产数据采集、智能吊挂与精益排产。",
                            "车间需要数字化改造|缝制车间效率低，想上吊挂系统|需生产数据看板与精益排产", "缝制车间效率低，想引入吊挂系统和生产数据看板。", "智能制造,吊挂,数字化车间,排产")),
            Industry.EYEWEAR, List.of(
                    t(CapabilityCategory.PROCESS_TECH, "钛及钛合金镜架焊接工艺", "纯钛、β钛镜架激光焊与钎焊工艺优化。",
                            "钛架焊点易断，需优化焊接工艺|焊点疲劳测试断裂，求激光焊工艺优化|钛合金焊接良率低，需工艺攻关", "钛合金镜架焊点在疲劳测试中断裂，想找机构优化焊接工艺。", "钛架,焊接,焊点,镜架", "钛合金镜架,老花镜,智能眼镜"),
                    t(CapabilityCategory.PROCESS_TECH, "镜架电镀与真空离子镀", "金属镜架电镀和PVD工艺开发，提升镀层附着力。",
                            "镜架镀层脱落，需改进电镀工艺|镀层半年起皮，想改真空离子镀|需提升镀层附着力", "金属镜架使用半年后镀层起皮脱落，想改进电镀或真空离子镀工艺。", "电镀,PVD,镀层,镜架", "钛合金镜架,太阳镜,老花镜,运动眼镜"),
                    t(CapabilityCategory.TESTING_CERTIFICATION, "金属镜架镍释放检测", "依据EN 1811检测镜架与皮肤接触部位的镍释放量。",
                            "出口欧盟镜架需做镍释放检测|欧盟客户要求EN 1811镍释放报告|镍释放需检测与整改", "欧盟客户要求镜架镍释放符合EN 1811，需要出具检测报告。", "镍释放,EN 1811,镜架,出口欧盟", "钛合金镜架,太阳镜,老花镜"),
                    t(CapabilityCategory.INDUSTRIAL_DESIGN, "板材镜架款式设计", "醋酸纤维板材镜架款式开发与三维建模。",
                            "需要原创板材镜架款式|想开发有辨识度的板材镜框系列|板材镜框需设计出款和三维建模", "想开发有辨识度的板材镜框系列，需要设计师出款和建模。", "板材,镜框,款式设计,醋酸纤维", "板材镜架,太阳镜,儿童眼镜"),
                    t(CapabilityCategory.MATERIAL_RD, "镜片加硬与镀膜技术", "树脂镜片加硬、减反射和防蓝光镀膜。",
                            "镜片膜层易划伤，需改进镀膜|需加硬和减反射镀膜|膜层耐磨差，求镀膜工艺改进", "树脂镜片膜层耐磨性差，想改进加硬和减反射镀膜工艺。", "镀膜,加硬,镜片,减反射", "树脂镜片,太阳镜,运动眼镜,老花镜,儿童眼镜"),
                    t(CapabilityCategory.TESTING_CERTIFICATION, "太阳镜及镜片检测", "依据GB 39552检测紫外透射比和偏光效率。",
                            "太阳镜需检测紫外透射比|上架需紫外透射比和偏光检测报告|偏光效率需第三方检测", "太阳镜上架需要紫外透射比和偏光性能检测报告。", "太阳镜,紫外透射比,偏光,检测", "太阳镜,运动眼镜,树脂镜片")),
            Industry.ACCESSORIES, List.of(
                    t(CapabilityCategory.PROCESS_TECH, "饰品电镀与防变色工艺", "合金饰品电镀、无镍电镀与防变色保护层。",
                            "饰品容易氧化变色|佩戴后发黑，需防变色工艺|需改无镍电镀并防变色", "合金饰品佩戴一段时间后变黑，想改进电镀和防变色工艺。", "电镀,防变色,无镍,合金"),
                    t(CapabilityCategory.TESTING_CERTIFICATION, "饰品有害物质检测", "铅、镉、镍释放等出口合规检测。",
                            "出口饰品需做铅镉检测|美国客户要求铅镉含量合规报告|镍释放与铅镉需出口合规检测", "美国客户要求饰品铅镉含量合规，需要检测报告。", "铅镉,镍释放,出口合规,饰品检测"),
                    t(CapabilityCategory.DIGITAL_TECH, "首饰三维建模与打印", "首饰三维建模、渲染与蜡版3D打印。",
                            "首饰开发需要三维建模|想用3D打印缩短出样周期|新品需三维建模与渲染", "想缩短新品开发周期，需要三维建模和3D打印出样。", "三维建模,3D打印,首饰,出样", "银饰项链,耳饰,胸针,合金发饰,不锈钢手链"),
                    t(CapabilityCategory.FASHION_DESIGN, "饰品系列设计", "流行趋势研究与饰品系列款式设计。",
                            "需要原创饰品系列|产品同质化，想开发有故事的原创系列|求设计师做趋势饰品系列", "产品同质化严重，想请设计师开发有故事的原创系列。", "饰品设计,系列,原创,趋势")),
            Industry.DESIGN_SERVICES, List.of(
                    t(CapabilityCategory.BRAND_MARKETING, "品牌视觉识别设计", "品牌标志、VI系统与包装视觉设计。",
                            "需要整套品牌视觉识别|新品牌上线，需标志和VI设计|包装与视觉识别需整体设计", "新品牌上线，需要标志、VI和包装的整套设计。", "视觉识别,VI,品牌设计,包装"),
                    t(CapabilityCategory.INDUSTRIAL_DESIGN, "产品外观与结构设计", "消费品外观造型、结构设计与手板验证。",
                            "新产品需要外观和结构设计|新品类需外观造型与手板|需结构设计和手板验证", "计划推出新品类，需要外观造型、结构设计和手板。", "外观设计,结构设计,手板,产品开发"),
                    t(CapabilityCategory.TRAINING, "设计人才培训", "面向企业设计人员的设计方法与软件培训。",
                            "设计团队需要系统培训|设计人员软件薄弱，需系统培训|求设计方法与软件课程", "公司设计人员软件和方法都比较薄弱，希望安排系统培训。", "培训,设计人才,软件,课程")),
            Industry.LEATHER, List.of(
                    t(CapabilityCategory.MATERIAL_RD, "无铬鞣制革技术", "无铬鞣剂筛选与wet-white工艺开发。",
                            "需要开发无铬鞣皮革|欧洲客户要求无铬鞣皮料|想开发wet-white工艺并控成本", "欧洲客户要求无铬鞣皮料，想开发wet-white工艺并控制成本。", "无铬鞣,wet-white,鞣制,环保"),
                    t(CapabilityCategory.TESTING_CERTIFICATION, "皮革有害物质检测", "六价铬、甲醛、偶氮染料和DMF检测。",
                            "皮料需做六价铬检测|出口订单要求六价铬和偶氮检测|甲醛与DMF需检测", "出口订单要求提供六价铬和偶氮染料检测报告。", "六价铬,偶氮,甲醛,皮革检测"),
                    t(CapabilityCategory.PROCESS_TECH, "皮革涂饰工艺", "皮革涂饰配方与耐磨、耐折性能提升。",
                            "皮革涂层易开裂|弯折后涂层开裂，需改进涂饰|涂饰耐磨耐折需提升", "鞋面革涂层耐折性差，弯折后开裂，需要改进涂饰。", "涂饰,耐折,开裂,鞋面革")),
            Industry.TEXTILES, List.of(
                    t(CapabilityCategory.MATERIAL_RD, "功能性面料整理", "防水透湿、抗菌、凉感等功能整理。",
                            "开发防水透湿功能面料|户外服装面料需防水透湿整理|想开发抗菌凉感面料", "想为户外服装开发防水透湿面料，需要整理工艺和检测支持。", "防水透湿,功能整理,抗菌,面料"),
                    t(CapabilityCategory.TESTING_CERTIFICATION, "纺织品生态安全检测", "甲醛、pH值、可分解芳香胺等检测。",
                            "面料需做生态安全检测|童装面料需甲醛和pH值检测|生态安全指标需第三方检测", "童装面料需要甲醛和pH值等生态安全检测。", "甲醛,pH值,生态安全,纺织检测")));

    private Topics() {
    }
}
