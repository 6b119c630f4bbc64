package org.broadsheet.loadtests.vaadin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The messages the load tests build, compared with what Chromium sent in answer to the same server responses
 * (see src/test/resources/chromium/README.md). If Vaadin's client changes what it sends, a new capture makes
 * these tests say so before the figures quietly stop meaning the same thing.
 */
class ChromiumParityTest {

    private static final String ARTICLE = "articles/seoul-and-tokyo-promise-a-thaw-and-the-region-takes-note";
    private static final String TITLE = "Seoul and Tokyo Promise a Thaw, and the Region Takes Note — The Broadsheet";

    @Test
    void opensTheUiFromInitAndNavigatesAsChromiumDoes() {
        var ui = LiveUi.open(captured("article-init.json"));

        assertThat(ui.uidlPath()).isEqualTo("/?v-r=uidl&v-uiId=0");
        assertThat(ui.navigateOnArrival(ARTICLE, "", TITLE)).isEqualTo("{\"csrfToken\":\"2c5f16f4-ca56-4f1d-8e58-fa49f3cf6556\","
                + "\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"/" + ARTICLE
                + "\",\"query\":\"\",\"appShellTitle\":\"" + TITLE + "\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                + "\"syncId\":0,\"clientId\":0}");
    }

    @Test
    void articlePageAttachesTheCommentsSectionAndAsksForNoFollowUp() {
        var ui = LiveUi.open(captured("article-init.json"));
        var navigation = ui.receive(captured("article-navigation.json"));

        var comments = navigation.first(node -> node.is("section") && "comments".equals(node.attribute("id")));
        assertThat(comments).map(UiNode::id).contains(7);
        assertThat(ui.followUps()).isEmpty();
        assertThat(ui.message(LiveUi.rpc())).contains("\"syncId\":1,\"clientId\":1");
    }

    @Test
    void commentFormNodesAreFoundByTagAndLabel() {
        var form = UidlResponse.read(captured("comment-form.json"));

        assertThat(form.first(node -> node.is("vaadin-text-field"))).map(UiNode::id).contains(18);
        assertThat(form.first(node -> node.is("vaadin-email-field"))).map(UiNode::id).contains(17);
        assertThat(form.first(node -> node.is("vaadin-text-area"))).map(UiNode::id).contains(16);
        var label = form.first(node -> "Post comment".equals(node.text())).orElseThrow();
        assertThat(form.first(node -> node.is("vaadin-button") && node.children().contains(label.id())))
                .map(UiNode::id).contains(15);
        assertThat(UidlResponse.read(captured("comment-posted.json")).mentions("Thank you. Your comment awaits moderation"))
                .isTrue();
    }

    @Test
    void signInPageAnnouncesTheLoginFormsErrorProperty() {
        var ui = LiveUi.open(captured("article-init.json"));
        ui.receive(captured("login-navigation.json"));

        assertThat(ui.followUps()).hasToString("[{\"type\":\"event\",\"node\":5,\"event\":\"error-changed\",\"data\":{}},"
                + "{\"type\":\"mSync\",\"node\":5,\"feature\":1,\"property\":\"error\",\"value\":false}]");
    }

    @Test
    void backOfficeAnnouncesLayoutAndSideNavigationInChromiumsOrder() {
        var ui = LiveUi.open(captured("article-init.json"));
        ui.receive(captured("signed-in.json"));

        assertThat(ui.followUps()).hasToString("[{\"type\":\"event\",\"node\":33,\"event\":\"primary-section-changed\",\"data\":{}},"
                + "{\"type\":\"event\",\"node\":33,\"event\":\"drawer-opened-changed\",\"data\":{}},"
                + "{\"type\":\"event\",\"node\":33,\"event\":\"overlay-changed\",\"data\":{}},"
                + "{\"type\":\"event\",\"node\":27,\"event\":\"collapsed-changed\",\"data\":{}},"
                + "{\"type\":\"event\",\"node\":26,\"event\":\"expanded-changed\",\"data\":{}},"
                + "{\"type\":\"event\",\"node\":24,\"event\":\"expanded-changed\",\"data\":{}},"
                + "{\"type\":\"event\",\"node\":22,\"event\":\"expanded-changed\",\"data\":{}},"
                + "{\"type\":\"event\",\"node\":20,\"event\":\"expanded-changed\",\"data\":{}},"
                + "{\"type\":\"mSync\",\"node\":33,\"feature\":1,\"property\":\"primarySection\",\"value\":\"navbar\"},"
                + "{\"type\":\"mSync\",\"node\":33,\"feature\":1,\"property\":\"drawerOpened\",\"value\":true},"
                + "{\"type\":\"mSync\",\"node\":33,\"feature\":1,\"property\":\"overlay\",\"value\":false},"
                + "{\"type\":\"mSync\",\"node\":27,\"feature\":1,\"property\":\"collapsed\",\"value\":false},"
                + "{\"type\":\"mSync\",\"node\":26,\"feature\":1,\"property\":\"expanded\",\"value\":false},"
                + "{\"type\":\"mSync\",\"node\":24,\"feature\":1,\"property\":\"expanded\",\"value\":false},"
                + "{\"type\":\"mSync\",\"node\":22,\"feature\":1,\"property\":\"expanded\",\"value\":false},"
                + "{\"type\":\"mSync\",\"node\":20,\"feature\":1,\"property\":\"expanded\",\"value\":false}]");
    }

