package cn.wenzhou.fashion.search;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * A query's text with its {@link DomainAnalyzer} tokens: analyzed once per request, then used for
 * retrieval, highlighting and scoring (word segmentation of a long need is the costly step).
 *
 * @param words the distinct words, in order
 * @param concepts the distinct concept tokens, in order
 */
public record AnalyzedText(String text, List<String> words, List<String> concepts) {

    public static AnalyzedText of(String text) {
        var words = new LinkedHashSet<String>();
        var concepts = new LinkedHashSet<String>();
        for (String token : DomainAnalyzer.shared().tokens(text).split(" ")) {
            if (token.startsWith(SynonymDictionary.CONCEPT_PREFIX)) {
                concepts.add(token);
            } else if (!token.isEmpty()) {
                words.add(token);
            }
        }
        return new AnalyzedText(text == null ? "" : text, List.copyOf(words), List.copyOf(concepts));
    }

    public boolean isBlank() {
        return words.isEmpty() && concepts.isEmpty();
    }
}
