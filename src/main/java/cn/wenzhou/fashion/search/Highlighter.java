package cn.wenzhou.fashion.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks what a query looks for in a record's texts: its words, and every synonym of the domain concepts
 * it mentions (a search for 鞋底 marks 大底 and outsole too), as {@link Fragment}s of text around the marks.
 * It runs in the service on the few records shown: Elasticsearch's highlighter analyzed every
 * hit's texts again and cost more than the search itself.
 */
public final class Highlighter {

    private static final String SENTENCE_ENDS = "。；;！？!?\n";

    /** Folded terms by their first character, longest first, so that the longest term wins at a position. */
    private final Map<Character, List<String>> termsByFirstChar = new HashMap<>();
    private final int fragmentSize;
    private final int maxFragments;

    private Highlighter(Set<String> terms, int fragmentSize, int maxFragments) {
        for (String term : terms) {
            termsByFirstChar.computeIfAbsent(term.charAt(0), c -> new ArrayList<>()).add(term);
        }
        termsByFirstChar.values().forEach(list -> list.sort(Comparator.comparingInt(String::length).reversed()));
        this.fragmentSize = fragmentSize;
        this.maxFragments = maxFragments;
    }

    /**
     * A highlighter of {@code query}'s words (two characters or more) and of the synonyms of its concepts;
     * a query without such words (a lone 鞋) is marked as typed.
     */
    public static Highlighter of(AnalyzedText query, DomainAnalyzer analyzer, int fragmentSize, int maxFragments) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : query.words()) {
            if (word.length() >= 2) {
                terms.add(word);
            }
        }
        query.concepts().forEach(concept -> terms.addAll(analyzer.termsOf(concept)));
        if (terms.isEmpty()) {
            for (String piece : fold(query.text()).split("\\s+")) {
                if (!piece.isEmpty()) {
                    terms.add(piece);
                }
            }
        }
        return new Highlighter(terms, fragmentSize, maxFragments);
    }

    /** The fragments of each field with at least one mark, in the order of {@code textsByField}. */
    public Map<String, List<Fragment>> highlight(Map<String, List<String>> textsByField) {
        Map<String, List<Fragment>> highlights = new LinkedHashMap<>();
        textsByField.forEach((field, texts) -> {
            List<Fragment> fragments = fragments(texts);
            if (!fragments.isEmpty()) {
                highlights.put(field, fragments);
            }
        });
        return highlights;
    }

    /**
     * At most {@code maxFragments} fragments out of the values of one field: those holding the most
     * distinct terms, in their order in the field.
     */
    List<Fragment> fragments(List<String> values) {
        List<Window> candidates = new ArrayList<>();
        for (int v = 0; v < values.size(); v++) {
            String text = values.get(v);
            if (text != null && !text.isBlank()) {
                candidates.addAll(windows(v, text, marks(text)));
            }
        }
        candidates.sort(Comparator.comparingInt(Window::distinctTerms).reversed()
                .thenComparingInt(Window::value).thenComparingInt(Window::start));
        List<Window> chosen = new ArrayList<>();
        for (Window candidate : candidates) {
            if (chosen.size() < maxFragments && chosen.stream().noneMatch(candidate::overlaps)) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Window::value).thenComparingInt(Window::start));
        return chosen.stream().map(w -> w.render(values.get(w.value))).toList();
    }

    /** One mark: a term found at [start, end) of a text. */
    private record Mark(int start, int end, String term) {
    }

    /** A fragment candidate: [start, end) of value {@code value}, with the marks inside it. */
    private record Window(int value, int start, int end, List<Mark> marks) {

        int distinctTerms() {
            Set<String> terms = new HashSet<>();
            marks.forEach(m -> terms.add(m.term));
            return terms.size();
        }

        boolean overlaps(Window other) {
            return value == other.value && start < other.end && other.start < end;
        }

        /** The window's text, without surrounding blanks, with its marks. */
        Fragment render(String text) {
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            int offset = from;
            return new Fragment(text.substring(from, to), marks.stream().map(m -> new Fragment.Mark(m.start - offset, m.end - offset)).toList());
        }
    }

    /** Candidate windows of a text: the whole of a short text, else one window starting near each mark. */
    private List<Window> windows(int value, String text, List<Mark> marks) {
        if (marks.isEmpty()) {
            return List.of();
        }
        if (text.length() <= fragmentSize) {
            return List.of(new Window(value, 0, text.length(), marks));
        }
        List<Window> windows = new ArrayList<>();
        for (Mark anchor : marks) {
            int start = sentenceStart(text, anchor.start);
            int end = Math.min(text.length(), Math.max(start + fragmentSize, anchor.end));
            List<Mark> inside = new ArrayList<>();
            for (Mark mark : marks) {
                if (mark.start >= start && mark.start < end) {
                    inside.add(mark);
                    end = Math.max(end, mark.end);
                }
            }
            windows.add(new Window(value, start, end, inside));
        }
        return windows;
    }

    /** Where a fragment showing {@code position} starts: the sentence start when near, else a little before. */
    private int sentenceStart(String text, int position) {
        int lead = fragmentSize / 4;
        for (int i = position - 1; i >= Math.max(0, position - lead); i--) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return Math.max(0, position - lead);
    }

    /** The terms found in a text, left to right, the longest at each position; Latin ones as whole words. */
    private List<Mark> marks(String text) {
        String folded = fold(text);
        List<Mark> marks = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            Mark mark = markAt(folded, i);
            if (mark == null) {
                i++;
            } else {
                marks.add(mark);
                i = mark.end;
            }
        }
        return marks;
    }

    private Mark markAt(String folded, int i) {
        List<String> candidates = termsByFirstChar.get(folded.charAt(i));
        if (candidates == null) {
            return null;
        }
        for (String term : candidates) {
            if (!folded.startsWith(term, i)) {
                continue;
            }
            int end = i + term.length();
            if (!Normalizer.isLatin(term.charAt(term.length() - 1))) {
                return new Mark(i, end, term);
            }
            // A Latin term is a whole word, in the singular or plural: sole marks soles, not console.
            boolean startsWord = i == 0 || !Normalizer.isLatin(folded.charAt(i - 1));
            int wordEnd = folded.startsWith("es", end) ? end + 2 : folded.startsWith("s", end) ? end + 1 : end;
            for (int candidateEnd : new int[] {end, wordEnd}) {
                if (startsWord && (candidateEnd == folded.length() || !Normalizer.isLatin(folded.charAt(candidateEnd)))) {
                    return new Mark(i, candidateEnd, term);
                }
            }
        }
        return null;
    }

    /** Full-width forms to half-width and lower case, one character for one, so that positions stay. */
    private static String fold(String text) {
        var folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            folded.append(Character.toLowerCase(c));
        }
        return folded.toString();
    }
}
