package cn.wenzhou.fashion.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns text into the tokens of the scored {@code terms} index field, the same way for records and for
 * queries: width and case folded, Chinese segmented into words (Lucene smartcn), English stemmed, stop words
 * left out, and a concept token added for every term of the domain dictionary found. Elasticsearch only
 * splits the result on whitespace, so a minimal node and a full cluster index exactly the same tokens.
 */
public final class DomainAnalyzer {

    private static volatile DomainAnalyzer shared;

    private static final String STOPWORDS = "/elastic/dictionary/stopwords.txt";

    private final Analyzer segmenter = new SmartChineseAnalyzer();
    private final SynonymDictionary dictionary;
    /** As the segmenter outputs them (stemmed), so that "needs" in the list stops "need" in a text. */
    private final Set<String> stopwords;

    private DomainAnalyzer(SynonymDictionary dictionary, List<String> stopwordLines) {
        this.dictionary = dictionary;
        this.stopwords = stopwordLines.stream()
                .flatMap(line -> segment(Normalizer.normalize(line)).stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The analyzer in use; the dictionaries are read once, and again on {@link #reload}. */
    public static DomainAnalyzer shared() {
        DomainAnalyzer analyzer = shared;
        if (analyzer == null) {
            synchronized (DomainAnalyzer.class) {
                if (shared == null) {
                    shared = load();
                }
                analyzer = shared;
            }
        }
        return analyzer;
    }

    /** Reads the synonym dictionary and the stop words again; returns a line for the log. */
    public static String reload() {
        var analyzer = load();
        shared = analyzer;
        return "%d synonym groups, %d stop words".formatted(analyzer.dictionary.groups(), analyzer.stopwords.size());
    }

    /**
     * The files of {@code library.search.dictionary} and {@code library.search.stopwords}, or the classpath
     * copies of {@code elastic/dictionary} where those are not set.
     */
    private static DomainAnalyzer load() {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        List<String> stopwordLines = DictionaryFile.lines(configured(config.getOptionalValue("library.search.stopwords", String.class)),
                STOPWORDS).stream()
                .flatMap(line -> List.of(line.split("\\s+")).stream())
                .toList();
        return new DomainAnalyzer(SynonymDictionary.load(configured(config.getOptionalValue("library.search.dictionary", String.class))),
                stopwordLines);
    }

    /** A configured file, or null for the classpath copy. */
    private static Path configured(java.util.Optional<String> file) {
        return file.filter(f -> !f.isBlank()).map(Path::of).orElse(null);
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
        List<String> tokens = segment(text);
        tokens.removeIf(stopwords::contains);
        return tokens;
    }

    /** The segmenter's words of a normalized text, lone Chinese characters left out. */
    private List<String> segment(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = segmenter.tokenStream("text", text)) {
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
