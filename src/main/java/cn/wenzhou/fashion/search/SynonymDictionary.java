package cn.wenzhou.fashion.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The domain dictionary of {@code elastic/dictionary/synonyms.txt}: groups of Chinese and English terms
 * for one concept. Finding a term in a text yields the group's concept token, so that 大底, 鞋底 and
 * outsole meet in the index whichever word a record or a query uses.
 */
final class SynonymDictionary {

    /** Prefix of concept tokens: cannot come out of the word segmenter. */
    static final String CONCEPT_PREFIX = "~";

    /** Terms by their first character, longest first. */
    private final Map<Character, List<Term>> byFirstChar = new HashMap<>();
    private final int groups;

    private record Term(String text, String concept, boolean latin) {
    }

    private SynonymDictionary(List<List<String>> lines) {
        for (List<String> group : lines) {
            String concept = CONCEPT_PREFIX + Normalizer.normalize(group.get(0)).replace(' ', '_');
            for (String raw : group) {
                String text = Normalizer.singularize(Normalizer.normalize(raw));
                if (text.length() >= 2) {
                    byFirstChar.computeIfAbsent(text.charAt(0), c -> new ArrayList<>())
                            .add(new Term(text, concept, Normalizer.isLatin(text.charAt(0))));
                }
            }
        }
        byFirstChar.values().forEach(terms -> terms.sort(Comparator.comparingInt((Term t) -> t.text.length()).reversed()));
        this.groups = lines.size();
    }

    int groups() {
        return groups;
    }

    /** Reads the dictionary from a file, or from the classpath copy of {@code elastic/} when {@code file} is null. */
    static SynonymDictionary load(Path file) {
        try (InputStream in = file != null ? Files.newInputStream(file)
                : SynonymDictionary.class.getResourceAsStream("/elastic/dictionary/synonyms.txt")) {
            if (in == null) {
                throw new IllegalStateException("no elastic/dictionary/synonyms.txt on the classpath");
            }
            List<List<String>> lines = new ArrayList<>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lines.add(List.of(line.split("\\s*,\\s*")));
                }
            }
            return new SynonymDictionary(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the synonym dictionary " + file, e);
        }
    }

    /**
     * The concept tokens of the terms found in a normalized, singularized text: longest match first, Latin
     * terms only on word boundaries, Chinese terms anywhere.
     */
    List<String> concepts(String text) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Term match = matchAt(text, i);
            if (match == null) {
                i++;
            } else {
                found.add(match.concept);
                i += match.text.length();
            }
        }
        return found;
    }

    private Term matchAt(String text, int i) {
        List<Term> candidates = byFirstChar.get(text.charAt(i));
        if (candidates == null) {
            return null;
        }
        for (Term term : candidates) {
            if (text.startsWith(term.text, i) && (!term.latin || onWordBoundaries(text, i, i + term.text.length()))) {
                return term;
            }
        }
        return null;
    }

    private static boolean onWordBoundaries(String text, int start, int end) {
        return (start == 0 || !Normalizer.isLatin(text.charAt(start - 1)))
                && (end == text.length() || !Normalizer.isLatin(text.charAt(end)));
    }
}