    @Test
    void gridUpdatesAreConfirmedWithAPromisePerElement() {
        var ui = LiveUi.open(captured("article-init.json"));
        ui.receive(captured("articles-grid.json"));

        assertThat(ui.followUps()).hasToString("[{\"type\":\"publishedEventHandler\",\"node\":40,"
                + "\"templateEventMethodName\":\"confirmUpdate\",\"templateEventMethodArgs\":[0],\"promise\":0}]");
        assertThat(ui.followUps().get(0).get("promise").asInt()).as("same grid, next promise").isEqualTo(1);
    }

    @Test
    void linkNavigationAddsAHistoryEntry() {
        var ui = LiveUi.open(captured("article-init.json"));

        assertThat(ui.navigateByLink("admin/articles"))
                .matches(".*\"data\":\\{\"route\":\"admin/articles\",\"query\":\"\",\"appShellTitle\":\"\","
                        + "\"historyState\":\\{\"usr\":null,\"key\":\"[0-9a-z]{8}\",\"idx\":1},\"trigger\":\"client\"}.*");
    }

    @Test
    void unloadBeaconIsWhatSendBeaconPosts() {
        var ui = LiveUi.open(captured("article-init.json"));

        assertThat(ui.unloadBeacon()).isEqualTo("{\"csrfToken\":\"2c5f16f4-ca56-4f1d-8e58-fa49f3cf6556\",\"rpc\":[],\"UNLOAD\":true}");
    }

    @Test
    void initQueryHasChromiumsParametersInItsOrder() {
        var query = BrowserDetails.initQuery(ARTICLE, "");

        assertThat(query.replaceAll("v-curdate=\\d+", "v-curdate=T").replaceAll("v-wn=v-[0-9.E-]+", "v-wn=W")).isEqualTo(
                "?v-r=init&location=articles%2Fseoul-and-tokyo-promise-a-thaw-and-the-region-takes-note&query="
                        + "&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280&v-curdate=T&v-tzo=0&v-dstd=0"
                        + "&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=W&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light"
                        + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT"
                        + "&v-wla=SUPPORTED&v-ws=false");
    }

    @Test
    void answersABrowserCouldNotCarryOnWithAreProblems() {
        assertThatThrownBy(() -> UidlResponse.read("{\"meta\":{\"sessionExpired\":true}}"))
                .isInstanceOfSatisfying(UidlProblem.class, problem -> assertThat(problem.kind()).isEqualTo("session_expired"));
        assertThatThrownBy(() -> UidlResponse.read("for(;;);[{\"meta\":{\"appError\":{\"caption\":\"x\"}}}]"))
                .isInstanceOfSatisfying(UidlProblem.class, problem -> assertThat(problem.kind()).isEqualTo("app_error"));
        assertThatThrownBy(() -> UidlResponse.read("<html>Service Unavailable</html>"))
                .isInstanceOfSatisfying(UidlProblem.class, problem -> assertThat(problem.kind()).isEqualTo("bad_json"));
        assertThatThrownBy(() -> LiveUi.open("{\"appConfig\":{},\"errors\":null}"))
                .isInstanceOfSatisfying(UidlProblem.class, problem -> assertThat(problem.kind()).isEqualTo("no_appConfig"));
    }

    private static String captured(String name) {
        try (var in = ChromiumParityTest.class.getResourceAsStream("/chromium/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
