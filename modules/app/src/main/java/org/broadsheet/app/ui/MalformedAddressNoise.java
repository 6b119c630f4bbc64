package org.broadsheet.app.ui;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps a known server fault out of the log. Payara 7 fails to decode an address with a broken percent
 * escape ({@code /articles/%}, {@code /%zz}) before any application code runs, and logs a 2.8 KB stack
 * trace for each one (payara/Payara#8000): anyone could grow the log at will. This drops exactly those
 * records (a Grizzly URL decoding failure) and counts them at {@code FINE}; every other record passes.
 * The filters are taken off again when the application stops, so the server keeps no class of it.
 */
@WebListener
public class MalformedAddressNoise implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(MalformedAddressNoise.class.getName());

    /** The server's loggers that report the failure: the web container's, and the core's before deployment. */
    static final List<String> SERVER_LOGGERS = List.of("jakarta.enterprise.web.core", "javax.enterprise.system.core");

    private final Map<Logger, Filter> replaced = new HashMap<>();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        for (var name : SERVER_LOGGERS) {
            var logger = Logger.getLogger(name);
            var previous = logger.getFilter();
            replaced.put(logger, previous);
            logger.setFilter(record -> !isMalformedAddress(record) && (previous == null || previous.isLoggable(record)));
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        replaced.forEach(Logger::setFilter);
        replaced.clear();
    }

    /** A record of Grizzly's URL decoder refusing a request's address. */
    static boolean isMalformedAddress(LogRecord record) {
        var thrown = record.getThrown();
        if (!(thrown instanceof IllegalArgumentException || thrown instanceof IllegalStateException)
                || thrown.getStackTrace().length == 0
                || !thrown.getStackTrace()[0].getClassName().equals("org.glassfish.grizzly.http.util.URLDecoder")) {
            return false;
        }
        LOG.log(Level.FINE, "Refused a malformed address: {0}", thrown.getMessage());
        return true;
    }
}
