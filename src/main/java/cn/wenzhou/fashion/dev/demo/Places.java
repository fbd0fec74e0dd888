package cn.wenzhou.fashion.dev.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.wenzhou.fashion.domain.District;

/**
 * The counties and districts of Wenzhou with the towns and streets (镇、街道) where the demo firms sit, so that a
 * firm's name and its needs say where it is, as real registrations do.
 */
final class Places {

    /** A district's official prefix of firm names (温州市瓯海区, 瑞安市), its short name and its towns. */
    record Place(District district, String official, String shortName, List<String> towns) {
    }

    private static final Map<District, Place> PLACES = new EnumMap<>(District.class);

    static {
        add(District.LUCHENG, "温州市鹿城区", "鹿城", "五马", "南汇", "双屿", "藤桥", "丰门", "滨江", "七都", "仰义", "山福");
        add(District.LONGWAN, "温州市龙湾区", "龙湾", "永中", "海城", "状元", "瑶溪", "蒲州", "沙城", "星海");
        add(District.OUHAI, "温州市瓯海区", "瓯海", "娄桥", "郭溪", "潘桥", "仙岩", "梧田", "南白象", "丽岙", "泽雅", "瞿溪", "三垟", "茶山",
                "景山", "新桥");
        add(District.DONGTOU, "温州市洞头区", "洞头", "北岙", "大门", "霓屿", "元觉", "东屏");
        add(District.RUIAN, "瑞安市", "瑞安", "塘下", "马屿", "飞云", "仙降", "莘塍", "汀田", "安阳", "陶山", "上望", "锦湖", "东山", "南滨");
        add(District.YUEQING, "乐清市", "乐清", "柳市", "虹桥", "北白象", "大荆", "乐成", "翁垟", "城南", "淡溪");
        add(District.LONGGANG, "龙港市", "龙港", "芦浦", "舥艚", "湖前", "新城", "白沙");
        add(District.YONGJIA, "永嘉县", "永嘉", "瓯北", "桥头", "上塘", "桥下", "乌牛", "岩头", "黄田");
        add(District.PINGYANG, "平阳县", "平阳", "昆阳", "鳌江", "水头", "萧江", "万全", "腾蛟");
        add(District.CANGNAN, "苍南县", "苍南", "灵溪", "藻溪", "桥墩", "马站", "矾山", "钱库", "金乡", "宜山");
        add(District.WENCHENG, "文成县", "文成", "大峃", "珊溪", "玉壶", "南田", "黄坦");
        add(District.TAISHUN, "泰顺县", "泰顺", "罗阳", "泗溪", "筱村", "雅阳", "仕阳");
    }

    private static void add(District district, String official, String shortName, String... towns) {
        PLACES.put(district, new Place(district, official, shortName, List.of(towns)));
    }

    static Place of(District district) {
        return PLACES.get(district);
    }

    private Places() {
    }
}
