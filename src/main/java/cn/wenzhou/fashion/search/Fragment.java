package cn.wenzhou.fashion.search;

import java.util.List;

/**
 * A piece of a record's text with the places a query's terms were found in it. Plain text and offsets: whoever
 * shows it decides how to mark them (the API's JSON renders escaped HTML with {@code <em>}).
 *
 * @param marks the terms found, as [start, end) offsets into {@code text}, left to right, never overlapping
 */
public record Fragment(String text, List<Mark> marks) {

    public record Mark(int start, int end) {
    }

    public Fragment {
        marks = List.copyOf(marks);
    }

    /** The marked pieces of the text, in order. */
    public List<String> markedTerms() {
        return marks.stream().map(mark -> text.substring(mark.start(), mark.end())).toList();
    }
}
