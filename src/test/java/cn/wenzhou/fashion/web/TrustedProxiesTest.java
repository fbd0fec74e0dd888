package cn.wenzhou.fashion.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.0/8", "fd00::/8", "192.0.2.7"));

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItForwards() {
        assertThat(proxies.clientOf("203.0.113.5", List.of("198.51.100.1"))).isEqualTo("203.0.113.5");
    }

    @Test
    void behindTrustedProxiesTheClientIsTheLastAddressThatIsNoProxy() {
        assertThat(proxies.clientOf("10.1.2.3", List.of("198.51.100.1, 203.0.113.9, 192.0.2.7"))).isEqualTo("203.0.113.9");
        assertThat(proxies.clientOf("10.1.2.3", List.of("198.51.100.1", "203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void aTrustedProxyWithoutForwardedForIsItsOwnClient() {
        assertThat(proxies.clientOf("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
        assertThat(proxies.clientOf("10.1.2.3", List.of("10.9.9.9"))).isEqualTo("10.9.9.9");
    }

    @Test
    void portsAndBracketsAreLeftOut() {
        assertThat(proxies.clientOf("10.1.2.3", List.of("203.0.113.9:51234"))).isEqualTo("203.0.113.9");
        assertThat(proxies.clientOf("10.1.2.3", List.of("[2001:db8:1:2::5]:443"))).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    }

    @Test
    void somethingThatIsNoAddressCountsAsTheProxyThatPassedItOn() {
        assertThat(proxies.clientOf("10.1.2.3", List.of("203.0.113.9, evil.example.com"))).isEqualTo("10.1.2.3");
        assertThat(proxies.clientOf("10.1.2.3", List.of("unknown, 10.4.4.4"))).isEqualTo("10.4.4.4");
    }

    @Test
    void anIpv6ClientCountsByItsSlash64() {
        assertThat(proxies.clientOf("2001:db8:1:2::5", List.of())).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(proxies.clientOf("2001:db8:1:2:ffff::1", List.of())).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(proxies.clientOf("fd12::1", List.of("2001:db8:9::1"))).isEqualTo("2001:db8:9:0:0:0:0:0/64");
    }

    @Test
    void anIpv4MappedPeerIsItsIpv4Address() {
        assertThat(proxies.clientOf("::ffff:10.1.2.3", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void aTrustedProxyThatIsNoAddressOrRangeStopsTheStart() {
        assertThatThrownBy(() -> new TrustedProxies(List.of("ingress.example.com"))).hasMessageContaining("ingress.example.com");
        assertThatThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/33"))).hasMessageContaining("10.0.0.0/33");
    }
}
