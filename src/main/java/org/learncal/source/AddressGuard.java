package org.learncal.source;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The SSRF guard: which addresses a pull may connect to. Loopback, private (RFC 1918, IPv6 unique local,
 * carrier-grade NAT), link-local (cloud metadata lives there), multicast and unspecified addresses are refused;
 * {@code allowPrivate} lets loopback and private ones through, for tests and intranets. It is applied to every
 * address a host resolves to, right before connecting to the address checked, on each redirect too: a name that
 * resolves elsewhere later cannot slip through.
 */
final class AddressGuard {
    private final boolean allowPrivate;

    AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Every address of {@code host}, each allowed, or a failure naming the one refused. */
    List<InetAddress> resolve(String host) throws FetchFailure {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchFailure(Outcome.UNREACHABLE, "host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            String refusal = refusal(address);
            if (refusal != null) {
                throw new FetchFailure(Outcome.REFUSED, "host " + host + " resolves to " + address.getHostAddress()
                        + ", " + refusal + "; LearnCal does not pull from such addresses");
            }
        }
        return List.of(addresses);
    }

    /** Why this address is refused, or null. */
    String refusal(InetAddress address) {
        InetAddress plain = unmapped(address);
        if (plain.isAnyLocalAddress()) {
            return "an unspecified address";
        }
        if (plain.isMulticastAddress()) {
            return "a multicast address";
        }
        if (plain.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (plain.isLoopbackAddress() && !allowPrivate) {
            return "a loopback address";
        }
        if (isPrivate(plain) && !allowPrivate) {
            return "a private address";
        }
        return null;
    }

    private static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return address.isSiteLocalAddress() || first == 100 && second >= 64 && second < 128 || first == 0;
        }
        return address.isSiteLocalAddress() || (bytes[0] & 0xfe) == 0xfc;
    }

    /** An IPv4 address written as IPv6 (::ffff:a.b.c.d) is judged as the IPv4 address it is. */
    private static InetAddress unmapped(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            boolean mapped = bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
            for (int i = 0; i < 10 && mapped; i++) {
                mapped = bytes[i] == 0;
            }
            if (mapped) {
                try {
                    return InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16));
                } catch (UnknownHostException e) {
                    return address;
                }
            }
        }
        return address;
    }
}
