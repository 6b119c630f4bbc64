package org.broadsheet.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The readers' budget lets go of the longest-idle anonymous readers first, and never of signed-in staff. */
class ReaderBudgetTest {

    private long clock = 1_000;

    @Test
    void without_a_configured_number_the_budget_is_a_share_of_the_heap() {
        var budget = budget(Optional.empty());

        assertThat(budget.budget())
                .isEqualTo((int) (Runtime.getRuntime().maxMemory() * 0.4 / ReaderBudget.BYTES_PER_READER));
    }

    @Test
    void a_full_budget_lets_the_longest_idle_readers_go_first() {
        var budget = budget(Optional.of(10));
        var readers = startReaders(budget, 10);
        readers.get(0).touch(); // the first reader is still reading: the second is now the longest idle

        var newcomer = startReader(budget);

        assertThat(readers.get(1).invalidated).as("longest idle").isTrue();
        assertThat(readers.get(2).invalidated).as("next longest idle: let go to leave room").isTrue();
        assertThat(readers.get(0).invalidated).as("recently active").isFalse();
        assertThat(readers.subList(3, 10)).noneMatch(reader -> reader.invalidated);
        assertThat(newcomer.invalidated).isFalse();
        assertThat(budget.used()).isLessThanOrEqualTo(10);
        assertThat(budget.letGo()).isEqualTo(2);
    }

    @Test
    void signed_in_staff_are_never_let_go_however_long_idle() {
        var budget = budget(Optional.of(5));
        var editor = startReader(budget);
        budget.signedIn(editor);
        var readers = startReaders(budget, 5);

        for (int i = 0; i < 20; i++) {
            startReader(budget);
        }

        assertThat(editor.invalidated).isFalse();
        assertThat(readers).allMatch(reader -> reader.invalidated);
        assertThat(budget.used()).isLessThanOrEqualTo(5);
    }

    @Test
    void every_open_view_of_a_reader_counts() {
        var budget = budget(Optional.of(4));
        var tabs = startReader(budget);
        budget.viewStarted(tabs);
        budget.viewStarted(tabs);
        budget.viewStarted(tabs);
        assertThat(budget.used()).isEqualTo(3);

        var others = startReaders(budget, 2);

        assertThat(tabs.invalidated).as("three tabs, longest idle").isTrue();
        assertThat(others).noneMatch(reader -> reader.invalidated);
        assertThat(budget.used()).isEqualTo(2);
    }

    @Test
    void a_reader_whose_session_id_changed_is_still_counted_once() {
        var budget = budget(Optional.of(10));
        var reader = startReader(budget);
        var oldId = reader.id;
        reader.id = "renamed";

        budget.idChanged(reader, oldId);
        budget.sessionEnded(reader);

        assertThat(budget.used()).isZero();
    }

    private ReaderBudget budget(Optional<Integer> configured) {
        var budget = new ReaderBudget();
        budget.configuredBudget = configured;
        budget.heapShare = 0.4;
        budget.size();
        return budget;
    }

    private List<FakeSession> startReaders(ReaderBudget budget, int count) {
        var readers = new ArrayList<FakeSession>();
        for (int i = 0; i < count; i++) {
            readers.add(startReader(budget));
        }
        return readers;
    }

    private FakeSession startReader(ReaderBudget budget) {
        var session = new FakeSession(budget, "s" + clock, ++clock);
        budget.sessionStarted(session);
        return session;
    }

    /** What the budget sees of a container session; invalidating it tells the budget, as the container would. */
    private final class FakeSession implements HttpSession {

        private final ReaderBudget budget;
        String id;
        long lastAccessed;
        boolean invalidated;

        FakeSession(ReaderBudget budget, String id, long lastAccessed) {
            this.budget = budget;
            this.id = id;
            this.lastAccessed = lastAccessed;
        }

        void touch() {
            lastAccessed = ++clock;
        }

        @Override
        public void invalidate() {
            if (invalidated) {
                throw new IllegalStateException("already invalidated");
            }
            invalidated = true;
            budget.sessionEnded(this);
        }

        @Override
        public long getLastAccessedTime() {
            if (invalidated) {
                throw new IllegalStateException("invalidated");
            }
            return lastAccessed;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public long getCreationTime() {
            return lastAccessed;
        }

        @Override
        public ServletContext getServletContext() {
            return null;
        }

        @Override
        public void setMaxInactiveInterval(int interval) {
        }

        @Override
        public int getMaxInactiveInterval() {
            return 90;
        }

        @Override
        public Object getAttribute(String name) {
            return null;
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public void setAttribute(String name, Object value) {
        }

        @Override
        public void removeAttribute(String name) {
        }

        @Override
        public boolean isNew() {
            return false;
        }
    }
}
