package cn.wenzhou.fashion.search;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text normalization shared by indexing and querying: width, case and simple English plurals. */
final class Normalizer {

    private static final Pattern LATIN_WORD = Pattern.compile("[a-z][a-z0-9]*");

    private Normalizer() {
    }

    /** NFKC folds full-width forms (ＰＵ，３Ｄ) to half-width; then lower case. */
    static String normalize(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    static boolean isLatin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Singular forms of English words: soles → sole, processes → process, factories → factory. */
    static String singularize(String text) {
        Matcher words = LATIN_WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (words.find()) {
            words.appendReplacement(out, singular(words.group()));
        }
        words.appendTail(out);
        return out.toString();
    }

    static String singular(String word) {
        if (word.length() <= 3 || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("shes") || word.endsWith("ches") || word.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }
}
