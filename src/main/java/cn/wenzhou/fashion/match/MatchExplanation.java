package cn.wenzhou.fashion.match;

import java.util.List;
import java.util.Map;

import cn.wenzhou.fashion.search.Fragment;

/**
 * Why a partner or need ranks where it does: each factor's points (they add up to the score), the
 * matched terms marked in fragments of the counterpart's texts, and one or two reasons in Chinese and English.
 */
public record MatchExplanation(List<Factor> factors, Map<String, List<Fragment>> matchedTerms, List<String> reasonsZh,
        List<String> reasonsEn) {
}
