package org.broadsheet.app.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR `mvn package` built, with the in-container test classes added: tests run against the real thing. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive broadsheetWith(Class<?>... testClasses) {
        var war = new File(System.getProperty("broadsheet.war", "target/broadsheet.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(InContainerTest.class, RoleCaller.class, AsAdmin.class, AsEditor.class, AsReader.class, Deployments.class)
                .addClasses(testClasses)
                .addAsWebInfResource("it/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
    }
}
