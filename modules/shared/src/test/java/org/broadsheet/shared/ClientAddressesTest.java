package org.broadsheet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whose address a request is counted under. */
class ClientAddressesTest {

    @Test
    void the_connection_counts_and_a_header_anyone_can_write_does_not() {
        var direct = new ClientAddresses(false);
        assertThat(direct.of("203.0.113.7", "198.51.100.1")).isEqualTo("203.0.113.7");
        assertThat(direct.of(null, null)).isEqualTo("unknown");
    }

    @Test
    void behind_our_proxy_the_address_it_added_counts_not_the_clients_claims() {
        var proxied = new ClientAddresses(true);
        assertThat(proxied.of("127.0.0.1", "1.1.1.1, 2.2.2.2, 203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(proxied.of("127.0.0.1", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(proxied.of("127.0.0.1", null)).isEqualTo("127.0.0.1");
        assertThat(proxied.of("127.0.0.1", "x".repeat(1000))).hasSize(45);
    }
}
