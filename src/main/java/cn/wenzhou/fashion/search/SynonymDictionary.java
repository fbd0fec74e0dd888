package cn.wenzhou.fashion.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import cn.wenzhou.fashion.domain.CapabilityCategory;
import cn.wenzhou.fashion.domain.Industry;

/**
 * The domain dictionary of {@code elastic/dictionary/synonyms.txt}: groups of Chinese and English terms
 * for one concept. Finding a term in a text yields the group's concept token, so that 大底, 鞋底 and
 * outsole meet in the index whichever word a record or a query uses.
 */
final class SynonymDictionary {

    /** Prefix of concept tokens: cannot come out of the word segmenter. */
    static final String CONCEPT_PREFIX = "~";

    /** Every term, character by character: the longest term at a text position is one walk away. */
    private final Node root = new Node();
    /** The normalized terms of each concept: what a highlighter marks for a concept of the query. */
    private final Map<String, List<String>> termsByConcept = new HashMap<>();
    /** The codes of each concept's section ({@code #@} lines), for concepts whose section has any. */
    private final Map<String, Codes> codesByConcept = new HashMap<>();
    private final int groups;

    /** The industries and capability categories a section of the dictionary points to. */
    private record Codes(List<Industry> industries, List<CapabilityCategory> categories) {

        static final Codes NONE = new Codes(List.of(), List.of());

        /** {@code #@ FOOTWEAR TESTING_CERTIFICATION}: each code names an industry or a category. */
        static Codes parse(String directive) {
            List<Industry> industries = new ArrayList<>();
            List<CapabilityCategory> categories = new ArrayList<>();
            for (String code : directive.substring(DictionaryFile.DIRECTIVE.length()).strip().split("\\s+")) {
                if (code.isEmpty()) {
                    continue;
                }
                if (isConstant(Industry.class, code)) {
                    industries.add(Industry.valueOf(code));
                } else if (isConstant(CapabilityCategory.class, code)) {
                    categories.add(CapabilityCategory.valueOf(code));
                } else {
                    throw new IllegalArgumentException("dictionary line \"" + directive + "\": " + code
                            + " is neither an industry nor a capability category");
                }
            }
            return new Codes(List.copyOf(industries), List.copyOf(categories));
        }

        private static boolean isConstant(Class<? extends Enum<?>> type, String code) {
            for (Enum<?> constant : type.getEnumConstants()) {
                if (constant.name().equals(code)) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Term(String text, String concept, boolean latin) {
    }

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        Term term;
    }

    private SynonymDictionary(List<String> lines) {
        Codes codes = Codes.NONE;
        int groupCount = 0;
        for (String line : lines) {
            if (line.startsWith(DictionaryFile.DIRECTIVE)) {
                codes = Codes.parse(line);
                continue;
            }
            groupCount++;
            List<String> group = List.of(line.split("\\s*,\\s*"));
            String concept = CONCEPT_PREFIX + Normalizer.normalize(group.get(0)).replace(' ', '_');
            if (codes != Codes.NONE) {
                codesByConcept.putIfAbsent(concept, codes);
            }
            for (String raw : group) {
                String text = Normalizer.singularize(Normalizer.normalize(raw));
                if (text.length() >= 2) {
                    termsByConcept.computeIfAbsent(concept, c -> new ArrayList<>()).add(text);
                    add(new Term(text, concept, Normalizer.isLatin(text.charAt(0))));
                }
            }
        }
        this.groups = groupCount;
    }

    /** The first group listing a term keeps it. */
    private void add(Term term) {
        Node node = root;
        for (char c : term.text.toCharArray()) {
            node = node.next.computeIfAbsent(c, k -> new Node());
        }
        if (node.term == null) {
            node.term = term;
        }
    }

    /** The terms of a concept token's group (normalized and singular), empty for an unknown token. */
    List<String> termsOf(String concept) {
        return termsByConcept.getOrDefault(concept, List.of());
    }

    /**
     * What the dictionary finds in a normalized, singularized text: each concept's first term once, and the
     * industries and categories of their sections, in the order the text mentions them.
     */
    DictionaryFindings findings(String text) {
        var terms = new LinkedHashSet<String>();
        var industries = new LinkedHashSet<Industry>();
        var categories = new LinkedHashSet<CapabilityCategory>();
        for (String concept : concepts(text)) {
            terms.add(termsOf(concept).isEmpty() ? concept.substring(CONCEPT_PREFIX.length()) : termsOf(concept).get(0));
            Codes codes = codesByConcept.getOrDefault(concept, Codes.NONE);
            industries.addAll(codes.industries());
            categories.addAll(codes.categories());
        }
        return new DictionaryFindings(List.copyOf(terms), List.copyOf(industries), List.copyOf(categories));
    }

    int groups() {
        return groups;
    }

    /** Reads the dictionary from a file, or from the classpath copy of {@code elastic/} when {@code file} is null. */
    static SynonymDictionary load(Path file) {
        return new SynonymDictionary(DictionaryFile.linesWithDirectives(file, "/elastic/dictionary/synonyms.txt"));
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

    /** The longest term starting at {@code i}; Latin terms only as whole words. */
    private Term matchAt(String text, int i) {
        Term longest = null;
        Node node = root;
        for (int j = i; j < text.length(); j++) {
            node = node.next.get(text.charAt(j));
            if (node == null) {
                break;
            }
            if (node.term != null && (!node.term.latin || onWordBoundaries(text, i, j + 1))) {
                longest = node.term;
            }
        }
        return longest;
    }

    private static boolean onWordBoundaries(String text, int start, int end) {
        return (start == 0 || !Normalizer.isLatin(text.charAt(start - 1)))
                && (end == text.length() || !Normalizer.isLatin(text.charAt(end)));
    }
}
