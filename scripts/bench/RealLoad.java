// Load generator of scripts/bench-real.sh (docs/benchmark.md, "Реалистичная нагрузка / Realistic load").
// Usage: java scripts/bench/RealLoad.java TARGETS SET WARM-UP-SECONDS SECONDS RESULTS
//   TARGETS  lines "subkind<TAB>path" written by scripts/bench/real.py prepare (paths already encoded)
//   SET      mix (the mixed load: each request picks a kind by its share, then a random target of it),
//            or the name of one subkind of TARGETS, asked alone (static, subjects pages)
//   RESULTS  file that gets a tab-separated line per kind, subkind and overall:
//            level name requests seconds p50 p99 max (ms) non-2xx 429 5xx connection-errors
// Environment: BASE (http://host:port), AUTH (the value of the Authorization header), CONNECTIONS (32),
// SEED (random seed; each connection adds its number), START_FLAG (a file created when the measurement starts).
// One platform thread per connection sends HTTP/1.1 requests one after another over one kept-alive socket, as wrk
// does, and keeps the latency of every answer by subkind; percentiles are exact (sorted latencies), not estimated.
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;

public class RealLoad {

    /** The mix: kind, its share of requests in per cent, and the share of each of its subkinds within the kind. */
    static final Object[][] MIX = {
            {"recommendations", 15, new Object[][] {{"recommendations", 1}}},
            {"list", 30, new Object[][] {{"list deficits", 12}, {"list practices", 8}, {"list projects", 5},
                    {"list subjects", 5}}},
            {"search", 20, new Object[][] {{"search", 1}}},
            {"object", 25, new Object[][] {{"object deficit", 8}, {"object practice", 8}, {"object project", 5},
                    {"object subject", 4}}},
            {"district map", 7, new Object[][] {{"district map", 1}}},
            {"national map", 3, new Object[][] {{"national map", 1}}},
    };

    record Target(String subkind, String kind, byte[] request) {
    }

    /** What one connection saw: latencies in nanoseconds per subkind, answers by class. */
    static final class Record {
        final Map<String, long[]> latencies = new LinkedHashMap<>();
        final Map<String, Integer> counts = new LinkedHashMap<>();
        final Map<String, Integer> non2xx = new LinkedHashMap<>();
        final Map<String, Integer> server = new LinkedHashMap<>();
        final Map<String, Integer> throttled = new LinkedHashMap<>();
        int errors;

        void add(String subkind, long nanos, int status) {
            int n = counts.getOrDefault(subkind, 0);
            long[] list = latencies.computeIfAbsent(subkind, k -> new long[1024]);
            if (n == list.length) {
                list = Arrays.copyOf(list, n * 2);
                latencies.put(subkind, list);
            }
            list[n] = nanos;
            counts.put(subkind, n + 1);
            if (status < 200 || status > 299) {
                non2xx.merge(subkind, 1, Integer::sum);
            }
            if (status >= 500) {
                server.merge(subkind, 1, Integer::sum);
            }
            if (status == 429) {
                throttled.merge(subkind, 1, Integer::sum);
            }
        }
    }

