package fr.mutualis.api.shared.web;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * At most {@code limit} pieces of work in progress at once; the others wait for a place in the order they came, at
 * most {@code maximumWaiting} of them (more are refused at once with {@link Full}). A place is freed when its work
 * ends, fails or is cancelled; a waiter that is cancelled (its client went away) leaves the line. Nothing blocks a
 * thread: a freed place starts the next waiter's work on the thread that freed it.
 *
 * <p>Why (ADR 0024): when more work arrives than the cores can do, running it all at once shares the CPU among it, so
 * each piece takes time in proportion to its own cost: a search PostgreSQL must run waited about ten times as long as
 * one served from memory. Taken in order, every piece waits about the same.
 */
public final class Admission {

    private final int limit;
    private final int maximumWaiting;
    private final ArrayDeque<Place> waiting = new ArrayDeque<>();
    private final ThreadLocal<Freeing> freeing = ThreadLocal.withInitial(Freeing::new);
    private int running; // guarded by waiting

    public Admission(int limit, int maximumWaiting) {
        if (limit < 1 || maximumWaiting < 0) {
            throw new IllegalArgumentException("limit must be at least 1 and maximumWaiting at least 0");
        }
        this.limit = limit;
        this.maximumWaiting = maximumWaiting;
    }

    /** The work, started once it has a place; {@link Full} when it could not even wait. */
    public <T> Mono<T> admit(Supplier<? extends Mono<T>> work) {
        return Mono.defer(() -> {
            Place place = new Place();
            return Mono.<Boolean>create(place::ask).then(Mono.defer(work)).doFinally(signal -> place.leave());
        });
    }

    /** How many pieces of work are in progress now. */
    public int running() {
        synchronized (waiting) {
            return running;
        }
    }

    /** How many wait for a place now. */
    public int waiting() {
        synchronized (waiting) {
            return waiting.size();
        }
    }

    /**
     * Gives a freed place to the first waiter still waiting, or frees it. The next waiter's work starts here; if it
     * ends at once and frees its place again, that is done by this loop, not by a deeper call: a long line of quick
     * pieces of work never grows the stack.
     */
    private void free() {
        Freeing freeing = this.freeing.get();
        freeing.places++;
        if (freeing.active) {
            return;
        }
        freeing.active = true;
        try {
            while (freeing.places > 0) {
                freeing.places--;
                freeOne();
            }
        } finally {
            freeing.active = false;
        }
    }

    private void freeOne() {
        while (true) {
            Place next;
            synchronized (waiting) {
                next = waiting.poll();
                if (next == null) {
                    running--;
                    return;
                }
            }
            if (next.grant()) {
                return;
            }
        }
    }

    /** The places this thread has yet to free, while it is freeing one. */
    private static final class Freeing {

        private int places;
        private boolean active;
    }

    /** Thrown when the line is full: the caller answers 503. */
    public static final class Full extends RuntimeException {

        Full() {
            super("too many requests waiting", null, false, false);
        }
    }

    private final class Place {

        private static final int WAITING = 0;
        private static final int HELD = 1;
        private static final int LEFT = 2;

        private final AtomicInteger state = new AtomicInteger(WAITING);
        private @Nullable MonoSink<Boolean> sink;

        void ask(MonoSink<Boolean> asking) {
            sink = asking;
            boolean now = false;
            boolean full = false;
            synchronized (waiting) {
                if (running < limit) {
                    running++;
                    now = true;
                } else if (waiting.size() >= maximumWaiting) {
                    full = true;
                } else {
                    waiting.add(this);
                }
            }
            if (full) {
                state.set(LEFT);
                asking.error(new Full()); // outside the lock: the refusal is written from here
            } else if (now && !grant()) {
                free(); // it left between asking and taking the place
            }
        }

        /** Takes a place given to this waiter: false when it had already left, and the place goes to the next. */
        boolean grant() {
            if (!state.compareAndSet(WAITING, HELD)) {
                return false;
            }
            sink.success(true);
            return true;
        }

        /** At the end of the work, or when the waiter goes away: frees the place held, or leaves the line. */
        void leave() {
            int was = state.getAndSet(LEFT);
            if (was == HELD) {
                free();
            } else if (was == WAITING) {
                synchronized (waiting) {
                    waiting.remove(this);
                }
            }
        }
    }
}
