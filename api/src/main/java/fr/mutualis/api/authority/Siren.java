package fr.mutualis.api.authority;

import org.jspecify.annotations.Nullable;

/** A SIREN number: 9 digits whose Luhn checksum is valid. */
public final class Siren {

    private Siren() {
    }

    public static boolean isValid(@Nullable String value) {
        if (value == null || !value.matches("\\d{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = value.charAt(8 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
