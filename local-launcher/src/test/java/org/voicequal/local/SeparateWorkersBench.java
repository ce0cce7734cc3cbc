package org.voicequal.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tooling, not a test: what each worker costs when every worker runs in its own JVM, as in docker-compose
 * ({@link SeparateWorkers}: the workers' executable jars with compose's environment, real broker, PostgreSQL,
 * registry and SMTP). Posts submissions of the sample through ingest's HTTP API, {@code --in-flight} at a time
 * (default four) as portals would (identical images, so OCR reads them once, on the warm-up submission), waits until every one is
 * approved on the public topic and its decision emailed, and prints per worker: CPU per submission, resident
 * memory (now and peak) and heap used after a full GC.
 *
 * <p>The workers start with the Dockerfile's JVM options unless {@code --jvm-options} says otherwise; the heap a
 * JVM grows to depends on them (75 % of the machine's memory may be taken), so compare RSS under the same ones.
 *
 * <pre>local-launcher/separate-bench [--submissions 500] [--in-flight 4] [--jvm-options "-Xmx256m"]</pre>
 */
public final class SeparateWorkersBench {

    private static final Pattern ENTRYPOINT = Pattern.compile("(?m)^ENTRYPOINT \\[\"java\",(.*), \"-jar\",");

    private static final Pattern HEAP_SERIES = Pattern.compile(
            "(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.eE+-]+)$");

    public static void main(String[] args) throws Exception {
        int count = 500;
        int inFlight = 4;
        List<String> jvmOptions = dockerfileJvmOptions();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--submissions" -> count = Integer.parseInt(args[++i]);
                case "--in-flight" -> inFlight = Integer.parseInt(args[++i]);
                case "--jvm-options" -> jvmOptions = List.of(args[++i].trim().split("\\s+"));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--submissions N, --in-flight N, --jvm-options \"-Xmx256m ...\")");
            }
        }
        long began = System.nanoTime();
        try (SeparateWorkers workers = SeparateWorkers.start("separate-bench", jvmOptions)) {
            System.out.printf("six workers started in %.0f s, JVM options %s (load average %s)%n", seconds(began),
                    jvmOptions, loadAverage());
            try (Submissions warmUp = Submissions.post(workers, "acct-warm", 1)) {
                warmUp.awaitAllAccepted(Duration.ofMinutes(5));
                warmUp.awaitEveryOneApproved(Duration.ofMinutes(10));
                warmUp.assertOneEmailPerNotification(Duration.ofMinutes(2));
            }
            System.out.println("warm-up submission approved and emailed (its images read once by OCR)");
            Map<String, Long> cpuBefore = cpu(workers);
            Map<String, Long> infrastructureBefore = infrastructureCpu(workers);
            Map<String, Long> peak = new LinkedHashMap<>();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(() -> SeparateWorkers.WORKERS.forEach(w ->
                    peak.merge(w, rssKib(workers.pid(w)), Math::max)), 0, 250, TimeUnit.MILLISECONDS);
            String load = loadAverage();
            long start = System.nanoTime();
            double seconds;
            try (Submissions batch = Submissions.post(workers, "acct-bench", count, inFlight)) {
                batch.awaitAllAccepted(Duration.ofMinutes(30));
                double accepted = seconds(start);
                batch.awaitEveryOneApproved(Duration.ofMinutes(30));
                double approved = seconds(start);
                batch.assertOneEmailPerNotification(Duration.ofMinutes(30));
                seconds = seconds(start);
                System.out.printf("%d submissions through HTTP, %d in flight: all accepted after %.1f s, all approved"
                                + " after %.1f s, all emailed after %.1f s: %.1f submissions/s end to end"
                                + " (load average %s before, %s after)%n", count, inFlight, accepted, approved, seconds,
                        count / seconds, load, loadAverage());
            } finally {
                sampler.shutdownNow();
                sampler.awaitTermination(5, TimeUnit.SECONDS);
            }
            Map<String, Long> cpuAfter = cpu(workers);
            Map<String, Long> infrastructureAfter = infrastructureCpu(workers);
            System.out.printf("%n| worker | CPU per submission | cores busy | RSS now | RSS peak | heap after GC |%n"
                    + "|---|---:|---:|---:|---:|---:|%n");
            long totalCpu = 0;
            for (String worker : SeparateWorkers.WORKERS) {
                long cpu = cpuAfter.get(worker) - cpuBefore.get(worker);
                totalCpu += cpu;
                System.out.printf("| %s | %.1f ms | %.2f | %d MiB | %d MiB | %d MiB |%n", worker, cpu / 1e6 / count,
                        cpu / 1e9 / seconds, rssKib(workers.pid(worker)) >> 10, peak.get(worker) >> 10,
                        heapAfterGc(workers, worker) >> 20);
            }
            System.out.printf("| six workers | %.1f ms | %.2f | | | |%n", totalCpu / 1e6 / count, totalCpu / 1e9 / seconds);
            for (String part : infrastructureAfter.keySet()) {
                long cpu = infrastructureAfter.get(part) - infrastructureBefore.getOrDefault(part, 0L);
                System.out.printf("| %s | %.1f ms | %.2f | | | |%n", part, cpu / 1e6 / count, cpu / 1e9 / seconds);
            }
        }
    }

    /** The JVM options of the Dockerfile's {@code ENTRYPOINT}: the workers run as they would in production. */
    static List<String> dockerfileJvmOptions() throws IOException {
        Matcher entrypoint = ENTRYPOINT.matcher(Files.readString(Path.of("..", "Dockerfile")));
        if (!entrypoint.find()) {
            throw new IllegalStateException("the Dockerfile's ENTRYPOINT is no longer [\"java\", options..., \"-jar\", ...]");
        }
        return Pattern.compile("\"([^\"]*)\"").matcher(entrypoint.group(1)).results().map(m -> m.group(1)).toList();
    }

    private static Map<String, Long> cpu(SeparateWorkers workers) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (String worker : SeparateWorkers.WORKERS) {
            nanos.put(worker, cpuNanos(ProcessHandle.of(workers.pid(worker))
                    .orElseThrow(() -> new IllegalStateException(worker + " is not running"))));
        }
        return nanos;
    }

    /**
     * CPU of what the workers depend on, which run here as the tests run them: the broker and the mail server in
     * this JVM (with the bench's own status reader), PostgreSQL's processes, the registry's JVM. A PostgreSQL
     * backend that ended during the run takes its CPU time with it, so its figure is a lower bound.
     */
    private static Map<String, Long> infrastructureCpu(SeparateWorkers workers) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        nanos.put("broker, mail server, this bench (one JVM)", cpuNanos(ProcessHandle.current()));
        String dataDirectory = workers.work().resolve("postgres").toString();
        nanos.put("PostgreSQL (postmaster and backends)", ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(dataDirectory)).orElse(false))
                .flatMap(postmaster -> java.util.stream.Stream.concat(java.util.stream.Stream.of(postmaster),
                        postmaster.descendants()))
                .mapToLong(SeparateWorkersBench::cpuNanos).sum());
        nanos.put("schema registry (Apicurio JVM)", ProcessHandle.current().children()
                .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains("apicurio")).orElse(false))
                .mapToLong(SeparateWorkersBench::cpuNanos).sum());
        return nanos;
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Heap in use after {@code jcmd GC.run}, as the worker's own Prometheus page reports it. */
    private static long heapAfterGc(SeparateWorkers workers, String worker) throws Exception {
        Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(workers.pid(worker)), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor(60, TimeUnit.SECONDS);
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(workers.managementUrl(worker)
                + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher heap = HEAP_SERIES.matcher(page);
        double bytes = 0;
        while (heap.find()) {
            bytes += Double.parseDouble(heap.group(1));
        }
        return (long) bytes;
    }

    private static long rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
        return 0;
    }

    private static String loadAverage() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
