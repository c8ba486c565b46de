package fr.mutualis.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Ports that nothing listens on, for services started by tests. */
public final class FreePorts {

    private static final int FIRST = 20_000;
    private static final int LAST = 32_767;
    private static final java.util.Random RANDOM = new java.util.Random();
    private static final java.util.Set<Integer> GIVEN = new java.util.HashSet<>();

    private FreePorts() {
    }

    /**
     * A free port below Linux's ephemeral range (32768-60999): a port the kernel handed out by {@code bind(0)} could
     * be taken, before the service starts on it, by any outgoing connection of the machine (seen in CI: an api
     * started 50 s after its port was chosen found it in use). Never the same port twice in this JVM.
     */
    public static synchronized int next() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = FIRST + RANDOM.nextInt(LAST - FIRST + 1);
            if (!GIVEN.contains(port) && isFree(port)) {
                GIVEN.add(port);
                return port;
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on the loopback interface", e);
        }
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
