package fr.mutualis.api.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading plans from CSV as people write them in a spreadsheet, and writing them back. */
class PlanCsvTests {

    @Test
    void readsQuotedFieldsDoubledQuotesLineBreaksAndTheByteOrderMark() {
        List<List<String>> rows = CsvTable.parse("\uFEFFa;b;c\r\n\"x;1\";\"il a dit \"\"oui\"\"\";\"deux\nlignes\"\n\n");

        assertThat(rows).containsExactly(List.of("a", "b", "c"), List.of("x;1", "il a dit \"oui\"", "deux\nlignes"));
    }

    @Test
    void takesTheSeparatorFromTheHeaderLine() {
        assertThat(CsvTable.separatorOf("Titre,Thème,Statut\nA;B,C")).isEqualTo(',');
        assertThat(CsvTable.separatorOf("Titre;Thème;Statut")).isEqualTo(';');
    }

    @Test
    void acceptsFrenchHeadersAndValuesIgnoringCaseAndAccents() {
        PlanCsv.Parsed parsed = PlanCsv.parse("""
                TITRE;thematique;État;Priorite;Date de début;Echéance;Budget HT;Avancement en pourcentage
                Former les agents;formation et sensibilisation;En cours;HAUTE;01/03/2025;2025-12-31;12 000,50 €;40 %
                """);

        assertThat(parsed.errors()).isEmpty();
        ActionDraft action = parsed.actions().getFirst();
        assertThat(action.theme()).isEqualTo(Theme.TRAINING_AWARENESS);
        assertThat(action.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(action.priority()).isEqualTo(Priority.HIGH);
        assertThat(action.startDate()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(action.dueDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(action.budget()).isEqualByComparingTo(new BigDecimal("12000.50"));
        assertThat(action.progress()).isEqualTo(40);
    }

    @Test
    void listsEveryErrorOfEveryRowWithItsLine() {
        PlanCsv.Parsed parsed = PlanCsv.parse("""
                Titre;Thème;Couleur
                ;Achats
                Bon titre;Cuisine
                """);

        assertThat(parsed.errors()).extracting(PlanCsv.RowError::line, PlanCsv.RowError::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Couleur"),
                        org.assertj.core.groups.Tuple.tuple(2, "title"),
                        org.assertj.core.groups.Tuple.tuple(3, "theme"));
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrWithoutActionsIsAnError() {
        assertThat(PlanCsv.parse("Description\nx").errors()).extracting(PlanCsv.RowError::field)
                .contains("title", "theme");
        assertThat(PlanCsv.parse("Titre;Thème\n").errors()).extracting(PlanCsv.RowError::message)
                .containsExactly("the file has a header but no action");
        assertThat(PlanCsv.parse("").errors()).hasSize(1);
    }
}
