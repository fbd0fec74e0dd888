package cn.wenzhou.fashion.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns text into the tokens of the scored {@code terms} index field, the same way for records and for
 * queries: width and case folded, Chinese segmented into words (Lucene smartcn), English stemmed, and a
 * concept token added for every term of the domain dictionary found. Elasticsearch only splits the result
 * on whitespace, so a minimal node and a full cluster index exactly the same tokens.
 */
public final class DomainAnalyzer {

    private static volatile DomainAnalyzer shared;

    private final Analyzer words = new SmartChineseAnalyzer();
    private final SynonymDictionary dictionary;

    private DomainAnalyzer(SynonymDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The analyzer in use; the dictionary is read once, and again on {@link #reload(Path)}. */
    public static DomainAnalyzer shared() {
        DomainAnalyzer analyzer = shared;
        if (analyzer == null) {
            synchronized (DomainAnalyzer.class) {
                if (shared == null) {
                    shared = new DomainAnalyzer(SynonymDictionary.load(configuredDictionary()));
                }
                analyzer = shared;
            }
        }
        return analyzer;
    }

    /** Reads the dictionary again (from {@code file}, or the classpath when null); returns its group count. */
    public static int reload(Path file) {
        var analyzer = new DomainAnalyzer(SynonymDictionary.load(file));
        shared = analyzer;
        return analyzer.dictionary.groups();
    }

    private static Path configuredDictionary() {
        String file = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("library.search.dictionary", String.class).orElse(null);
        return file == null || file.isBlank() ? null : Path.of(file);
    }

    /** Space-separated tokens of a text: its words, then the concepts it mentions. */
    public String tokens(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String normalized = Normalizer.normalize(text);
        List<String> tokens = new ArrayList<>(words(normalized));
        tokens.addAll(dictionary.concepts(Normalizer.singularize(normalized)));
        return String.join(" ", tokens);
    }

    /** The concept tokens alone: what the dictionary recognizes in a text. */
    public List<String> concepts(String text) {
        return text == null ? List.of() : dictionary.concepts(Normalizer.singularize(Normalizer.normalize(text)));
    }

    /** The dictionary's terms for a concept token: its synonyms in both languages. */
    public List<String> termsOf(String concept) {
        return dictionary.termsOf(concept);
    }

    private List<String> words(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = words.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String token = term.toString();
                // A lone Chinese character (的, 鞋, 做) says little on its own; words and concepts carry the meaning.
                boolean loneCharacter = token.length() == 1 && !Normalizer.isLatin(token.charAt(0));
                if (!loneCharacter && !token.isBlank() && !token.startsWith(SynonymDictionary.CONCEPT_PREFIX)) {
                    tokens.add(token);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
