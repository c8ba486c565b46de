package fr.mutualis.api.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.FrenchStemmer;

/** The api's search excerpts: which words are marked, and how the fragments are cut. */
class HeadlinesTests {

    private static final char START = SearchRows.START;
    private static final char STOP = SearchRows.STOP;

    @Test
    void lexemesAreReadFromPostgreSqlsQueryTree() {
        assertThat(Headlines.lexemes("'recto' <-> 'verso' & 'impress' & 'l''eau' & 'pue2'"))
                .containsExactlyInAnyOrder("recto", "verso", "impress", "l'eau", "pue2");
        assertThat(Headlines.lexemes("T")).isEmpty();
        assertThat(Headlines.lexemes(null)).isEmpty();
    }

    @Test
    void aWordIsFoundThroughAccentsPluralsAndCase() {
        FrenchStemmer stemmer = new FrenchStemmer();
        assertThat(Headlines.found("Réemploi", Set.of("reemploi"), stemmer)).isTrue();
        assertThat(Headlines.found("impressions", Set.of("impress"), stemmer)).isTrue();
        assertThat(Headlines.found("IMPRESSION", Set.of("impress"), stemmer)).isTrue();
        assertThat(Headlines.found("œuvres", Set.of("oeuvr"), stemmer)).isTrue();
        assertThat(Headlines.found("imprimantes", Set.of("impress"), stemmer)).isFalse();
    }

    @Test
    void stopWordsAreNeverFoundAndWordsWithDigitsAreOnlyLowerCased() {
        FrenchStemmer stemmer = new FrenchStemmer();
        assertThat(Headlines.found("les", Set.of("le", "les"), stemmer)).isFalse();
        assertThat(Headlines.found("PUE2", Set.of("pue2"), stemmer)).isTrue();
        assertThat(Headlines.found("2025", Set.of("2025"), stemmer)).isTrue();
    }

    @Test
    void theWordsFoundAreMarkedAndTheTextBetweenThemKept() {
        String headline = Headlines.headline("Moins d'imprimantes, des quotas & du recto verso.",
                Set.of("quot", "recto", "verso"));

        assertThat(headline).isEqualTo("Moins d'imprimantes, des " + START + "quotas" + STOP + " & du " + START + "recto"
                + STOP + " " + START + "verso" + STOP);
    }

    @Test
    void aLongTextGivesAtMostTwoFragmentsOfAtMost24Words() {
        String filler = "mot ".repeat(60);
        String text = filler + "la piscine ouvre " + filler + "la médiathèque aussi " + filler + "piscine encore " + filler;

        String headline = Headlines.headline(text, Set.of("piscin", "mediathequ"));

        String[] fragments = headline.split(" … ");
        assertThat(fragments).hasSize(2);
        assertThat(fragments).allSatisfy(fragment -> assertThat(fragment.split("\\s+")).hasSizeLessThanOrEqualTo(24));
        assertThat(Arrays.stream(fragments).mapToLong(fragment -> fragment.chars().filter(c -> c == START).count())
                .sum()).isEqualTo(2);
        assertThat(headline).contains(START + "piscine" + STOP, START + "médiathèque" + STOP);
    }

    @Test
    void withoutAWordFoundTheFirstEightWordsAreShownUnmarked() {
        String headline = Headlines.headline("Un deux trois quatre cinq six sept huit neuf dix", Set.of("piscin"));

        assertThat(headline).isEqualTo("Un deux trois quatre cinq six sept huit");
    }

    @Test
    void marksWrittenInThePracticeAreRemovedFirst() {
        String headline = Headlines.headline("Le " + START + "faux" + STOP + " réemploi", Set.of("reemploi"));

        assertThat(headline).isEqualTo("Le faux " + START + "réemploi" + STOP);
    }
}
