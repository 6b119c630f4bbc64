package org.broadsheet.app.ui;

/** JSON text with every character beyond Latin-1 written as a {@code \\uXXXX} escape. */
final class Latin1Json {

    private Latin1Json() {
    }

    /**
     * The same JSON value, storable at one byte a character. Characters beyond Latin-1 can only occur
     * inside JSON strings (the syntax itself is ASCII), where an escape means the same character.
     *
     * @return {@code json} itself when there is nothing to escape
     */
    static String escape(String json) {
        if (json == null) {
            return null;
        }
        int first = firstBeyondLatin1(json);
        if (first < 0) {
            return json;
        }
        var escaped = new StringBuilder(json.length() + 64).append(json, 0, first);
        for (int i = first; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c > 0xFF) {
                escaped.append("\\u").append(Character.forDigit(c >> 12, 16)).append(Character.forDigit((c >> 8) & 0xF, 16))
                        .append(Character.forDigit((c >> 4) & 0xF, 16)).append(Character.forDigit(c & 0xF, 16));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static int firstBeyondLatin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return i;
            }
        }
        return -1;
    }
}
