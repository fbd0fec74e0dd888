package cn.wenzhou.fashion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class InListsTest {

    @Test
    void valuesAreCutIntoListsOfAThousandInTheirOrder() {
        List<Long> values = LongStream.rangeClosed(1, 2_001).boxed().toList();
        List<List<Long>> lists = InLists.of(values);
        assertThat(lists).extracting(List::size).containsExactly(1_000, 1_000, 1);
        assertThat(lists.get(1).get(0)).isEqualTo(1_001L);
        assertThat(lists.get(2)).containsExactly(2_001L);
        assertThat(InLists.of(List.of())).isEmpty();
    }
}
