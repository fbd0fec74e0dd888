package cn.wenzhou.fashion.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JudgmentsTest {

    private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 0);

    @Test
    void idealRankingScoresOne() {
        assertThat(Judgments.ndcgAt10(List.of("a", "b", "c"), GRADES)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void swappedRankingScoresBelowOne() {
        // DCG = 3/log2(2) + 7/log2(3); IDCG = 7 + 3/log2(3)
        double expected = (3 + 7 / (Math.log(3) / Math.log(2))) / (7 + 3 / (Math.log(3) / Math.log(2)));
        assertThat(Judgments.ndcgAt10(List.of("b", "a"), GRADES)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void repeatsAndUnknownsCountZeroAndEmptyScoresZero() {
        assertThat(Judgments.ndcgAt10(List.of("x", "a", "a"), GRADES))
                .isCloseTo(Judgments.ndcgAt10(List.of("x", "a"), GRADES), within(1e-9));
        assertThat(Judgments.ndcgAt10(List.of(), GRADES)).isZero();
    }

    @Test
    void judgmentsCoverEveryNeedOfThePublicSet() {
        assertThat(Judgments.load()).hasSize(25).allSatisfy((need, grades) -> assertThat(grades).isNotEmpty());
    }
}
