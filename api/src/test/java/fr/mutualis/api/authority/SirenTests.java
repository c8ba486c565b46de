package fr.mutualis.api.authority;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.stack.TestData;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SirenTests {

    @ParameterizedTest
    @ValueSource(strings = {"732829320", "213502388", "200046977"})
    void validSirensPass(String siren) {
        assertThat(Siren.isValid(siren)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"732829321", "12345678", "1234567890", "abcdefghi", "", "123 456 789"})
    void wrongChecksumsAndShapesFail(String siren) {
        assertThat(Siren.isValid(siren)).isFalse();
    }

    @RepeatedTest(20)
    void theTestGeneratorAgreesWithTheDomainRule() {
        assertThat(Siren.isValid(TestData.siren())).isTrue();
    }
}
