package org.broadsheet.shared.ui;

/**
 * JSON written inside an HTML document, such as a page's schema.org JSON-LD in a {@code <script>} element.
 * An HTML parser ends a script at {@code </script} and treats {@code <!--} and {@code <script} specially
 * inside it, whatever the JSON means: a headline holding {@code <!--<script>} would turn the rest of the page
 * into script text. With {@code <}, {@code >} and {@code &} written as JSON escapes, no text a writer or
 * reader supplies can look like markup, and the JSON still reads the same.
 */
public final class JsonInHtml {

    private JsonInHtml() {
    }

    /** {@code json} (valid JSON: these characters can only stand inside its strings) safe to put in HTML. */
    public static String escape(String json) {
        var safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            var c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
