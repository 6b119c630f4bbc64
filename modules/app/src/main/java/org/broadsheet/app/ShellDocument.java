package org.broadsheet.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Vaadin's own app shell page (its scripts, style sheets and bootstrap), captured once from Vaadin itself,
 * so that reading pages can be sent complete without asking Vaadin again and without an HTTP session.
 * <p>
 * The capture runs the first reading request of the server's life through Vaadin with a session that
 * lives only for that request: Vaadin needs one to write its shell, but no reader should get one for it.
 */
@ApplicationScoped
class ShellDocument {

    /** The shell as Vaadin wrote it, or what to send instead when it could not be had. */
    sealed interface Capture {
    }

    record Shell(Document document) implements Capture {
    }

    record VaadinAnswer(int status, String contentType, byte[] body) implements Capture {
    }

    private volatile Document shell;

    /** A copy to fill in; written out as parsed, since reformatting could change how inline text lays out. */
    Optional<Document> shell() {
        var captured = shell;
        if (captured == null) {
            return Optional.empty();
        }
        var copy = captured.clone();
        copy.outputSettings().prettyPrint(false);
        return Optional.of(copy);
    }

    /** Runs this request through Vaadin (the rest of the filter chain) and keeps the shell it writes. */
    synchronized Capture capture(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var captured = new CapturedResponse(response);
        chain.doFilter(new WithoutSession(request), captured);
        var html = captured.body();
        var document = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        if (captured.status != HttpServletResponse.SC_OK || document.getElementById("outlet") == null) {
            return new VaadinAnswer(captured.status, captured.getContentType(), html);
        }
        // Vaadin writes a base relative to the request's path; every reading page shares one absolute base.
        document.select("base").attr("href", request.getContextPath() + "/");
        shell = document;
        return new Shell(shell().orElseThrow());
    }

    /** A request whose session, if Vaadin asks for one, is forgotten when the request ends. */
    private static final class WithoutSession extends HttpServletRequestWrapper {

        private HttpSession session;

        WithoutSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (session == null && create) {
                session = new RequestOnlySession(getServletContext());
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }
    }

    private static final class RequestOnlySession implements HttpSession {

        private final ServletContext context;
        private final Map<String, Object> attributes = new HashMap<>();
        private final long created = System.currentTimeMillis();
        private int maxInactiveInterval = 60;

        RequestOnlySession(ServletContext context) {
            this.context = context;
        }

        @Override
        public long getCreationTime() {
            return created;
        }

        @Override
        public String getId() {
            return "first-response-shell";
        }

        @Override
        public long getLastAccessedTime() {
            return created;
        }

        @Override
        public ServletContext getServletContext() {
            return context;
        }

        @Override
        public void setMaxInactiveInterval(int interval) {
            maxInactiveInterval = interval;
        }

        @Override
        public int getMaxInactiveInterval() {
            return maxInactiveInterval;
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(attributes.keySet());
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }

        @Override
        public void invalidate() {
            attributes.clear();
        }

        @Override
        public boolean isNew() {
            return true;
        }
    }

    /** Keeps what Vaadin writes instead of sending it. */
    private static final class CapturedResponse extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int status = SC_OK;
        private String contentType = "text/html;charset=UTF-8";
        private PrintWriter writer;

        CapturedResponse(HttpServletResponse response) {
            super(response);
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
        }

        @Override
        public void sendError(int sc) {
            status = sc;
        }

        @Override
        public void sendError(int sc, String msg) {
            status = sc;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void setContentType(String type) {
            contentType = type;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        // Headers and cookies of the capture stay with the capture.
        @Override
        public void setHeader(String name, String value) {
        }

        @Override
        public void addHeader(String name, String value) {
        }

        @Override
        public void setDateHeader(String name, long date) {
        }

        @Override
        public void addDateHeader(String name, long date) {
        }

        @Override
        public void setIntHeader(String name, int value) {
        }

        @Override
        public void addIntHeader(String name, int value) {
        }

        @Override
        public void addCookie(jakarta.servlet.http.Cookie cookie) {
        }

        @Override
        public boolean containsHeader(String name) {
            return false;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("blocking capture");
                }
            };
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        @Override
        public void flushBuffer() {
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void reset() {
            bytes.reset();
        }

        @Override
        public void resetBuffer() {
            bytes.reset();
        }
    }
}
