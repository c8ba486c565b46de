package fr.mutualis.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The load runs of the benchmark programs: wrk, 2 threads, 50 connections, 30 s, with the lines worth keeping. */
final class Wrk {

    private Wrk() {
    }

    /** Runs wrk on the URL (with an optional bearer token) and prints its latency and throughput lines. */
    static void run(String url, String token, String who) throws IOException, InterruptedException {
        run(url, token, who, null, List.of(), "30s");
    }

    private static final Pattern REQUESTS = Pattern.compile("^\\s*(\\d+) requests in", Pattern.MULTILINE);

    /**
     * The same with a Lua script that makes each request (wrk -s; its arguments follow {@code --}) and a duration;
     * the lines the script prints itself are kept too when they start with {@code script: }. Answers how many
     * requests wrk made.
     */
    static long run(String url, String token, String who, Path script, List<String> scriptArguments, String duration)
            throws IOException, InterruptedException {
        System.out.println("wrk -t2 -c50 -d" + duration + " --latency "
                + (script == null ? "GET " : "-s " + script.getFileName() + " ")
                + url.replaceFirst("http://localhost:\\d+", "") + " (" + who + "load average before: " + load() + ")");
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c50", "-d" + duration, "--latency"));
        if (token != null) {
            command.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        if (script != null) {
            command.add("--");
            command.addAll(scriptArguments);
        }
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        for (String line : output.split("\n")) {
            if (line.matches(".*(Latency  |50%|90%|99%|Requests/sec|requests in|Non-2xx|Socket errors).*")
                    || line.startsWith("script: ")) {
                System.out.println("  " + line.strip());
            }
        }
        int exit = wrk.waitFor();
        if (exit != 0 && script != null) {
            System.out.println(output);
            throw new IllegalStateException("wrk ended with " + exit);
        }
        Matcher requests = REQUESTS.matcher(output);
        return requests.find() ? Long.parseLong(requests.group(1)) : 0;
    }

    /** The one-minute load average, to print beside every figure. */
    static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }
}
