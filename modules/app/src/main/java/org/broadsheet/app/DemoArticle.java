package org.broadsheet.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * A demo article kept as a Markdown file with a small header (Headline, Standfirst, Section, Topics, then "---"),
 * so the demo writing reads like writing and not like Java string literals.
 */
record DemoArticle(String headline, String standfirst, String section, List<String> topics, String body) {

    static DemoArticle read(String resource) {
        try (InputStream in = DemoArticle.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo article " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DemoArticle parse(String text) {
        var parts = text.split("\n---\n", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("A demo article needs a header, a line '---', then its body");
        }
        var header = new HashMap<String, String>();
        parts[0].lines().filter(line -> line.contains(":")).forEach(line -> {
            var colon = line.indexOf(':');
            header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        });
        var topics = Arrays.stream(header.getOrDefault("Topics", "").split(","))
                .map(String::strip).filter(topic -> !topic.isEmpty()).toList();
        return new DemoArticle(header.get("Headline"), header.get("Standfirst"), header.get("Section"), topics,
                parts[1].strip());
    }
}
