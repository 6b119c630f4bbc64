package org.broadsheet.loadtests.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where a figure was measured: cores, CPU model, memory, JDK. Figures from different machines are not
 * comparable, so every row of the benchmarks table carries this.
 */
public record Machine(int cores, String cpu, long memoryMiB, String jdk) {

    public static Machine here() {
        return new Machine(
                Runtime.getRuntime().availableProcessors(),
                first("/proc/cpuinfo", "(?m)^model name\\s*:\\s*(.+)$").orElse("unknown CPU"),
                first("/proc/meminfo", "(?m)^MemTotal:\\s*(\\d+) kB").map(kb -> Long.parseLong(kb) / 1024).orElse(0L),
                Runtime.version().toString());
    }

    /** e.g. "2 cores AMD EPYC, 23.5 GiB, JDK 25.0.3+9-LTS". */
    public String line() {
        return "%d cores %s, %.1f GiB, JDK %s".formatted(cores, cpu.strip(), memoryMiB / 1024.0, jdk.strip());
    }

    private static java.util.Optional<String> first(String file, String regex) {
        try {
            var match = Pattern.compile(regex).matcher(Files.readString(Path.of(file)));
            return match.find() ? java.util.Optional.of(match.group(1).strip()) : java.util.Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return java.util.Optional.empty();
        }
    }
}
