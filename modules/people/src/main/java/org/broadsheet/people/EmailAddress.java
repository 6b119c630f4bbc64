package org.broadsheet.people;

import java.util.Locale;

/** What the people module accepts as an email address, and the one form in which two spellings are the same. */
public final class EmailAddress {

    /** The longest address SMTP can carry (RFC 5321's path limit less its brackets). */
    public static final int MAX_LENGTH = 254;

    /**
     * On top of Bean Validation's own check of the parts: a domain with a dot in it, so "name@localhost" (valid
     * but never a reader's) is caught as the typo it nearly always is.
     */
    public static final String PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s.]+";

    public static final String BLANK = "Enter an email address.";
    public static final String TOO_LONG = "An email address has at most 254 characters.";
    public static final String MALFORMED = "Enter an email address such as name@example.com.";

    private EmailAddress() {
    }

    /** Case-insensitive, as people expect (mailbox names are case-sensitive in theory, never in practice). */
    public static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
