package fr.mutualis.stack;

import java.util.concurrent.ThreadLocalRandom;

/** Valid-looking identifiers for tests, different at every call so that tests sharing a server never collide. */
public final class TestData {

    private TestData() {
    }

    /** A random SIREN: 8 random digits and the check digit that makes the Luhn checksum valid. */
    public static String siren() {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int digit = digits.charAt(7 - i) - '0';
            if (i % 2 == 0) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }
}
