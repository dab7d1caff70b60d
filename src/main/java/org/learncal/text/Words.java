package org.learncal.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits folded text ({@link SearchText#fold}) into the terms of the full-text index and of queries.
 * A word is a run of letters and digits. Chinese and Japanese are written without spaces, so their runs are
 * cut into overlapping pairs of characters (bigrams, as Lucene's CJK analyzer does); a lone character stays
 * whole. Index and queries cut text the same way, so a query matches wherever its pairs all occur.
 */
public final class Words {
    /** Longer terms are cut to this length, in the index and in queries alike. */
    public static final int MAX_TERM = 64;

    private Words() {
    }

    /** One term of a query; a prefix term matches every indexed term that starts with it. */
    public record Term(String text, boolean prefix) {
    }

    /** The distinct terms of a text, in order of first appearance. */
    public static List<String> index(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (List<Run> word : words(text)) {
            for (Run run : word) {
                terms.addAll(run.terms());
            }
        }
        return List.copyOf(terms);
    }

    /**
     * The terms of a query, each of which must match: every word exactly, except the last word, which matches
     * as a prefix ({@code numeri} finds {@code numerique}); a lone Chinese or Japanese character is a prefix too.
     */
    public static List<Term> query(String query) {
        Set<Term> terms = new LinkedHashSet<>();
        List<List<Run>> words = words(query);
        for (int w = 0; w < words.size(); w++) {
            List<Run> runs = words.get(w);
            for (int r = 0; r < runs.size(); r++) {
                Run run = runs.get(r);
                boolean last = w == words.size() - 1 && r == runs.size() - 1;
                boolean prefix = run.ideographic() ? run.text().length() == 1 : last;
                run.terms().forEach(term -> terms.add(new Term(term, prefix)));
            }
        }
        return List.copyOf(terms);
    }

    /** A run of characters inside one word, either all ideographic (CJK) or all not. */
    private record Run(String text, boolean ideographic) {
        List<String> terms() {
            if (!ideographic || text.length() == 1) {
                return List.of(cut(text));
            }
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i + 1 < text.length(); i++) {
                pairs.add(text.substring(i, i + 2));
            }
            return pairs;
        }
    }

    private static List<List<Run>> words(String text) {
        String folded = SearchText.fold(text);
        List<List<Run>> words = new ArrayList<>();
        List<Run> word = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean runIdeographic = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetterOrDigit(c)) {
                endRun(word, run, runIdeographic);
                endWord(words, word);
                word = new ArrayList<>();
                continue;
            }
            boolean ideographic = ideographic(c);
            if (ideographic != runIdeographic) {
                endRun(word, run, runIdeographic);
                runIdeographic = ideographic;
            }
            run.appendCodePoint(c);
        }
        endRun(word, run, runIdeographic);
        endWord(words, word);
        return words;
    }

    private static void endRun(List<Run> word, StringBuilder run, boolean ideographic) {
        if (!run.isEmpty()) {
            word.add(new Run(run.toString(), ideographic));
            run.setLength(0);
        }
    }

    private static void endWord(List<List<Run>> words, List<Run> word) {
        if (!word.isEmpty()) {
            words.add(word);
        }
    }

    private static boolean ideographic(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.KATAKANA;
    }

    private static String cut(String term) {
        return term.length() <= MAX_TERM ? term : term.substring(0, MAX_TERM);
    }
}
