package fr.mutualis.api.practice;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.jspecify.annotations.Nullable;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * The excerpt of a search hit, made here rather than by PostgreSQL's {@code ts_headline} (ADR 0023): the text with the
 * words found between {@link SearchRows#START} and {@link SearchRows#STOP}, in at most {@value #MAX_FRAGMENTS}
 * fragments of at most {@value #MAX_WORDS} words joined by « … », or its first {@value #MIN_WORDS} words when no word
 * of it was found (as {@code ts_headline} with {@code MaxFragments=2, MaxWords=24, MinWords=8}).
 *
 * <p>Which words are found is PostgreSQL's decision, repeated: the query's lexemes come from PostgreSQL
 * ({@code querytree(practice_query(q))}), and a word of the text is found when the {@code french_unaccent}
 * configuration (V6) would turn it into one of them: a word with a digit is only lower-cased (the {@code simple}
 * dictionary), any other is dropped if it is a French stop word, then lower-cased, unaccented and reduced by
 * Snowball's French stemmer, the one PostgreSQL's {@code french_stem} runs. {@code HeadlinesIntegrationTests} holds
 * this to PostgreSQL's own marks on the demo library.
 */
final class Headlines {

    static final int MAX_FRAGMENTS = 2;
    static final int MAX_WORDS = 24;
    static final int MIN_WORDS = 8;

    /** Words before the first word found, in a fragment, so that it does not start on it. */
    private static final int LEAD = 4;
    private static final String DELIMITER = " … ";
    private static final CharArraySet STOP_WORDS = FrenchAnalyzer.getDefaultStopSet();
    private static final Pattern LEXEME = Pattern.compile("'((?:[^']|'')*)'");

    private Headlines() {
    }

    /** The lexemes of a query tree as PostgreSQL prints it ({@code 'recto' <-> 'verso' & 'impress'}). */
    static Set<String> lexemes(@Nullable String queryTree) {
        Set<String> lexemes = new HashSet<>();
        if (queryTree != null) {
            Matcher found = LEXEME.matcher(queryTree);
            while (found.find()) {
                lexemes.add(found.group(1).replace("''", "'"));
            }
        }
        return lexemes;
    }

    /** The excerpt of {@code text} for these lexemes, with the marks (see the class). */
    static String headline(String text, Set<String> lexemes) {
        String clean = text.replace(String.valueOf(SearchRows.START), "").replace(String.valueOf(SearchRows.STOP), "");
        List<Word> words = words(clean, lexemes);
        if (words.isEmpty()) {
            return "";
        }
        List<int[]> fragments = fragments(words);
        if (fragments.isEmpty()) {
            return clean.substring(words.getFirst().start(), words.get(Math.min(MIN_WORDS, words.size()) - 1).end());
        }
        List<String> shown = new ArrayList<>();
        for (int[] fragment : fragments) {
            shown.add(marked(clean, words, fragment[0], fragment[1]));
        }
        return String.join(DELIMITER, shown);
    }

    /** Whether the configuration {@code french_unaccent} turns this word into one of the lexemes. */
    static boolean found(String word, Set<String> lexemes, FrenchStemmer stemmer) {
        Starts starts = Starts.of(lexemes);
        return starts.mayStart(word, 0, word.length()) && stemmed(word, lexemes, stemmer);
    }

    /** The full check of a word that starts as a lexeme does: lower-cased, then kept as is, dropped, or stemmed. */
    private static boolean stemmed(String word, Set<String> lexemes, FrenchStemmer stemmer) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (hasDigit(lower)) {
            return lexemes.contains(lower);
        }
        if (STOP_WORDS.contains(lower)) {
            return false;
        }
        stemmer.setCurrent(unaccent(lower));
        stemmer.stem();
        return lexemes.contains(stemmer.getCurrent());
    }

    /**
     * The first two letters of each lexeme (its only letter for a lexeme of one). Most words of a text start otherwise
     * than every lexeme: they are left at once, without a string made. The stemmer only changes the end of a word, so
     * a word and its stem (and a word with digits and itself) share their first two letters.
     */
    private record Starts(Set<String> strings, int[] ones, int[] twos) {

        static Starts of(Set<String> lexemes) {
            Set<String> strings = new HashSet<>();
            for (String lexeme : lexemes) {
                if (!lexeme.isEmpty()) {
                    strings.add(lexeme.substring(0, Math.min(2, lexeme.length())));
                }
            }
            return new Starts(strings,
                    strings.stream().filter(start -> start.length() == 1).mapToInt(start -> start.charAt(0)).toArray(),
                    strings.stream().filter(start -> start.length() == 2)
                            .mapToInt(start -> start.charAt(0) << 16 | start.charAt(1)).toArray());
        }

        /** Whether the word text[start, end) may be one of the lexemes, judged by its first two letters. */
        boolean mayStart(String text, int start, int end) {
            char first = text.charAt(start);
            char second = end - start > 1 ? text.charAt(start + 1) : 0;
            if (first < 0x80 && second < 0x80) {
                int one = lower(first);
                if (contains(ones, one)) {
                    return true;
                }
                return second != 0 && contains(twos, one << 16 | lower(second));
            }
            String begin = unaccent(text.substring(start, Math.min(end, start + 2)).toLowerCase(Locale.ROOT));
            return strings.contains(begin.substring(0, 1))
                    || (begin.length() >= 2 && strings.contains(begin.substring(0, 2)));
        }

        private static int lower(char ascii) {
            return ascii >= 'A' && ascii <= 'Z' ? ascii + ('a' - 'A') : ascii;
        }

        private static boolean contains(int[] values, int value) {
            for (int candidate : values) {
                if (candidate == value) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Lower-cased text without its accents, as PostgreSQL's {@code unaccent} gives French words. */
    static String unaccent(String lower) {
        boolean plain = true;
        for (int i = 0; i < lower.length() && plain; i++) {
            plain = lower.charAt(i) < 0x80;
        }
        if (plain) {
            return lower;
        }
        String ligatures = lower.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        String decomposed = Normalizer.normalize(ligatures, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The words of the text (runs of letters and digits), each with whether it was found. */
    private static List<Word> words(String text, Set<String> lexemes) {
        List<Word> words = new ArrayList<>();
        FrenchStemmer stemmer = new FrenchStemmer();
        Starts starts = Starts.of(lexemes);
        int at = 0;
        while (at < text.length()) {
            int start = at;
            while (start < text.length() && !Character.isLetterOrDigit(text.codePointAt(start))) {
                start += Character.charCount(text.codePointAt(start));
            }
            int end = start;
            while (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            if (end > start) {
                words.add(new Word(start, end, starts.mayStart(text, start, end)
                        && stemmed(text.substring(start, end), lexemes, stemmer)));
            }
            at = end;
        }
        return words;
    }

    /**
     * Up to two windows of at most {@link #MAX_WORDS} words, the ones holding the most words found (the earliest
     * first on a tie), not overlapping, in the order of the text; none if no word was found.
     */
    private static List<int[]> fragments(List<Word> words) {
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).found()) {
                int first = Math.max(0, Math.min(i - LEAD, words.size() - MAX_WORDS));
                int last = Math.min(words.size(), first + MAX_WORDS) - 1;
                int count = (int) words.subList(first, last + 1).stream().filter(Word::found).count();
                candidates.add(new int[] {first, last, count});
            }
        }
        candidates.sort(Comparator.<int[]>comparingInt(window -> -window[2]).thenComparingInt(window -> window[0]));
        List<int[]> chosen = new ArrayList<>();
        for (int[] candidate : candidates) {
            if (chosen.size() < MAX_FRAGMENTS
                    && chosen.stream().noneMatch(taken -> candidate[0] <= taken[1] && taken[0] <= candidate[1])) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(window -> window[0]));
        return chosen;
    }

    private static String marked(String text, List<Word> words, int first, int last) {
        StringBuilder out = new StringBuilder();
        int at = words.get(first).start();
        for (Word word : words.subList(first, last + 1)) {
            out.append(text, at, word.start());
            if (word.found()) {
                out.append(SearchRows.START).append(text, word.start(), word.end()).append(SearchRows.STOP);
            } else {
                out.append(text, word.start(), word.end());
            }
            at = word.end();
        }
        return out.toString();
    }

    private record Word(int start, int end, boolean found) {
    }
}
