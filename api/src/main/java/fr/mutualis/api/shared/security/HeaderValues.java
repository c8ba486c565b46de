package fr.mutualis.api.shared.security;

import org.jspecify.annotations.Nullable;

/**
 * Which request header values the firewall lets the api read: the rule of Spring Security's
 * {@code StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES} (every code point assigned, and none a control
 * character but the tab), written as a loop instead of its regular expression, which ran over the whole 1 to 2 KB
 * access token each time a filter read the {@code Authorization} header. {@code HeaderValuesTests} holds it to the same
 * answers.
 */
final class HeaderValues {

    private HeaderValues() {
    }

    /** Null, a header the request does not have, passes, as in Spring Security's rule. */
    static boolean allowed(@Nullable String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); ) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x7f) { // printable ASCII, the whole of nearly every header
                i++;
                continue;
            }
            int codePoint = value.codePointAt(i);
            if (Character.getType(codePoint) == Character.UNASSIGNED
                    || (Character.isISOControl(codePoint) && codePoint != '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
