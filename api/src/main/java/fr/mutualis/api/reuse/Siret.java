package fr.mutualis.api.reuse;

/** A SIRET: 14 digits whose Luhn checksum is valid (La Poste's establishments, SIREN 356000000, sum to a multiple of 5). */
public final class Siret {

    private Siret() {
    }

    public static boolean isValid(String value) {
        if (value == null || !value.matches("[0-9]{14}")) {
            return false;
        }
        if (value.startsWith("356000000")) {
            return value.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int digit = value.charAt(13 - i) - '0';
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
