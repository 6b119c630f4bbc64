package org.broadsheet.app.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view. Styles are plain CSS ({@code @StyleSheet}) on top of Lumo, so the build uses
 * Vaadin's pre-built bundle and needs no Node.js.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("color-scheme", "light");
        // Named in the page, so browsers do not ask for /favicon.ico on every first visit.
        settings.addFavIcon("icon", "favicon.svg", "any");
    }
}
