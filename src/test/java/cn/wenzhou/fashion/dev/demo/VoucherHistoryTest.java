package cn.wenzhou.fashion.dev.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.wenzhou.fashion.domain.District;

/** The bureau's headline figures of the demo history do not grow with the library. */
class VoucherHistoryTest {

    /** Firm ids by district as the generator places {@code enterprises} fashion firms, numbered from 1. */
    private static Map<District, List<Long>> library(int enterprises) {
        Map<District, List<Long>> firms = new EnumMap<>(District.class);
        long[] next = {1};
        DemoDataGenerator.districtsOf(enterprises).forEach((district, count) -> firms.put(district,
                new ArrayList<>(LongStream.range(next[0], next[0] += count).boxed().toList())));
        return firms;
    }

    @ParameterizedTest
    @ValueSource(ints = {620, 3_100, 15_500, 31_000})
    void sixHundredTwentyFashionFirmsAmongTenThousandThreeHundredThirtyTwoUsersWhateverTheLibrarySize(int enterprises) {
        Map<District, List<Long>> fashion = VoucherHistory.voucherUsers(library(enterprises));
        assertThat(fashion.get(District.OUHAI)).hasSize(313).doesNotHaveDuplicates();
        assertThat(fashion.get(District.RUIAN)).hasSize(186).doesNotHaveDuplicates();
        assertThat(fashion.get(District.LUCHENG)).hasSize(105).doesNotHaveDuplicates();
        assertThat(fashion.values().stream().mapToInt(List::size).sum()).isEqualTo(620);

        Map<District, Integer> others = VoucherHistory.otherUsers(fashion);
        assertThat(others.get(District.OUHAI)).isEqualTo(1465);
        assertThat(others.get(District.RUIAN)).isEqualTo(1536);
        assertThat(others.get(District.LUCHENG)).isEqualTo(386);
        assertThat(620 + others.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10_332);
    }

    @Test
    void voucherUsersSpreadOverTheDistrictsFirms() {
        Map<District, List<Long>> firms = library(15_500);
        List<Long> ouhai = VoucherHistory.voucherUsers(firms).get(District.OUHAI);
        List<Long> all = firms.get(District.OUHAI);
        assertThat(ouhai.get(0)).isLessThan(all.get(all.size() / 100));
        assertThat(ouhai.get(ouhai.size() - 1)).isGreaterThan(all.get(all.size() * 99 / 100));
    }
}
