package io.podium.e2e;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The random choices of FuzzIT, all drawn from one seed so that a run is repeated exactly by giving the seed again.
 * Numbers and lengths lean towards the small end of their range, with the bounds themselves now and then: small
 * inputs are cheap and boundaries are where parsers break, while the whole range stays reachable.
 */
final class SeededRandom {
    /** How many draws a filtered generator may discard before the generator is taken to be wrong. */
    private static final int MAX_MISSES = 10_000;

    private final SplittableRandom random;

    SeededRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A value made from random choices. */
    @FunctionalInterface
    interface Generator<T> {
        T next(SeededRandom random);
    }

    boolean bool() {
        return random.nextBoolean();
    }

    /** An integer from min to max inclusive: a bound one time in 20, else as often uniform as leaning small. */
    int between(int min, int max) {
        return (int) between((long) min, max);
    }

    private long between(long min, long max) {
        long span = max - min;
        int pick = random.nextInt(20);
        if (pick == 0) {
            return random.nextBoolean() ? min : max;
        }
        if (pick % 2 == 0 || span < 2) {
            return min + random.nextLong(span + 1);
        }
        // Uniform in magnitude: below 2^k for k drawn up to the span's bit length, so every bit length about as likely.
        int bits = 64 - Long.numberOfLeadingZeros(span);
        long bound = Math.min(span, (1L << random.nextInt(bits + 1)) - 1);
        return min + random.nextLong(bound + 1);
    }

    /** A big integer from min to max inclusive, of any bit length between theirs. */
    BigInteger between(BigInteger min, BigInteger max) {
        if (random.nextInt(20) == 0) {
            return random.nextBoolean() ? min : max;
        }
        int bits = between(min.bitLength(), max.bitLength());
        BigInteger value = new BigInteger(bits, new Random(random.nextLong()));
        return value.max(min).min(max);
    }

    /** Any double, also the ones of a few decimals and the extremes. */
    double anyDouble() {
        return switch (random.nextInt(3)) {
            case 0 -> of(0.0, -0.0, 0.01, -0.01, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE);
            case 1 -> between(-1_000_000_000, 1_000_000_000) / 100.0;
            default -> {
                double any = Double.longBitsToDouble(random.nextLong());
                yield Double.isFinite(any) ? any : 0.5;
            }
        };
    }

    @SafeVarargs
    final <T> T of(T... values) {
        return values[random.nextInt(values.length)];
    }

    <T> T of(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The value of one of the generators, each as likely. */
    @SafeVarargs
    final <T> T oneOf(Generator<? extends T>... generators) {
        return of(generators).next(this);
    }

    /** A value of {@code generator} that {@code keep} accepts. */
    <T> T filtered(Generator<T> generator, Predicate<T> keep) {
        for (int miss = 0; miss < MAX_MISSES; miss++) {
            T value = generator.next(this);
            if (keep.test(value)) {
                return value;
            }
        }
        throw new IllegalStateException("no value kept in " + MAX_MISSES + " draws");
    }

    byte[] bytes(int maxSize) {
        byte[] bytes = new byte[between(0, maxSize)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    /** A string of {@code minLength} to {@code maxLength} chars, each from {@code from} to {@code to}. */
    String string(char from, char to, int minLength, int maxLength) {
        StringBuilder out = new StringBuilder();
        for (int i = between(minLength, maxLength); i > 0; i--) {
            out.append(charIn(from, to));
        }
        return out.toString();
    }

    /** A string of at most {@code maxLength} chars, each one of {@code chars}. */
    String string(String chars, int maxLength) {
        StringBuilder out = new StringBuilder();
        for (int i = between(0, maxLength); i > 0; i--) {
            out.append(chars.charAt(random.nextInt(chars.length())));
        }
        return out.toString();
    }

    /** ASCII letters, upper and lower case. */
    String alpha(int maxLength) {
        StringBuilder out = new StringBuilder();
        for (int i = between(0, maxLength); i > 0; i--) {
            out.append(bool() ? charIn('a', 'z') : charIn('A', 'Z'));
        }
        return out.toString();
    }

    /** A char from {@code from} to {@code to}: a bound one time in 20, else uniform (no leaning: chars are not sizes). */
    char charIn(char from, char to) {
        if (random.nextInt(20) == 0) {
            return random.nextBoolean() ? from : to;
        }
        return (char) (from + random.nextInt(to - from + 1));
    }
}
