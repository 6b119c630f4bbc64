package org.broadsheet.loadtests.visits;

/** Just enough HTML decoding to read a page title back as the browser's {@code document.title}. */
final class Html {

    private Html() {
    }

    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&nbsp;", "\u00a0").replace("&amp;", "&");
    }
}
