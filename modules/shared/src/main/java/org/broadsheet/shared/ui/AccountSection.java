package org.broadsheet.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A part another module adds to the signed-in person's account page (their picture, kept by the content module),
 * found through CDI: the people module, below the others, lists what is there without knowing who provides it.
 */
public interface AccountSection {

    /** The section, for the person signed in now; built each time the page is. */
    Component section();
}
