package org.broadsheet.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class MalformedAddressNoiseTest {

    @Test
    void only_grizzlys_refusal_of_a_broken_percent_escape_is_kept_out_of_the_log() {
        assertThat(MalformedAddressNoise.isMalformedAddress(record(decoderFailure(
                new IllegalArgumentException("URLDecoder: Illegal hex characters in escape (%) pattern - %zz"))))).isTrue();
        assertThat(MalformedAddressNoise.isMalformedAddress(record(decoderFailure(
                new IllegalStateException("Unexpected termination"))))).isTrue();

        assertThat(MalformedAddressNoise.isMalformedAddress(record(new IllegalArgumentException("elsewhere")))).isFalse();
        assertThat(MalformedAddressNoise.isMalformedAddress(record(decoderFailure(new NullPointerException())))).isFalse();
        assertThat(MalformedAddressNoise.isMalformedAddress(record(null))).isFalse();
    }

    private static <T extends Throwable> T decoderFailure(T thrown) {
        thrown.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.glassfish.grizzly.http.util.URLDecoder", "decode", "URLDecoder.java", 199),
                new StackTraceElement("org.apache.catalina.connector.CoyoteAdapter", "postParseRequest", null, 420)});
        return thrown;
    }

    private static LogRecord record(Throwable thrown) {
        var record = new LogRecord(Level.SEVERE, "An exception or error occurred in the container");
        record.setThrown(thrown);
        return record;
    }
}
