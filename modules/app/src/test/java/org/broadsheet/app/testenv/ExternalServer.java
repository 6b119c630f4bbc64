package org.broadsheet.app.testenv;

/** A server other than Payara Micro with the WAR deployed, started for one test run and stopped after it. */
public interface ExternalServer extends Site, AutoCloseable {

    @Override
    void close();
}
