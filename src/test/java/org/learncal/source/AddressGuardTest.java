package org.learncal.source;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which resolved addresses the SSRF guard refuses, by default and with private addresses allowed. */
class AddressGuardTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "127.0.0.1        | a loopback address      | -",
            "::1              | a loopback address      | -",
            "::ffff:127.0.0.1 | a loopback address      | -",
            "10.1.2.3         | a private address       | -",
            "192.168.1.20     | a private address       | -",
            "172.16.0.1       | a private address       | -",
            "100.64.0.1       | a private address       | -",
            "fd12:3456::1     | a private address       | -",
            "169.254.169.254  | a link-local address    | a link-local address",
            "fe80::1          | a link-local address    | a link-local address",
            "224.0.0.251      | a multicast address     | a multicast address",
            "0.0.0.0          | an unspecified address  | an unspecified address",
            "93.184.216.34    | -                       | -"})
    void refusesWhatItMust(String address, String byDefault, String withPrivateAllowed) throws UnknownHostException {
        InetAddress resolved = InetAddress.getByName(address);
        assertEquals(byDefault, new AddressGuard(false).refusal(resolved), "by default");
        assertEquals(withPrivateAllowed, new AddressGuard(true).refusal(resolved), "private allowed");
    }
}
