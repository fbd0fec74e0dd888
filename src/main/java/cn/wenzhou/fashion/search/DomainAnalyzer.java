package cn.wenzhou.fashion.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Turns text into the tokens of the scored {@code terms} index field, the same way for records and for
 * queries: width and case folded, Chinese segmented into words (Lucene smartcn), English stemmed, stop words
 * left out, and a concept token added for every term of the domain dictionary found. Elasticsearch only
 * splits the result on whitespace, so a minimal node and a full cluster index exactly the same tokens.
 */
@ApplicationScoped
public class DomainAnalyzer {

    private static final String STOPWORDS = "/elastic/dictionary/stopwords.txt";
    /**
     * Sentences whose words are kept: segmenting is most of the cost of indexing a record, and records repeat
     * sentences (a kind of product, a service's standard wording, tags). About 10 MB at most; the cache admits by
     * frequency, so a sentence seen once does not push out one that recurs.
     */
    private static final int KEPT_SENTENCES = 20_000;

    private final Analyzer segmenter = new SmartChineseAnalyzer();
    /** The segmenter's words of a sentence: they depend on nothing that {@link #reload} changes. */
    private final Cache<String, List<String>> sentenceWords = Caffeine.newBuilder().maximumSize(KEPT_SENTENCES).build();
    private final Optional<String> dictionaryFile;
    private final Optional<String> stopwordsFile;
    /** Replaced whole on {@link #reload}, so that a text is never analyzed with half of the old and half of the new. */
    private volatile Dictionaries dictionaries;

    /** The synonym dictionary and the stop words as the segmenter outputs them (stemmed: "needs" stops "need" too). */
    private record Dictionaries(SynonymDictionary synonyms, Set<String> stopwords) {
    }

    /**
     * @param dictionaryFile a file replacing the packaged {@code elastic/dictionary/synonyms.txt}
     * @param stopwordsFile a file replacing the packaged {@code elastic/dictionary/stopwords.txt}
     */
    public DomainAnalyzer(@ConfigProperty(name = "library.search.dictionary") Optional<String> dictionaryFile,
            @ConfigProperty(name = "library.search.stopwords") Optional<String> stopwordsFile) {
        this.dictionaryFile = dictionaryFile;
        this.stopwordsFile = stopwordsFile;
        this.dictionaries = load();
    }

    /** Reads the synonym dictionary and the stop words again; returns a line for the log. */
    public String reload() {
        Dictionaries loaded = load();
        dictionaries = loaded;
        return "%d synonym groups, %d stop words".formatted(loaded.synonyms().groups(), loaded.stopwords().size());
    }

    /** The configured files, or the classpath copies of {@code elastic/dictionary} where none is set. */
    private Dictionaries load() {
        Set<String> stopwords = DictionaryFile.lines(configured(stopwordsFile), STOPWORDS).stream()
                .flatMap(line -> List.of(line.split("\\s+")).stream())
                .flatMap(word -> segment(Normalizer.normalize(word)).stream())
                .collect(Collectors.toUnmodifiableSet());
        return new Dictionaries(SynonymDictionary.load(configured(dictionaryFile)), stopwords);
    }

    private static Path configured(Optional<String> file) {
        return file.filter(f -> !f.isBlank()).map(Path::of).orElse(null);
    }

    /** A query's text analyzed once, for retrieval, highlighting and scoring. */
    public AnalyzedText analyze(String text) {
        var words = new LinkedHashSet<String>();
        var concepts = new LinkedHashSet<String>();
        for (String token : tokens(text).split(" ")) {
            if (token.startsWith(SynonymDictionary.CONCEPT_PREFIX)) {
                concepts.add(token);
            } else if (!token.isEmpty()) {
                words.add(token);
            }
        }
        return new AnalyzedText(text == null ? "" : text, List.copyOf(words), List.copyOf(concepts));
    }

    /** Space-separated tokens of a text: its words, then the concepts it mentions. */
    public String tokens(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String normalized = Normalizer.normalize(text);
        List<String> tokens = new ArrayList<>(words(normalized));
        tokens.addAll(dictionaries.synonyms().concepts(Normalizer.singularize(normalized)));
        return String.join(" ", tokens);
    }

    /** The concept tokens alone: what the dictionary recognizes in a text. */
    public List<String> concepts(String text) {
        return text == null ? List.of() : dictionaries.synonyms().concepts(Normalizer.singularize(Normalizer.normalize(text)));
    }

    /** The concepts of a text as terms, industries and capability categories: what a need editor proposes. */
    public DictionaryFindings findings(String text) {
        return text == null ? new DictionaryFindings(List.of(), List.of(), List.of())
                : dictionaries.synonyms().findings(Normalizer.singularize(Normalizer.normalize(text)));
    }

    /** The dictionary's terms for a concept token: its synonyms in both languages. */
    public List<String> termsOf(String concept) {
        return dictionaries.synonyms().termsOf(concept);
    }

    private List<String> words(String text) {
        List<String> tokens = segment(text);
        tokens.removeIf(dictionaries.stopwords()::contains);
        return tokens;
    }

    /**
     * The segmenter's words of a normalized text, lone Chinese characters left out: sentence by sentence, as the
     * segmenter splits a text itself (the same sentence iterator), so that a sentence seen before costs a lookup.
     */
    private List<String> segment(String text) {
        List<String> tokens = new ArrayList<>();
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text);
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            tokens.addAll(sentenceWords.get(text.substring(start, end), this::segmentSentence));
        }
        return tokens;
    }

    private List<String> segmentSentence(String sentence) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = segmenter.tokenStream("text", sentence)) {
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
        return List.copyOf(tokens);
    }
}
