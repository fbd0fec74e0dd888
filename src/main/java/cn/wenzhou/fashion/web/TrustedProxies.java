package cn.wenzhou.fashion.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The client's address as seen through the configured proxies ({@code library.rate-limit.trusted-proxies}). The
 * direct peer is the client unless it is a trusted proxy; then X-Forwarded-For is read from its end, where each proxy
 * appends the address it received the request from, and the first address that is not a trusted proxy is the
 * client's. What a client writes into the header itself lies to the left of that and is never used, and a peer that
 * is no trusted proxy cannot name any address but its own. (Quarkus's {@code quarkus.http.proxy.*} takes the first
 * address of the header, which a client can write: leave it off.)
 * <p>
 * Only literal addresses are parsed (never a name lookup). An IPv6 client counts by its /64 network: one subscriber
 * usually holds a whole /64, and could otherwise take a new address for every request.
 */
final class TrustedProxies {

    private final List<Range> ranges;

    TrustedProxies(List<String> trusted) {
        List<Range> parsed = new ArrayList<>();
        for (String entry : trusted) {
            parsed.add(Range.parse(entry.trim()));
        }
        this.ranges = List.copyOf(parsed);
    }

    /** The key of the request's client in the rate limits: its address, or its /64 network for IPv6. */
    String clientOf(HttpServerRequest request) {
        SocketAddress peer = request.remoteAddress();
        return clientOf(peer == null ? null : peer.hostAddress(), request.headers().getAll("X-Forwarded-For"));
    }

    /** The key of the client whose request came from {@code peer} with these X-Forwarded-For headers. */
    String clientOf(String peer, List<String> forwardedFor) {
        InetAddress client = literal(peer);
        if (client == null) {
            // A Unix domain socket, say: then all such clients are one.
            return String.valueOf(peer);
        }
        if (trusted(client)) {
            client = forwardedClient(forwardedFor, client);
        }
        return key(client);
    }

    private InetAddress forwardedClient(List<String> headers, InetAddress proxy) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            hops.addAll(Arrays.asList(header.split(",")));
        }
        InetAddress nearest = proxy;
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(withoutPort(hops.get(i).trim()));
            if (hop == null) {
                // Not an address: written by no proxy, so the last trusted one stands for the client.
                return nearest;
            }
            nearest = hop;
            if (!trusted(hop)) {
                return hop;
            }
        }
        return nearest;
    }

    private boolean trusted(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    private static String key(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] network = Arrays.copyOf(address.getAddress(), 16);
            Arrays.fill(network, 8, 16, (byte) 0);
            return of(network).getHostAddress() + "/64";
        }
        return address.getHostAddress();
    }

    /** {@code [2001:db8::1]:443} and {@code 192.0.2.1:443} without the port; a bare IPv6 address as it is. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end < 0 ? hop : hop.substring(1, end);
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    /** The address written literally in {@code text}; null for anything else, names included (no lookup). */
    private static InetAddress literal(String text) {
        byte[] bytes = text == null ? null : NetUtil.createByteArrayFromIpAddressString(text);
        return bytes == null ? null : of(bytes);
    }

    private static InetAddress of(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not 4 or 16 bytes long", e);
        }
    }

    /** An address and the number of leading bits that a member shares with it. */
    private record Range(byte[] network, int bits) {

        static Range parse(String text) {
            int slash = text.indexOf('/');
            InetAddress address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("library.rate-limit.trusted-proxies: " + text + " is no IP address or CIDR range");
            }
            int length = address.getAddress().length * 8;
            int bits;
            try {
                bits = slash < 0 ? length : Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                bits = -1;
            }
            if (bits < 0 || bits > length) {
                throw new IllegalArgumentException("library.rate-limit.trusted-proxies: " + text + " has no prefix length from 0 to " + length);
            }
            return new Range(address.getAddress(), bits);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
