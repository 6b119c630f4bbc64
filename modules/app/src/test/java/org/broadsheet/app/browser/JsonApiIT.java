package org.broadsheet.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read-only JSON API as a client uses it: pages and filters, one article, topics, revalidation with 304,
 * reasons for bad requests, and its description at /openapi.
 */
class JsonApiIT extends OnSharedServer {

    private static final String SLUG = ReadingPagesIT.ARTICLE.substring("articles/".length());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void articles_come_a_page_at_a_time_newest_first_and_filtered_in_the_database() throws Exception {
        var first = get("api/articles?size=1");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(first.headers().firstValue("Set-Cookie")).as("no session for an API call").isEmpty();
        var page = json.readTree(first.body());
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("nextPage").asInt()).isEqualTo(2);
        var second = json.readTree(get("api/articles?size=1&page=2").body());
        assertThat(second.get("items").get(0).get("slug").asString())
                .isNotEqualTo(page.get("items").get(0).get("slug").asString());
        assertThat(publishedAt(second.get("items").get(0))).isBeforeOrEqualTo(publishedAt(page.get("items").get(0)));

        var inTopic = json.readTree(get("api/articles?topic=east-asia").body());
        assertThat(inTopic.get("items").valueStream().map(item -> item.get("slug").asString())).contains(SLUG);
        var none = json.readTree(get("api/articles?topic=no-such-topic").body());
        assertThat(none.get("items")).isEmpty();
        assertThat(none.get("nextPage")).isNull();
        var inSection = json.readTree(get("api/articles?section=analysis").body());
        assertThat(inSection.get("items").valueStream().map(item -> item.get("slug").asString())).contains(SLUG);
        assertThat(json.readTree(get("api/articles?section=business&topic=east-asia").body()).get("items")).isEmpty();
        var byAuthor = json.readTree(get("api/articles?author=elena-marsh").body());
        assertThat(byAuthor.get("items").valueStream().map(item -> item.get("slug").asString())).contains(SLUG);
        assertThat(json.readTree(get("api/articles?author=rui-reader").body()).get("items")).isEmpty();
        var future = json.readTree(get("api/articles?since=2999-01-01T00:00:00Z").body());
        assertThat(future.get("items")).isEmpty();
        var all = json.readTree(get("api/articles?since=2000-01-01T00:00:00Z&size=100").body());
        assertThat(all.get("items").valueStream().map(item -> item.get("slug").asString())).contains(SLUG);
    }

    @Test
    void one_article_carries_its_body_topics_and_dates() throws Exception {
        var response = get("api/articles/" + SLUG);
        assertThat(response.statusCode()).isEqualTo(200);
        var article = json.readTree(response.body());
        assertThat(article.get("headline").asString()).isEqualTo(ReadingPagesIT.HEADLINE);
        assertThat(article.get("url").asString()).isEqualTo(server.url(ReadingPagesIT.ARTICLE));
        assertThat(article.get("bodyHtml").asString()).contains("<p>");
        assertThat(article.get("topics").valueStream().map(topic -> topic.get("slug").asString())).contains("east-asia");
        assertThat(article.get("byline").asString()).isEqualTo("Elena Marsh");
        assertThat(article.get("author").get("url").asString()).isEqualTo(server.url("authors/elena-marsh"));
        assertThat(response.headers().firstValue("Last-Modified")).isPresent();

        assertThat(get("api/articles/no-such-article").statusCode()).isEqualTo(404);
        var hostile = get("api/articles/%3Cimg%20src=x%20onerror=alert(1)%3E");
        assertThat(hostile.statusCode()).isEqualTo(404);
        assertThat(hostile.body()).doesNotContain("<img");
    }

    @Test
    void sections_and_authors_are_there_too() throws Exception {
        var sections = json.readTree(get("api/sections").body());
        assertThat(sections.valueStream().map(section -> section.get("name").asString()))
                .containsExactly("News", "Analysis", "Opinion", "Business", "Culture");
        var author = json.readTree(get("api/authors/elena-marsh").body());
        assertThat(author.get("name").asString()).isEqualTo("Elena Marsh");
        assertThat(author.get("url").asString()).isEqualTo(server.url("authors/elena-marsh"));
        assertThat(get("api/authors/rui-reader").statusCode()).as("readers have no author page").isEqualTo(404);
        assertThat(get("api/authors/nobody").statusCode()).isEqualTo(404);
    }

    @Test
    void a_client_that_has_the_answer_already_gets_304_and_no_body() throws Exception {
        for (var path : new String[] {"api/articles", "api/articles/" + SLUG, "api/topics"}) {
            var first = get(path);
            var etag = first.headers().firstValue("ETag").orElseThrow();

            var again = send(HttpRequest.newBuilder(server.uri(path)).header("If-None-Match", etag));
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
        }
        var article = get("api/articles/" + SLUG);
        var byDate = send(HttpRequest.newBuilder(server.uri("api/articles/" + SLUG))
                .header("If-Modified-Since", article.headers().firstValue("Last-Modified").orElseThrow()));
        assertThat(byDate.statusCode()).isEqualTo(304);
        var stale = send(HttpRequest.newBuilder(server.uri("api/articles")).header("If-None-Match", "\"not-this-one\""));
        assertThat(stale.statusCode()).isEqualTo(200);
    }

    @Test
    void bad_requests_are_refused_with_a_reason() throws Exception {
        for (var query : new String[] {"page=abc", "page=0", "page=-3", "page=99999999999", "size=101", "size=0",
                "since=yesterday", "since=2026-11-28"}) {
            var response = get("api/articles?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            var problem = json.readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("error").asString()).as(query).containsAnyOf("page", "size", "since");
        }
    }

    @Test
    void the_server_describes_the_api_at_openapi() throws Exception {
        var response = get("openapi");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/articles", "/api/articles/{slug}", "/api/topics", "The Broadsheet API");
    }

    private static Instant publishedAt(JsonNode item) {
        return Instant.parse(item.get("publishedAt").asString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(server.uri(path)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
