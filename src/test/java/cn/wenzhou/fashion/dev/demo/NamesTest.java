package cn.wenzhou.fashion.dev.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Names stay distinct when the parts run out: numbered branches, then a clear refusal. */
class NamesTest {

    private final Names names = new Names(new Random(1));

    @Test
    void aNameTakenEverywhereBecomesTheNameOfNumberedBranches() {
        Set<String> taken = new HashSet<>();
        assertThat(names.distinct(taken, () -> "宏达鞋业有限公司")).isEqualTo("宏达鞋业有限公司");
        assertThat(names.distinct(taken, () -> "宏达鞋业有限公司")).isEqualTo("宏达鞋业有限公司（2）");
        assertThat(names.distinct(taken, () -> "宏达鞋业有限公司")).isEqualTo("宏达鞋业有限公司（3）");
        assertThat(taken).containsExactlyInAnyOrder("宏达鞋业有限公司", "宏达鞋业有限公司（2）", "宏达鞋业有限公司（3）");
    }

    @Test
    void partsThatCannotNameTheLibraryEvenAsBranchesAreRefused() {
        Set<String> taken = new HashSet<>();
        for (int branch = 2; branch <= 50; branch++) {
            taken.add("宏达（" + branch + "）");
        }
        taken.add("宏达");
        assertThatThrownBy(() -> names.distinct(taken, () -> "宏达")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("too large for the name parts");
    }
}
