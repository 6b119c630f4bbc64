package org.broadsheet.loadtests.visits;

import static io.gatling.javaapi.core.CoreDsl.exec;

import io.gatling.javaapi.core.ChainBuilder;
import org.broadsheet.loadtests.RunSettings.Article;
import org.broadsheet.loadtests.vaadin.UidlResponse;

/**
 * A new reader's full page view of an article, as Chromium makes it (see pageviews.mjs): the complete first
 * response, {@code ?v-r=init}, the {@code ui-navigate} message that brings the page to life, and whatever the
 * client then sends by itself. The live view must have attached the comments section, the one part of the page
 * that talks back to the server.
 */
public final class Readers {

    private Readers() {
    }

    public static ChainBuilder pageView(Article article) {
        return Requests.shell("shell", article.path(), false, article.headline(), article.quote())
                .exec(Requests.init(article.path()))
                .exec(Requests.uidl("nav",
                        visit -> visit.ui().navigateOnArrival(article.path(), "", visit.shellTitle()),
                        Readers::liveArticle))
                .exec(Requests.followUps());
    }

    /** A crawler reads the first response only: it must be complete (headline, quote, approved comment) and start no session. */
    public static ChainBuilder crawl(Article article) {
        return exec(Requests.shell("crawl", article.path(), true, article.headline(), article.quote(), article.comment()));
    }

    private static void liveArticle(Visit visit, UidlResponse response) {
        var comments = response.required("section#comments",
                node -> node.is("section") && "comments".equals(node.attribute("id")));
        visit.remember("comments", comments.id());
    }
}
