package io.parley.devstack.infra;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortsTest {

    @Test
    void aFreePortIsNeverHandedOutTwice() {
        // Nothing binds these ports, so the operating system may well offer one of them again: the process must not.
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            int port = Ports.resolve(Ports.FREE);
            assertTrue(port > 0);
            assertTrue(ports.add(port), "port " + port + " handed out twice");
        }
    }

    @Test
    void aGivenPortIsKept() {
        assertEquals(5433, Ports.resolve(5433));
    }
}
