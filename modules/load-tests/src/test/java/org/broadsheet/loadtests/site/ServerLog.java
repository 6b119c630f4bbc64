package org.broadsheet.loadtests.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The output of a server this module started, copied to a file that stops growing at {@link #LIMIT_BYTES}
 * (a server in an error loop must not fill the disk). Past the limit the output is still read, so the server
 * never blocks on a full pipe, and still watched for {@code OutOfMemoryError}: the soak's verdict must not
 * depend on whether the error came before or after the cap.
 */
public final class ServerLog {

    static final long LIMIT_BYTES = 10L * 1024 * 1024;
    private static final String OUT_OF_MEMORY = "OutOfMemoryError";
    /** Payara Micro logs this and keeps running when its port is taken: the page we poll may be someone else's. */
    private static final String PORT_TAKEN = "BindException";
    private static final int LONGEST_WORD = Math.max(OUT_OF_MEMORY.length(), PORT_TAKEN.length());

    private final Path file;
    private final AtomicBoolean outOfMemory = new AtomicBoolean();
    private final AtomicBoolean portTaken = new AtomicBoolean();
    private final AtomicLong seenBytes = new AtomicLong();

    private ServerLog(Path file) {
        this.file = file;
    }

    static ServerLog follow(InputStream output, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        var log = new ServerLog(file);
        Thread.ofPlatform().daemon().name("server-log").start(() -> log.copy(output));
        return log;
    }

    public Path file() {
        return file;
    }

    public boolean sawOutOfMemoryError() {
        return outOfMemory.get();
    }

    public boolean sawPortTaken() {
        return portTaken.get();
    }

    public boolean truncated() {
        return seenBytes.get() > LIMIT_BYTES;
    }

    private void copy(InputStream from) {
        try (from; OutputStream out = Files.newOutputStream(file)) {
            var buffer = new byte[8192];
            var tail = "";
            long written = 0;
            int read;
            while ((read = from.read(buffer)) != -1) {
                seenBytes.addAndGet(read);
                // keep the end of the previous chunk, so a word split across two reads is still found
                var text = tail + new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
                if (text.contains(OUT_OF_MEMORY)) {
                    outOfMemory.set(true);
                }
                if (text.contains(PORT_TAKEN)) {
                    portTaken.set(true);
                }
                tail = text.substring(Math.max(0, text.length() - LONGEST_WORD));
                if (written < LIMIT_BYTES) {
                    var kept = (int) Math.min(read, LIMIT_BYTES - written);
                    out.write(buffer, 0, kept);
                    written += kept;
                    if (written >= LIMIT_BYTES) {
                        out.write("\n[log truncated at 10 MB; the rest is read and discarded]\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                }
            }
        } catch (IOException ended) {
            // the server has stopped
        }
    }
}
