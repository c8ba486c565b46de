package fr.mutualis.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The load runs of the benchmark programs: wrk, 2 threads, 50 connections, 30 s, with the lines worth keeping. */
final class Wrk {

    private Wrk() {
    }

    /** Runs wrk on the URL (with an optional bearer token) and prints its latency and throughput lines. */
    static void run(String url, String token, String who) throws IOException, InterruptedException {
        System.out.println("wrk -t2 -c50 -d30s --latency GET " + url.replaceFirst("http://localhost:\\d+", "")
                + " (" + who + "load average before: " + load() + ")");
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c50", "-d30s", "--latency"));
        if (token != null) {
            command.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        for (String line : new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (line.matches(".*(Latency  |50%|90%|99%|Requests/sec|requests in|Non-2xx|Socket errors).*")) {
                System.out.println("  " + line.strip());
            }
        }
        wrk.waitFor();
    }

    /** The one-minute load average, to print beside every figure. */
    static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }
}
