package fr.mutualis.api.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/** The firewall's rule for header values, as the api writes it, answers as Spring Security's own. */
class HeaderValuesTests {

    @Test
    void everyValueGetsTheAnswerOfSpringSecuritysRule() {
        List<String> values = new ArrayList<>(List.of("", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.sig==", "a\tb", "a\nb",
                "a\rb", "\u0000", "\u001f", "\u007f", "\u0085", "\u009f", "\u00a0", "é", "\u0378", "\uffff",
                "\ud83d\ude00", "\ud83d", "\ude00", "x\ud83dy", "\u2028", "\u200b", "\ufeff", "\ue000",
                "\udb7f\udfff", "\udb40\udc01", "text/html;q=0.9, */*;q=0.8", "fr-FR,fr;q=0.9,en;q=0.8"));
        char[] pieces = {'a', 'Z', ' ', '\t', '\n', '\r', '\u0000', '\u001b', '\u007f', '\u0080', '\u009f', '\u00a0',
                'é', '\u0378', '\u0530', '\u2028', '\u2029', '\ud83d', '\ude00', '\ud800', '\udfff', '\ufffe', '\uffff',
                '\ue000', '\u3000', '~', '"', '\\'};
        Random random = new Random(11);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder value = new StringBuilder();
            for (int i = random.nextInt(8); i >= 0; i--) {
                value.append(pieces[random.nextInt(pieces.length)]);
            }
            values.add(value.toString());
        }
        assertThat(HeaderValues.allowed(null))
                .isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(null)).isTrue();
        int refused = 0;
        for (String value : values) {
            boolean expected = StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(value);
            assertThat(HeaderValues.allowed(value)).as("« %s »", value.codePoints().mapToObj(Integer::toHexString)
                    .toList()).isEqualTo(expected);
            refused += expected ? 0 : 1;
        }
        assertThat(refused).as("values refused").isGreaterThan(1_000).isLessThan(values.size() - 1_000);
    }
}
