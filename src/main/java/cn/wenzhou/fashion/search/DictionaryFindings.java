package cn.wenzhou.fashion.search;

import java.util.List;

import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.Industry;

/**
 * What the domain dictionary recognizes in a text ({@link DomainAnalyzer#findings}), for a form that proposes
 * codes and keywords while a need is typed.
 *
 * @param terms the first (canonical) term of each concept found, normalized: 鞋底 for 大底 or outsole
 * @param industries the industries the found concepts' sections of the dictionary point to
 * @param categories the capability categories they point to
 */
public record DictionaryFindings(List<String> terms, List<Industry> industries, List<CapabilityCategory> categories) {
}
