package org.broadsheet.loadtests.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void percentilesAreNearestRankAsInPageviewsMjs() {
        var latencies = LongStream.rangeClosed(1, 200).map(ms -> ms * 1_000_000).toArray();
        var figures = new Figures(200, Duration.ofSeconds(10), latencies, 0, Map.of(), 0, new int[0], 0);

        assertThat(figures.percentileMillis(0.5)).isEqualTo(100.0);
        assertThat(figures.percentileMillis(0.99)).isEqualTo(198.0);
        assertThat(figures.maxMillis()).isEqualTo(200.0);
        assertThat(figures.perSecond()).isEqualTo(20.0);
    }

    @Test
    void minuteRatesComeFromCompletionsPerSecond() {
        var perSecond = new int[210];
        Arrays.fill(perSecond, 0, 30, 10);      // warm-up, not part of any minute
        Arrays.fill(perSecond, 30, 90, 100);
        Arrays.fill(perSecond, 150, 210, 90);
        var figures = new Figures(0, Duration.ofMinutes(3), new long[0], 3, Map.of("nav:failed", 3), 0, perSecond, 30);

        assertThat(figures.minuteRate(0)).isEqualTo(100.0);
        assertThat(figures.minuteRate(2)).isEqualTo(90.0);
        assertThat(figures.errorShare()).isEqualTo(1.0);
    }
}
