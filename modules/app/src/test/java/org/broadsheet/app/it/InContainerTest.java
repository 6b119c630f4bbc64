package org.broadsheet.app.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every in-container test has: Arquillian, and a caller for each role. */
@ExtendWith(ArquillianExtension.class)
abstract class InContainerTest {

    @Inject
    AsAdmin admin;

    @Inject
    AsEditor editor;

    @Inject
    AsAuthor author;

    @Inject
    AsContributor contributor;

    @Inject
    AsReader reader;
}
