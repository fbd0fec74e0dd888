package cn.wenzhou.fashion.search;

import java.util.List;

/**
 * A query's text with its {@link DomainAnalyzer} tokens ({@link DomainAnalyzer#analyze}): analyzed once per request, then used for
 * retrieval, highlighting and scoring (word segmentation of a long need is the costly step).
 *
 * @param words the distinct words, in order
 * @param concepts the distinct concept tokens, in order
 */
public record AnalyzedText(String text, List<String> words, List<String> concepts) {

    public boolean isBlank() {
        return words.isEmpty() && concepts.isEmpty();
    }
}
