package org.broadsheet.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A part one module adds to another module's page about a {@code T} (an article, say), found through CDI as
 * {@code PageSection<T>}: the page lists what is there without knowing who provides it, so a module never
 * depends on the modules built on top of it. It lives here, not in the page's module API, because it hands
 * over Vaadin components, and Vaadin stays in {@code ui} packages.
 */
public interface PageSection<T> {

    /**
     * The section for this subject. Like the page, it is built both for the first response and for the live
     * view: what every reader shares goes in {@code parts}, which deliver it the page's way.
     */
    Component sectionFor(T subject, StaticHtml.Parts parts);
}
