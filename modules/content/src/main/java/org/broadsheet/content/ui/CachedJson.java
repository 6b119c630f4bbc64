package org.broadsheet.content.ui;

import jakarta.json.bind.Jsonb;
import jakarta.json.spi.JsonProvider;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.broadsheet.shared.ui.EntityTags;

/**
 * A JSON answer with the validators a client or proxy needs to ask again for nothing: an ETag of the exact bytes
 * and the time the content last changed. A request whose validators still match gets 304 and no body.
 */
final class CachedJson {

    // Built once: creating Jsonb looks up its provider and is far slower than using one.
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final JsonProvider JSON_P = JsonProvider.provider();
    private static final CacheControl ONE_MINUTE = CacheControl.valueOf("public, max-age=60");
    private static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8");

    private CachedJson() {
    }

    /** A list: only its ETag tells whether it changed (its newest date does not move when an item leaves it). */
    static Response of(Request request, Object body) {
        var bytes = JSON.toJson(body).getBytes(StandardCharsets.UTF_8);
        var etag = new EntityTag(EntityTags.of(bytes));
        var unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.cacheControl(ONE_MINUTE).tag(etag).build();
        }
        return Response.ok(bytes, JSON_UTF8).tag(etag).cacheControl(ONE_MINUTE).build();
    }

    /** One thing that changed last at {@code lastModified}: its ETag and that date both answer a revalidation. */
    static Response of(Request request, Object body, Instant lastModified) {
        var bytes = JSON.toJson(body).getBytes(StandardCharsets.UTF_8);
        var etag = new EntityTag(EntityTags.of(bytes));
        var modified = Date.from(lastModified.truncatedTo(ChronoUnit.SECONDS));
        var unchanged = request.evaluatePreconditions(modified, etag);
        if (unchanged != null) {
            return unchanged.cacheControl(ONE_MINUTE).tag(etag).lastModified(modified).build();
        }
        return Response.ok(bytes, JSON_UTF8).tag(etag).lastModified(modified).cacheControl(ONE_MINUTE).build();
    }

    /** A refusal with its reason, as JSON: {@code {"status":400,"error":"…"}}. */
    static Response problem(Response.Status status, String reason) {
        return Response.status(status).type(JSON_UTF8)
                .entity(JSON_P.createObjectBuilder().add("status", status.getStatusCode()).add("error", reason).build()
                        .toString()).build();
    }
}
