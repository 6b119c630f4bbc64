package org.broadsheet.app.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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

    boolean isCaptured() {
        return shell != null;
    }

    /** The text of every script written in the shell itself (not loaded from a file), once captured. */
    List<String> inlineScripts() {
        var captured = shell;
        return captured == null ? List.of()
                : captured.select("script:not([src])").stream().map(Element::data).toList();
    }

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
        chain.doFilter(new SessionlessRequest(request), captured);
        var html = captured.body();
        var document = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        if (captured.status != HttpServletResponse.SC_OK || document.getElementById("outlet") == null) {
            return new VaadinAnswer(captured.status, captured.getContentType(), html);
        }
        // Vaadin writes a base relative to the request's path; every reading page shares one absolute base.
        document.select("base").attr("href", request.getContextPath() + "/");
        // The newsroom writes in English, whichever client happened to make this request.
        document.select("html").attr("lang", "en");
        shell = document;
        return new Shell(shell().orElseThrow());
    }

    /** Keeps what Vaadin writes instead of sending it (the request has no session, so no cookie is set). */
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
        public void sendError(int sc, String msg) {
            status = sc;
        }

        @Override
        public void sendError(int sc) {
            status = sc;
        }

        @Override
        public void setContentType(String type) {
            contentType = type;
        }

        @Override
        public String getContentType() {
            return contentType;
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
    }
}
