package org.broadsheet.shared.ui;

import java.util.List;
import java.util.Objects;

/**
 * What a reading page says about itself in its HTML head, for browsers, search engines and link previews.
 *
 * @param title the document title
 * @param description one or two sentences: the meta description and the preview text
 * @param canonicalPath the page's own address inside the site, without a leading slash ({@code ""} is the
 *        front page); query strings a reader added never make a second page of it
 * @param openGraphType {@code website} or {@code article}
 * @param openGraph further Open Graph properties, e.g. {@code article:published_time}; a name may repeat
 *        ({@code article:tag})
 * @param structuredData schema.org JSON-LD, or empty
 * @param feedPath the Atom feed of what the page lists, inside the site ({@code feed}, the site's, unless the page
 *        lists a part of it)
 * @param status the HTTP status of the page: 200, or 410 for a page that was there and was taken down on purpose
 *        (it then says so, and search engines are asked not to index it)
 * @param breadcrumbs where the page sits, from the front page down to itself (schema.org's BreadcrumbList, with
 *        the site's address made whole), or empty for the front page
 * @param picture the picture link previews show and the page's data names (its {@code image}), or null
 */
public record PageHead(String title, String description, String canonicalPath, String openGraphType,
        List<Property> openGraph, String structuredData, String feedPath, int status, List<Crumb> breadcrumbs,
        Picture picture) {

    public static final int OK = 200;
    public static final int GONE = 410;

    /** A page that is there, listing what its feed lists. */
    public PageHead(String title, String description, String canonicalPath, String openGraphType,
            List<Property> openGraph, String structuredData, String feedPath) {
        this(title, description, canonicalPath, openGraphType, openGraph, structuredData, feedPath, OK, List.of(), null);
    }

    /** A page whose feed is the site's. */
    public PageHead(String title, String description, String canonicalPath, String openGraphType,
            List<Property> openGraph, String structuredData) {
        this(title, description, canonicalPath, openGraphType, openGraph, structuredData, "feed");
    }

    /** One {@code <meta property content>} of the head. */
    public record Property(String name, String content) {
    }

    /** One step of the breadcrumbs: its name and its address inside the site ({@code ""} is the front page). */
    public record Crumb(String name, String path) {
    }

    /** The same page, placed under the given breadcrumbs. */
    public PageHead withBreadcrumbs(List<Crumb> trail) {
        return new PageHead(title, description, canonicalPath, openGraphType, openGraph, structuredData, feedPath,
                status, trail, picture);
    }

    /** The same page, previewed with {@code shown}. */
    public PageHead withPicture(Picture shown) {
        return new PageHead(title, description, canonicalPath, openGraphType, openGraph, structuredData, feedPath,
                status, breadcrumbs, shown);
    }

    /** A picture of the page: its address inside the site, its size in pixels, and what it shows, in words. */
    public record Picture(String path, int width, int height, String alt) {
    }


    public PageHead {
        Objects.requireNonNull(title);
        description = Objects.requireNonNullElse(description, "");
        canonicalPath = Objects.requireNonNullElse(canonicalPath, "");
        openGraphType = Objects.requireNonNullElse(openGraphType, "website");
        openGraph = List.copyOf(openGraph);
        structuredData = Objects.requireNonNullElse(structuredData, "");
        feedPath = Objects.requireNonNullElse(feedPath, "feed");
        breadcrumbs = List.copyOf(breadcrumbs);
        if (status != OK && status != GONE) {
            throw new IllegalArgumentException("A reading page is there (200) or gone (410), not " + status);
        }
    }

    /** A page taken down on purpose: it answers 410 and says so, with nothing of what was there. */
    public static PageHead gone(String title, String description, String canonicalPath) {
        return new PageHead(title, description, canonicalPath, "website", List.of(), "", "feed", GONE, List.of(), null);
    }
}
