package fr.mutualis.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;

class TestDataTests {

    @RepeatedTest(50)
    void sirensHaveNineDigitsAndAValidLuhnChecksum() {
        String siren = TestData.siren();
        assertThat(siren).matches("\\d{9}");
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = siren.charAt(8 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        assertThat(sum % 10).isZero();
    }
}