    static final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    static volatile boolean stopping;

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: RealLoad TARGETS SET WARM-UP-SECONDS SECONDS RESULTS");
            System.exit(64);
        }
        URI base = URI.create(env("BASE", "http://127.0.0.1:8080"));
        String auth = env("AUTH", "");
        int connections = Integer.parseInt(env("CONNECTIONS", "32"));
        long seed = Long.parseLong(env("SEED", Long.toString(System.nanoTime())));
        String set = args[1];
        double warmup = Double.parseDouble(args[2]);
        double seconds = Double.parseDouble(args[3]);

        Map<String, List<Target>> targets = read(Path.of(args[0]), base, auth);
        Picker picker = set.equals("mix") ? Picker.mix(targets) : Picker.one(targets, set);

        Slot[] slots = new Slot[connections];
        for (int i = 0; i < connections; i++) {
            Slot slot = new Slot();
            slots[i] = slot;
            SplittableRandom random = new SplittableRandom(seed + 7919L * i);
            Thread thread = new Thread(() -> run(base, picker, random, slot), "load-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        Thread.sleep((long) (warmup * 1000));
        for (Slot slot : slots) {
            slot.swap();
        }
        problems.clear(); // the warm-up's are not reported
        long started = System.nanoTime();
        String flag = System.getenv("START_FLAG");
        if (flag != null && !flag.isEmpty()) {
            Files.writeString(Path.of(flag), "measuring\n");
        }
        Thread.sleep((long) (seconds * 1000));
        Record[] measured = new Record[connections];
        for (int i = 0; i < connections; i++) {
            measured[i] = slots[i].swap(); // what arrives after the end is not counted
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        stopping = true;
        boolean failed = report(measured, elapsed, Path.of(args[4]), picker);
        System.exit(failed ? 2 : 0);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    static Map<String, List<Target>> read(Path file, URI base, String auth) throws IOException {
        String hostHeader = base.getHost() + ":" + base.getPort();
        Map<String, String> kindOf = new LinkedHashMap<>();
        for (Object[] kind : MIX) {
            for (Object[] sub : (Object[][]) kind[2]) {
                kindOf.put((String) sub[0], (String) kind[0]);
            }
        }
        Map<String, List<Target>> targets = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String subkind = line.substring(0, tab);
            String path = line.substring(tab + 1);
            String request = "GET " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nAccept: application/json\r\n"
                    + (auth.isEmpty() ? "" : "Authorization: " + auth + "\r\n") + "\r\n";
            targets.computeIfAbsent(subkind, k -> new ArrayList<>()).add(new Target(subkind,
                    kindOf.getOrDefault(subkind, subkind), request.getBytes(StandardCharsets.US_ASCII)));
        }
        return targets;
    }

    /** Chooses the next request: a subkind by its share, then one of its targets, uniformly. */
    static final class Picker {
        final List<List<Target>> lists = new ArrayList<>();
        final int[] cumulative;
        final int total;
        final Map<String, List<String>> kinds = new LinkedHashMap<>(); // kind → its subkinds, for the report

        Picker(List<List<Target>> lists, int[] weights) {
            this.lists.addAll(lists);
            cumulative = new int[weights.length];
            int sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                cumulative[i] = sum;
            }
            total = sum;
        }

        static Picker mix(Map<String, List<Target>> targets) {
            List<List<Target>> lists = new ArrayList<>();
            List<Integer> weights = new ArrayList<>();
            Map<String, List<String>> kinds = new LinkedHashMap<>();
            for (Object[] kind : MIX) {
                Object[][] subs = (Object[][]) kind[2];
                int subTotal = Arrays.stream(subs).mapToInt(s -> (Integer) s[1]).sum();
                for (Object[] sub : subs) {
                    List<Target> list = targets.get((String) sub[0]);
                    if (list == null || list.isEmpty()) {
                        throw new IllegalStateException("no targets of " + sub[0]);
                    }
                    lists.add(list);
                    // shares in tenths of a per cent of all requests
                    weights.add((Integer) kind[1] * 10 * (Integer) sub[1] / subTotal);
                    kinds.computeIfAbsent((String) kind[0], k -> new ArrayList<>()).add((String) sub[0]);
                }
            }
            Picker picker = new Picker(lists, weights.stream().mapToInt(Integer::intValue).toArray());
            picker.kinds.putAll(kinds);
            return picker;
        }

        static Picker one(Map<String, List<Target>> targets, String subkind) {
            List<Target> list = targets.get(subkind);
            if (list == null || list.isEmpty()) {
                throw new IllegalStateException("no targets of " + subkind);
            }
            Picker picker = new Picker(List.of(list), new int[] {1});
            picker.kinds.put(subkind, List.of(subkind));
            return picker;
        }

        Target next(SplittableRandom random) {
            int r = random.nextInt(total);
            int i = 0;
            while (cumulative[i] <= r) {
                i++;
            }
            List<Target> list = lists.get(i);
            return list.get(random.nextInt(list.size()));
        }
    }

    /** The record a connection writes into; the main thread takes it away at the start and at the end. */
    static final class Slot {
        private Record current = new Record();

        synchronized void add(String subkind, long nanos, int status) {
            current.add(subkind, nanos, status);
        }

        synchronized void error() {
            current.errors++;
        }

        synchronized Record swap() {
            Record taken = current;
            current = new Record();
            return taken;
        }
    }

    /** One connection: requests in a loop until the end; a broken connection is counted and opened again. */
    static void run(URI base, Picker picker, SplittableRandom random, Slot slot) {
        byte[] scratch = new byte[65536];
        while (!stopping) {
            try (Socket socket = new Socket()) {
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
                socket.setSoTimeout(60000);
                OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 4096);
                InputStream in = new BufferedInputStream(socket.getInputStream(), 65536);
                boolean open = true;
                while (open && !stopping) {
                    Target target = picker.next(random);
                    long start = System.nanoTime();
                    out.write(target.request());
                    out.flush();
                    Answer answer = readAnswer(in, scratch);
                    long nanos = System.nanoTime() - start;
                    slot.add(target.subkind(), nanos, answer.status());
                    if (answer.status() < 200 || answer.status() > 299) {
                        if (problems.size() < 20) {
                            problems.add(answer.status() + " " + target.subkind() + " "
                                    + new String(target.request(), StandardCharsets.US_ASCII).split(" ")[1] + " "
                                    + answer.start());
                        }
                    }
                    open = answer.keepAlive();
                }
            } catch (IOException e) {
                if (!stopping) {
                    slot.error();
                    if (problems.size() < 20) {
                        problems.add("connection: " + e);
                    }
                }
            }
        }
    }

    record Answer(int status, boolean keepAlive, String start) {
    }

    /** Reads one HTTP/1.1 answer: status line, headers, and a body by Content-Length or chunks. */
    static Answer readAnswer(InputStream in, byte[] scratch) throws IOException {
        String statusLine = line(in);
        if (statusLine == null) {
            throw new IOException("connection closed by the server");
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean keepAlive = true;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> keepAlive = !value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        StringBuilder start = new StringBuilder();
        boolean keepStart = status < 200 || status > 299;
        if (chunked) {
            while (true) {
                String size = line(in);
                if (size == null) {
                    throw new IOException("connection closed within a chunked body");
                }
                int semicolon = size.indexOf(';');
                long chunk = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (chunk == 0) {
                    for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
                        // trailers are not used
                    }
                    break;
                }
                skip(in, chunk, scratch, keepStart ? start : null);
                line(in);
            }
        } else if (length >= 0) {
            skip(in, length, scratch, keepStart ? start : null);
        } else {
            skip(in, Long.MAX_VALUE, scratch, keepStart ? start : null); // body until the connection closes
            keepAlive = false;
        }
        return new Answer(status, keepAlive, start.toString());
    }

    static void skip(InputStream in, long length, byte[] scratch, StringBuilder start) throws IOException {
        long left = length;
        while (left > 0) {
            int read = in.read(scratch, 0, (int) Math.min(scratch.length, left));
            if (read < 0) {
                if (length == Long.MAX_VALUE) {
                    return;
                }
                throw new IOException("connection closed within a body");
            }
            if (start != null && start.length() < 300) {
                start.append(new String(scratch, 0, Math.min(read, 300), StandardCharsets.UTF_8));
            }
            left -= read;
        }
    }

    /** A line up to CRLF, without it; null at the end of the stream before any byte. */
    static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(64);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int last = line.length() - 1;
                if (last >= 0 && line.charAt(last) == '\r') {
                    line.setLength(last);
                }
                return line.toString();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    /** Prints the table and writes the results file; true when a 5xx was answered. */
    static boolean report(Record[] records, double seconds, Path file, Picker picker) throws IOException {
        Map<String, long[]> bySubkind = new LinkedHashMap<>();
        Map<String, int[]> classes = new LinkedHashMap<>(); // non-2xx, 429, 5xx
        int errors = 0;
        for (List<String> subs : picker.kinds.values()) {
            for (String sub : subs) {
                int n = 0;
                for (Record r : records) {
                    n += r.counts.getOrDefault(sub, 0);
                }
                long[] all = new long[n];
                int at = 0;
                int[] bad = new int[3];
                for (Record r : records) {
                    int count = r.counts.getOrDefault(sub, 0);
                    if (count > 0) {
                        System.arraycopy(r.latencies.get(sub), 0, all, at, count);
                        at += count;
                    }
                    bad[0] += r.non2xx.getOrDefault(sub, 0);
                    bad[1] += r.throttled.getOrDefault(sub, 0);
                    bad[2] += r.server.getOrDefault(sub, 0);
                }
                Arrays.sort(all);
                bySubkind.put(sub, all);
                classes.put(sub, bad);
            }
        }
        for (Record r : records) {
            errors += r.errors;
        }
        List<String> lines = new ArrayList<>();
        List<long[]> everything = new ArrayList<>();
        int[] allBad = new int[3];
        boolean several = picker.kinds.size() > 1;
        for (Map.Entry<String, List<String>> kind : picker.kinds.entrySet()) {
            List<long[]> parts = new ArrayList<>();
            int[] bad = new int[3];
            for (String sub : kind.getValue()) {
                parts.add(bySubkind.get(sub));
                for (int i = 0; i < bad.length; i++) {
                    bad[i] += classes.get(sub)[i];
                }
            }
            long[] merged = merge(parts);
            everything.add(merged);
            for (int i = 0; i < bad.length; i++) {
                allBad[i] += bad[i];
            }
            lines.add(line("kind", kind.getKey(), merged, seconds, bad, 0));
            if (kind.getValue().size() > 1) {
                for (String sub : kind.getValue()) {
                    lines.add(line("subkind", sub, bySubkind.get(sub), seconds, classes.get(sub), 0));
                }
            }
        }
        if (several) {
            lines.add(line("all", "all", merge(everything), seconds, allBad, errors));
        } else {
            String last = lines.remove(lines.size() - 1);
            lines.add(last.substring(0, last.lastIndexOf('\t')) + "\t" + errors);
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (String line : lines) {
                out.println(line);
            }
        }
        System.out.printf(Locale.ROOT, "%-22s %9s %9s %9s %9s %9s %8s %6s%n", "", "requests", "req/s", "p50, ms",
                "p99, ms", "max, ms", "non-2xx", "429");
        for (String line : lines) {
            String[] f = line.split("\t");
            String name = f[0].equals("subkind") ? "  " + f[1] : f[1];
            System.out.printf(Locale.ROOT, "%-22s %9s %9.0f %9s %9s %9s %8s %6s%n", name, f[2],
                    Long.parseLong(f[2]) / seconds, f[4], f[5], f[6], f[7], f[8]);
        }
        if (errors > 0) {
            System.out.println("connection errors: " + errors);
        }
        problems.stream().map(p -> p.replace('\n', ' ')).distinct().limit(5)
                .forEach(p -> System.out.println("not 2xx: " + p));
        return allBad[2] > 0;
    }

    static long[] merge(List<long[]> parts) {
        long[] merged = new long[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, merged, at, part.length);
            at += part.length;
        }
        Arrays.sort(merged);
        return merged;
    }

    /** level, name, n, seconds, p50, p99, max (ms), non-2xx, 429, 5xx, connection errors; tab-separated */
    static String line(String level, String name, long[] sorted, double seconds, int[] bad, int errors) {
        return String.join("\t", level, name, Integer.toString(sorted.length),
                String.format(Locale.ROOT, "%.3f", seconds), ms(percentile(sorted, 50)), ms(percentile(sorted, 99)),
                ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]), Integer.toString(bad[0]),
                Integer.toString(bad[1]), Integer.toString(bad[2]), Integer.toString(errors));
    }

    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
