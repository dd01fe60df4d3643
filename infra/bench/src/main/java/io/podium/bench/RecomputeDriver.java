package io.podium.bench;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.podium.api.leaderboards.RecomputeConsumer;
import io.podium.leaderboards.BoardRecomputer;
import io.podium.leaderboards.BoardSpec;
import io.podium.leaderboards.BoardExclusions;
import io.podium.leaderboards.MetricFollowers;
import io.podium.metrics.Metric;
import io.podium.recompute.RecomputeCodec;
import io.podium.recompute.RecomputeRequest;
import io.podium.wiring.Wiring;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Child JVM of the recompute scenario: what Lambda does in a fresh execution environment of
 * RecomputeLeaderboardsFunction. The consumer is wired as its Lambda constructor wires it ({@code Wiring.aws()}), except
 * that its followers (badges, levels, the stream) are wrapped so that their share is recorded apart, and handles one
 * SQS message for the board's metric, as the event source mapping delivers it. The result line gives the invoke's time
 * and the DynamoDB calls and capacity it used (CapacityMeter, on this JVM's classpath, recording every thread), each
 * whole and split into the boards' part and the followers' part, and its heap:
 * <ul>
 *   <li>{@code peakHeapMb}: the most heap in use right after a collection, over the invoke (what the work kept
 *   alive at its fullest, as the collector saw it);</li>
 *   <li>{@code heapUsedPeakMb}: the sum of the heap pools' peak usage, garbage included (an upper bound that grows
 *   with however lazily the collector runs);</li>
 *   <li>{@code heapLimitMb}: the maximum heap the JVM ran under; the work fails with OutOfMemoryError above it.</li>
 * </ul>
 * Arguments: copid, metric, the cut-off the message names.
 */
public final class RecomputeDriver {
    static final String RESULT = "PODIUM_RECOMPUTE";
    private static final double MB = 1024.0 * 1024.0;

    private RecomputeDriver() {
    }

    /** The followers, with the boards' recording stopped and the followers' started when their turn comes. */
    static final class PhasedFollowers implements MetricFollowers {
        private final MetricFollowers followers;
        private final CapacityMeter.Recording boards;
        Usage boardsUsage;
        long boardsEnd;
        CapacityMeter.Recording after;

        PhasedFollowers(MetricFollowers followers, CapacityMeter.Recording boards) {
            this.followers = followers;
            this.boards = boards;
        }

        @Override
        public List<BoardSpec> boards(String copid, Metric metric) {
            return followers.boards(copid, metric);
        }

        @Override
        public void afterBoards(String copid, Metric metric, LocalDate cutOff, BoardExclusions excluded) {
            boardsEnd = System.nanoTime();
            boardsUsage = boards.stop();
            after = CapacityMeter.startAllThreads();
            followers.afterBoards(copid, metric, cutOff, excluded);
        }
    }

    public static void main(String[] args) throws Exception {
        RecomputeRequest request = RecomputeRequest.afterFinalize(args[0], args[1], LocalDate.parse(args[2]));
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId("bench-" + args[0]);
        message.setBody(RecomputeCodec.encode(request));
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message));
        Wiring wiring = Wiring.aws();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        CollectionWatch collections = CollectionWatch.watch(heap);
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);

        CapacityMeter.Recording whole = CapacityMeter.startAllThreads();
        PhasedFollowers followers = new PhasedFollowers(wiring.engagement(), CapacityMeter.startAllThreads());
        RecomputeConsumer consumer = new RecomputeConsumer(new BoardRecomputer(wiring.metrics(), wiring.campaigns(),
                wiring.scores(), wiring.corrections(), wiring.boards(), followers, wiring.roster()));
        long start = System.nanoTime();
        SQSBatchResponse response = consumer.handleRequest(event, null);
        long end = System.nanoTime();
        Usage usage = whole.stop();
        if (!response.getBatchItemFailures().isEmpty() || followers.after == null) {
            System.err.println("the recompute did not complete: " + response.getBatchItemFailures());
            System.exit(1);
        }
        Usage afterUsage = followers.after.stop();
        long usedPeak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        // With no collection during the invoke, everything in use counts: garbage included, an upper bound.
        long peakAfterCollection = collections.largestAfter().orElse(usedPeak);

        System.out.println(RESULT + " " + fields("", (end - start) / 1e6, usage)
                + " " + fields("boards", (followers.boardsEnd - start) / 1e6, followers.boardsUsage)
                + " " + fields("followers", (end - followers.boardsEnd) / 1e6, afterUsage)
                + " peakHeapMb=" + Math.round(peakAfterCollection / MB) + " heapUsedPeakMb=" + Math.round(usedPeak / MB)
                + " heapLimitMb=" + Math.round(Runtime.getRuntime().maxMemory() / MB));
        System.out.flush();
        System.exit(0);
    }

    /** {@code <prefix>ms=… <prefix>calls=Op:n,… <prefix>rcu=… <prefix>wcu=…}. */
    private static String fields(String prefix, double ms, Usage usage) {
        String calls = usage.calls().entrySet().stream().map(entry -> entry.getKey() + ":" + entry.getValue())
                .sorted().collect(Collectors.joining(","));
        return prefix + "ms=" + ms + " " + prefix + "calls=" + (calls.isEmpty() ? "-" : calls)
                + " " + prefix + "rcu=" + usage.rcu() + " " + prefix + "wcu=" + usage.wcu();
    }

    /** The largest heap in use right after a collection, from the collectors' notifications. */
    private static final class CollectionWatch {
        private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        private final Set<String> heapPools;
        private final long before;
        private final AtomicLong seen = new AtomicLong();
        private final AtomicLong largest = new AtomicLong();

        private CollectionWatch(Set<String> heapPools) {
            this.heapPools = heapPools;
            this.before = count();
        }

        static CollectionWatch watch(List<MemoryPoolMXBean> heap) {
            CollectionWatch watch = new CollectionWatch(heap.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet()));
            for (GarbageCollectorMXBean collector : watch.collectors) {
                ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        watch.add(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()));
                    }
                }, null, null);
            }
            return watch;
        }

        private void add(GarbageCollectionNotificationInfo info) {
            long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(pool -> heapPools.contains(pool.getKey())).mapToLong(pool -> pool.getValue().getUsed()).sum();
            largest.accumulateAndGet(used, Math::max);
            seen.incrementAndGet();
        }

        private long count() {
            return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        }

        /** Empty if no collection ran; waits (briefly) for the notifications of those that did, sent on another thread. */
        OptionalLong largestAfter() throws InterruptedException {
            long ran = count() - before;
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (seen.get() < ran && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            return ran == 0 ? OptionalLong.empty() : OptionalLong.of(largest.get());
        }
    }
}
