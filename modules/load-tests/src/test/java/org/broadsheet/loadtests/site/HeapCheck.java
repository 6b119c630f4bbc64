package org.broadsheet.loadtests.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The server's live heap after a full collection, read with the JDK's jcmd: {@code GC.run}, then
 * {@code GC.class_histogram} (which collects again and counts live objects only) and {@code GC.heap_info}
 * as a cross-check; the maximum comes from {@code VM.flags}. What a soak leaves behind is what stays live.
 */
public record HeapCheck(long liveBytes, long usedAfterGcBytes, long maxBytes) {

    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final Pattern MAX_HEAP = Pattern.compile("-XX:MaxHeapSize=(\\d+)");

    public static HeapCheck of(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        var histogram = jcmd(pid, "GC.class_histogram");
        var heapInfo = jcmd(pid, "GC.heap_info");
        var flags = jcmd(pid, "VM.flags");
        return new HeapCheck(
                first(HISTOGRAM_TOTAL, histogram, "GC.class_histogram total"),
                first(HEAP_USED, heapInfo, "GC.heap_info used") * 1024,
                first(MAX_HEAP, flags, "MaxHeapSize"));
    }

    public double liveShare() {
        return (double) liveBytes / maxBytes;
    }

    private static long first(Pattern pattern, String text, String what) {
        var match = pattern.matcher(text);
        if (!match.find()) {
            throw new IllegalStateException("jcmd gave no " + what + ":\n" + text);
        }
        return Long.parseLong(match.group(1));
    }

    /** The jcmd beside the java that runs this process: the same JDK as the server we started. */
    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        var java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        var jcmd = java.resolveSibling("jcmd").toString();
        var process = new ProcessBuilder(jcmd, String.valueOf(pid), command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("jcmd " + pid + " " + command + " failed:\n" + output);
        }
        return output;
    }
}
