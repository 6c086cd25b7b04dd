package dev.lua2java.runtime.lib;

import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@link LuaPattern} learns about a pattern text's single-character items, kept per text: where each
 * item ends ({@code classEnd}) and the set of bytes it matches, as a 256-bit map. Programs match the same
 * few hundred constant patterns over and over; with these, a matcher step is an array load and a bit test
 * instead of decoding the item's characters again for every subject byte.
 *
 * <p>Takes a pattern text; produces, lazily and per pattern position, the item's end and {@link ByteSet}.
 * An item is decoded the first time a match reaches it, so a malformed item raises its error exactly when
 * the interpreting matcher would (and is never cached). Fields are filled racily by the threads sharing a
 * text: each fills in the same value, ints are atomic, and a {@link ByteSet} is safely published through
 * its final field.
 */
final class PatternItems {
    /** Most texts kept: programs that build patterns at run time cannot grow the cache without limit. */
    private static final int MAX_CACHED = 4096;
    private static final ConcurrentHashMap<String, PatternItems> CACHE = new ConcurrentHashMap<>();
    /** The last text seen per hash bucket, found by identity: a constant pattern skips the map lookup. */
    private static final PatternItems[] RECENT = new PatternItems[256];

    final String pattern;
    /** classEnd of the item starting at each position; 0 until computed (an end is always past its start). */
    final int[] ends;
    /** The bytes the item at each position matches; null until computed. */
    final ByteSet[] sets;

    /**
     * For backtracking to each position: the bytes a match attempt from there must start with
     * ({@link LuaPattern}'s continuationSet), its set of every byte when unknown; null until computed.
     */
    final ByteSet[] continuations;

    /** {@link LuaPattern#trailingRunItemEnd}: the item's end, -1 when the text is not of that shape, 0 until known. */
    int trailingRun;

    /** How many '(' the text has: at least as many as the captures a match can open. */
    private final int captureOpens;

    /**
     * For an anchored text: the bytes a match can begin with ({@link LuaPattern#anchoredFirstSet}), or
     * {@link #ANY_START} when that is not known; null until computed.
     */
    private ByteSet anchoredFirst;
    private static final ByteSet ANY_START = new ByteSet(new long[] {-1, -1, -1, -1});

    private PatternItems(String pattern) {
        this.pattern = pattern;
        this.ends = new int[pattern.length()];
        this.sets = new ByteSet[pattern.length()];
        this.continuations = new ByteSet[pattern.length() + 1];
        int opens = 0;
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '(') {
                opens++;
            }
        }
        this.captureOpens = opens;
    }

    /** The number of '(' in the text, an upper bound of its captures: capture arrays are sized by it. */
    int captureOpens() {
        return captureOpens;
    }

    /**
     * Whether an anchored match of this text certainly fails at subject index {@code i}: its first item
     * needs a byte, and the byte there (or the subject's end) is not one it matches. The matcher would read
     * that first item and fail before anything else, so callers answer "no match" without creating one;
     * most lines of a text fail a header pattern such as {@code "^{"} on their first byte.
     */
    boolean rejectsAnchoredAt(String s, int i) {
        ByteSet set = anchoredFirst;
        if (set == null) {
            set = LuaPattern.anchoredFirstSet(pattern);
            anchoredFirst = set = set == null ? ANY_START : set;
        }
        if (set == ANY_START) {
            return false;
        }
        if (i >= s.length()) {
            return true;
        }
        int c = s.charAt(i);
        return c < 256 && !set.contains(c);
    }

    /** The shared items of a pattern text, or null when the cache is full (the matcher then interprets). */
    static PatternItems of(String pattern) {
        int bucket = pattern.hashCode() & (RECENT.length - 1);
        PatternItems recent = RECENT[bucket];
        if (recent != null && recent.pattern == pattern) {
            return recent;
        }
        PatternItems items = CACHE.get(pattern);
        if (items == null) {
            if (CACHE.size() >= MAX_CACHED) {
                return null;
            }
            PatternItems fresh = new PatternItems(pattern);
            PatternItems raced = CACHE.putIfAbsent(pattern, fresh);
            items = raced != null ? raced : fresh;
        }
        RECENT[bucket] = items;
        return items;
    }

    /** A set of bytes as a 256-bit map; immutable, so it can be shared by every pattern and thread. */
    static final class ByteSet {
        private final long[] words;

        ByteSet(long[] words) {
            this.words = words;
        }

        boolean contains(int c) {
            return (words[c >>> 6] & (1L << c)) != 0;
        }

        /** The bytes 0..255 for which {@code test} holds. */
        static ByteSet of(java.util.function.IntPredicate test) {
            long[] w = new long[4];
            for (int b = 0; b < 256; b++) {
                if (test.test(b)) {
                    w[b >>> 6] |= 1L << b;
                }
            }
            return new ByteSet(w);
        }
    }
}
