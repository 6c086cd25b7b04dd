package dev.lua2java.runtime;

import java.util.Arrays;

/**
 * A Lua table: an array part for the keys 1..n and an insertion-ordered hash part for everything else.
 *
 * <p>Iteration ({@link #next}) visits the array part in index order, then the hash part in insertion
 * order, so {@code pairs} gives the same order on every run (LuaJIT's order is an accident of its hash
 * function; ours is chosen to be reproducible). Setting an existing key to nil leaves a tombstone, so
 * {@code next} keeps working when a traversal clears fields; tombstones are dropped only when the hash
 * part grows, which Lua forbids during a traversal.
 *
 * <p>Keys are normalised: {@code -0.0} is the key {@code 0}, a float with an integer value is that
 * integer. Tables and functions are keys by identity (this class does not override equals/hashCode).
 */
public final class LuaTable {
    private static final Object[] EMPTY = new Object[0];

    /** array[i] holds the value of key i+1; slots past the last value may be nil (LuaJIT's asize). */
    private Object[] array;
    /**
     * When the array part is a dense prefix (array[0..border) all non-nil, the rest all nil), that
     * prefix's length, else -1. Such an array has one border, the one {@link #length} binary-searches
     * for, so {@code #t} answers without the search: {@code t[#t + 1] = v} on a growing list would
     * otherwise pay a branchy binary search over its array per append. Zero fits the empty and the
     * all-nil array parts every constructor starts with; a hole makes it -1 until the array next grows.
     */
    private int border;
    /**
     * Hash entries in insertion order, key and value side by side (kv[2e], kv[2e+1]) so a lookup touches
     * one cache line; a removed key keeps its slot with a null value.
     */
    private Object[] kv;
    private int used;
    /**
     * Open addressing over the entries: index[2s] is the mixed hash of the key in slot s, index[2s+1] the
     * entry number + 1 (0 = free), negated when the key is an integer (see {@link #findInt}). Comparing
     * hashes first means a probe reads a key object only when it is almost surely the one. The slot count
     * is a power of two, at least 1.5 times the entry capacity. Null while the capacity is at most
     * {@link #SCAN_MAX} entries: such a hash part is searched by scanning its keys.
     */
    private int[] index;

    /**
     * Largest entry capacity searched by scanning instead of through an index. Most tables are small
     * records (mods, tags, objects) whose fields are read through site hints anyway; without an index
     * they cost half the memory to create, and a scan of a few keys is as fast as a probe.
     */
    private static final int SCAN_MAX = 8;

    /**
     * One bit for each string or integer key ever added to the hash part ({@link #keyBit}), all bits once
     * any other kind of key was: a clear bit proves a key absent without a scan. A method call on an object
     * first misses in the object's own few fields; this makes that miss one bit test. Removed keys keep
     * their bits (a wasted scan at worst) until {@link #rebuild} recounts the live ones.
     */
    private int keyBits;

    public LuaTable metatable;

    /**
     * When this table is a metatable: its {@code __index} and {@code __newindex} fields, read once and
     * kept until one of them is assigned. Every method call on a class instance reads {@code __index}.
     */
    private Object cachedIndex;
    private Object cachedNewIndex;
    private boolean metaCacheValid;

    public LuaTable() {
        array = EMPTY;
        kv = EMPTY;
    }

    public LuaTable(int arraySize, int hashSize) {
        array = arraySize > 0 ? new Object[arraySize] : EMPTY;
        kv = hashSize > 0 ? new Object[2 * hashSize] : EMPTY;
        index = newIndex(hashSize);
    }

    /**
     * The hash part a constructor with distinct constant string keys builds, computed once: the keys in
     * order and the index they make. LuaJIT copies such constructors from a template (TDUP); this is the
     * same idea, so creating a record costs an array clone instead of hashing and inserting every key.
     */
    public static final class Layout {
        private final int size;
        private final int[] index;
        private final int keyBits;

        public Layout(String... names) {
            LuaTable sample = new LuaTable(0, names.length);
            for (String name : names) {
                sample.set(name, Boolean.TRUE);
            }
            if (sample.used != names.length) {
                throw new IllegalArgumentException("layout keys must be distinct: " + Arrays.toString(names));
            }
            this.size = names.length;
            this.index = sample.index;
            this.keyBits = sample.keyBits;
        }
    }

    /**
     * The table {@code {name = value, ...}} for a {@link Layout} of those names, with {@code nameValues}
     * as name, value, name, value... in the layout's order; the array is adopted, not copied. A nil value
     * takes the ordinary path, so the table never holds an entry a constructor would not have made.
     */
    public static LuaTable ofLayout(Layout layout, Object[] nameValues) {
        for (int i = 1; i < nameValues.length; i += 2) {
            if (nameValues[i] == null) {
                return ofNames(nameValues);
            }
        }
        LuaTable t = new LuaTable();
        t.kv = nameValues;
        t.used = layout.size;
        t.index = layout.index == null ? null : layout.index.clone();
        t.keyBits = layout.keyBits;
        return t;
    }

    /** A constructor whose keys are distinct string constants: name, value, name, value... */
    public static LuaTable ofNames(Object[] nameValues) {
        LuaTable t = new LuaTable(0, nameValues.length / 2);
        for (int i = 0; i < nameValues.length; i += 2) {
            t.putNew((String) nameValues[i], nameValues[i + 1]);
        }
        return t;
    }

    /** A table whose array part is exactly the given values (a constructor's positional fields). */
    public static LuaTable ofArray(Object[] items) {
        LuaTable t = new LuaTable();
        t.array = items.length == 0 ? EMPTY : items;
        t.border = denseBorder(t.array);
        return t;
    }

    // ---------------------------------------------------------------- reads

    public Object get(Object key) {
        if (key instanceof Double d) {
            return get(d.doubleValue());
        }
        if (key == null) {
            return null;
        }
        int e = find(key);
        return e < 0 ? null : kv[2 * e + 1];
    }

    public Object get(double key) {
        int i = (int) key;
        if (i == key) {
            if (i >= 1 && i <= array.length) {
                return array[i - 1];
            }
            int e = findInt(i);
            return e < 0 ? null : kv[2 * e + 1];
        }
        if (key != key) {
            return null;
        }
        int e = findNumber(key);
        return e < 0 ? null : kv[2 * e + 1];
    }

    public Object get(int key) {
        if (key >= 1 && key <= array.length) {
            return array[key - 1];
        }
        int e = findInt(key);
        return e < 0 ? null : kv[2 * e + 1];
    }

    public Object get(String key) {
        if (key == null) {
            return null;
        }
        int e = find(key);
        return e < 0 ? null : kv[2 * e + 1];
    }

    /**
     * {@code get(key)} at a call site with a constant key: tries entry {@code hints[site]} first. The
     * hash part keeps insertion order, so tables built by the same code (objects of one class, records of
     * one constructor) hold a key at the same entry, and a site meets the same entry again and again.
     * The hint is only a guess, checked by key identity, so a stale or racy hint costs one full lookup;
     * on a hit found the long way the stored key is replaced by the site's (equal) constant so that the
     * identity check succeeds next time.
     */
    public Object get(String key, int[] hints, int site) {
        int e = hints[site];
        Object[] entries = kv;
        if (e < used && entries[2 * e] == key) {
            return entries[2 * e + 1];
        }
        e = find(key);
        if (e < 0) {
            return null;
        }
        if (entries[2 * e] != key) {
            entries[2 * e] = key;
        }
        hints[site] = e;
        return entries[2 * e + 1];
    }

    /**
     * Entry number of a non-number key, or -1. Strings, the usual keys, are tested for first so that their
     * hash and equality are direct calls of String's methods rather than virtual ones.
     */
    private int find(Object key) {
        int[] idx = index;
        if (idx == null) {
            return scan(key);
        }
        String name = key instanceof String n ? n : null;
        int hash = spread(name != null ? name.hashCode() : key.hashCode());
        int mask = (idx.length >> 1) - 1;
        int s = hash & mask;
        while (true) {
            int entry = idx[2 * s + 1];
            if (entry == 0) {
                return -1;
            }
            if (idx[2 * s] == hash && entry > 0) {
                Object k = kv[2 * (entry - 1)];
                if (k == key || (name != null ? k instanceof String kn && kn.equals(name)
                        : k.getClass() == key.getClass() && k.equals(key))) {
                    return entry - 1;
                }
            }
            s = (s + 1) & mask;
        }
    }

    /**
     * Entry number of a number key (normalised: no -0, no NaN), or -1. Integers, nearly all number keys,
     * allocate nothing; a fractional key is boxed and looked up like any other key.
     */
    private int findNumber(double key) {
        int i = (int) key;
        return i == key ? findInt(i) : find(key);
    }

    /**
     * Entry number of an integer key, or -1, decided by the index alone: an integer key's slot holds
     * {@code spread(key)}, a bijection, and a negative entry number marking it as an integer key, so
     * equal hashes mean equal keys and the key object is never read (data tables keyed by ids, such as
     * passive nodes, are looked up without touching their boxed keys).
     */
    private int findInt(int key) {
        int[] idx = index;
        if (idx == null) {
            return scanInt(key);
        }
        int hash = spread(key);
        int mask = (idx.length >> 1) - 1;
        int s = hash & mask;
        while (true) {
            int entry = idx[2 * s + 1];
            if (entry == 0) {
                return -1;
            }
            if (idx[2 * s] == hash && entry < 0) {
                return -entry - 1;
            }
            s = (s + 1) & mask;
        }
    }

    /**
     * {@link #find} in a hash part without an index: keys by identity first (constant strings, tables,
     * functions), then by value for the keys that have one, a string's cached hash checked before its text.
     */
    private int scan(Object key) {
        Object[] entries = kv;
        int n = used;
        if (key instanceof String name) {
            if (lacks(name)) {
                return -1;
            }
            int hash = name.hashCode();
            for (int e = 0; e < n; e++) {
                if (entries[2 * e] == key) {
                    return e;
                }
            }
            for (int e = 0; e < n; e++) {
                if (entries[2 * e] instanceof String k && k.hashCode() == hash && k.equals(name)) {
                    return e;
                }
            }
            return -1;
        }
        for (int e = 0; e < n; e++) {
            if (entries[2 * e] == key) {
                return e;
            }
        }
        if (key instanceof Double || key instanceof Boolean) {
            for (int e = 0; e < n; e++) {
                if (key.equals(entries[2 * e])) {
                    return e;
                }
            }
        }
        return -1;
    }

    /** {@link #findInt} in a hash part without an index. */
    private int scanInt(int key) {
        if ((keyBits & keyBit(key)) == 0) {
            return -1;
        }
        Object[] entries = kv;
        int n = used;
        for (int e = 0; e < n; e++) {
            if (entries[2 * e] instanceof Double d && d.doubleValue() == key) {
                return e;
            }
        }
        return -1;
    }

    /**
     * True when this table certainly has no field {@code key}: no key with its {@link #keyBits} bit was
     * ever added. False says nothing (a shared bit, or a field).
     */
    public boolean lacks(String key) {
        return (keyBits & keyBit(key.hashCode())) == 0;
    }

    /** The {@link #keyBits} bit of a string's hash code or of an integer key. */
    private static int keyBit(int hash) {
        // Fibonacci hashing: the top five bits of the product depend on every bit of the hash.
        return 1 << ((hash * 0x9E3779B9) >>> 27);
    }

    /** The {@link #keyBits} a key adds: its bit, or all bits for a key that is neither string nor integer. */
    private static int keyBitsOf(Object key) {
        if (key instanceof String name) {
            return keyBit(name.hashCode());
        }
        if (key instanceof Double d) {
            double v = d;
            int i = (int) v;
            if (i == v) {
                return keyBit(i);
            }
        }
        return -1;
    }

    private int findAny(Object key) {
        return key instanceof Double d ? findNumber(d) : find(key);
    }

    /** {@code rawget(this, "__index")}, cached. */
    public Object metaIndex() {
        if (!metaCacheValid) {
            fillMetaCache();
        }
        return cachedIndex;
    }

    /** {@code rawget(this, "__newindex")}, cached. */
    public Object metaNewIndex() {
        if (!metaCacheValid) {
            fillMetaCache();
        }
        return cachedNewIndex;
    }

    private void fillMetaCache() {
        cachedIndex = get("__index");
        cachedNewIndex = get("__newindex");
        metaCacheValid = true;
    }

    // ---------------------------------------------------------------- writes

    public void set(Object key, Object value) {
        if (key instanceof Double d) {
            set(d.doubleValue(), value);
        } else if (key == null) {
            throw LuaError.operation("table index is nil");
        } else {
            hashSet(key, value);
        }
    }

    public void set(double key, Object value) {
        int i = (int) key;
        if (i == key) {
            set(i, value);
        } else if (key != key) {
            throw LuaError.operation("table index is NaN");
        } else {
            hashSet(key, value);
        }
    }

    public void set(int key, Object value) {
        Object[] a = array;
        if (key >= 1 && key <= a.length) {
            a[key - 1] = value;
            int b = border;
            if (value != null) {
                if (key > b) {
                    border = key == b + 1 ? key : -1;
                }
            } else if (key <= b) {
                border = key == b ? b - 1 : -1;
            }
        } else if (key == a.length + 1 && value != null) {
            append(key, value);
        } else {
            // Key 0 covers -0.0: (int) -0.0 is 0, stored as +0.0.
            hashSet(Lua.integer(key), value);
        }
    }

    public void set(String key, Object value) {
        if (key == null) {
            throw LuaError.operation("table index is nil");
        }
        hashSet(key, value);
    }

    /** {@code set(key, value)} at a call site with a constant key; see {@link #get(String, int[], int)}. */
    public void set(String key, Object value, int[] hints, int site) {
        int e = hints[site];
        if (e < used && kv[2 * e] == key && !metaCacheValid) {
            kv[2 * e + 1] = value;
            return;
        }
        e = hashSet(key, value);
        if (e >= 0) {
            hints[site] = e;
        }
    }

    /** Grows the array part by one key and pulls the integer keys it now covers out of the hash part. */
    private void append(int key, Object value) {
        int n = array.length;
        Object[] a = Arrays.copyOf(array, Math.max(4, n * 2));
        a[n] = value;
        array = a;
        if (used > 0) {
            int e = findNumber(key);
            if (e >= 0) {
                kv[2 * e + 1] = null;
            }
            // Every hash key the larger array now covers must move, or get(k) would miss it.
            for (int k = n + 2; k <= a.length; k++) {
                e = findNumber(k);
                if (e >= 0) {
                    a[k - 1] = kv[2 * e + 1];
                    kv[2 * e + 1] = null;
                }
            }
        }
        // The copy was linear already; a scan of its new slots keeps the border (and recovers it after a hole).
        border = border == n ? denseBorderFrom(a, n) : denseBorder(a);
    }

    /** The dense-prefix length of {@code a} (see {@link #border}), or -1 when a non-nil follows a nil. */
    private static int denseBorder(Object[] a) {
        return denseBorderFrom(a, 0);
    }

    /** {@link #denseBorder} of an array whose first {@code from} slots are known non-nil. */
    private static int denseBorderFrom(Object[] a, int from) {
        int b = from;
        while (b < a.length && a[b] != null) {
            b++;
        }
        for (int i = b + 1; i < a.length; i++) {
            if (a[i] != null) {
                return -1;
            }
        }
        return b;
    }

    /**
     * Adds a string key the table is known not to have (a constructor whose keys are distinct string
     * constants): no lookup first.
     */
    public void putNew(String key, Object value) {
        if (value != null) {
            addEntry(key, value);
        }
    }

    /** Sets a hash key; returns its entry number, or -1 when a nil value met no entry. */
    private int hashSet(Object key, Object value) {
        if (metaCacheValid && key instanceof String name && name.startsWith("__")) {
            metaCacheValid = false;
        }
        int e = findAny(key);
        if (e >= 0) {
            kv[2 * e + 1] = value;
            return e;
        }
        if (value != null) {
            addEntry(key, value);
            return used - 1;
        }
        return -1;
    }

    /** Appends a key that is not in the table, growing the entries if full. */
    private void addEntry(Object key, Object value) {
        if (2 * used == kv.length) {
            rebuild();
        }
        kv[2 * used] = key;
        kv[2 * used + 1] = value;
        used++;
        keyBits |= keyBitsOf(key);
        insertIndex(used - 1);
    }

    /** Indexes entry {@code entry}; an integer key gets the marked form {@link #findInt} reads. */
    private void insertIndex(int entry) {
        if (index == null) {
            return;
        }
        Object key = kv[2 * entry];
        int hash;
        int mark;
        if (key instanceof Double d && (int) d.doubleValue() == d) {
            hash = spread((int) d.doubleValue());
            mark = -(entry + 1);
        } else {
            hash = spread(key.hashCode());
            mark = entry + 1;
        }
        int mask = (index.length >> 1) - 1;
        int s = hash & mask;
        while (index[2 * s + 1] != 0) {
            s = (s + 1) & mask;
        }
        index[2 * s] = hash;
        index[2 * s + 1] = mark;
    }

    /** Drops tombstones and makes room for more entries. */
    private void rebuild() {
        int live = 0;
        for (int i = 0; i < used; i++) {
            if (kv[2 * i + 1] != null) {
                live++;
            }
        }
        int capacity = Math.max(4, live * 2);
        if (live < SCAN_MAX && capacity > SCAN_MAX) {
            // A record one field past its constructor (a mod given its source: 5 -> 6 keys) stays scanned:
            // doubling would build an index for a table that a scan with keyBits serves as fast.
            capacity = SCAN_MAX;
        }
        Object[] fresh = new Object[2 * capacity];
        int n = 0;
        for (int i = 0; i < used; i++) {
            if (kv[2 * i + 1] != null) {
                fresh[2 * n] = kv[2 * i];
                fresh[2 * n + 1] = kv[2 * i + 1];
                n++;
            }
        }
        kv = fresh;
        used = n;
        index = newIndex(capacity);
        keyBits = 0;
        for (int i = 0; i < n; i++) {
            keyBits |= keyBitsOf(fresh[2 * i]);
            insertIndex(i);
        }
    }

    /** An empty index for a hash part of {@code capacity} entries; null when it is scanned instead. */
    private static int[] newIndex(int capacity) {
        return capacity > SCAN_MAX ? new int[2 * indexSizeFor(capacity)] : null;
    }

    /** Slot count for a given entry capacity: a power of two, at least 1.5 times the capacity. */
    private static int indexSizeFor(int entries) {
        return Integer.highestOneBit(Math.max(4, entries) * 3 / 2 - 1) << 1;
    }

    /**
     * Mixes a hash code so every bit reaches the low bits the index uses: a Double's hashCode for small
     * integers has all-zero low bits, and PoB-style data is keyed by such numbers (passive node ids).
     */
    private static int spread(int h) {
        // MurmurHash3's finaliser: the last shift brings the multiplied high bits down to the index bits.
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    // ---------------------------------------------------------------- length and traversal

    /** The border LuaJIT's {@code lj_tab_len} finds: binary search in the array part, then the hash part. */
    public int length() {
        Object[] a = array;
        int j = a.length;
        int b = border;
        if (b >= 0 && b < j) {
            return b;
        }
        if (j > 0 && a[j - 1] == null) {
            int i = 0;
            while (j - i > 1) {
                int m = (i + j) >>> 1;
                if (a[m - 1] == null) {
                    j = m;
                } else {
                    i = m;
                }
            }
            return i;
        }
        if (used == 0) {
            return j;
        }
        return unboundSearch(j);
    }

    private int unboundSearch(int j) {
        long i = j;
        long k = (long) j + 1;
        while (get((int) k) != null) {
            i = k;
            k *= 2;
            if (k > Integer.MAX_VALUE - 2) {
                int n = 1;
                while (get(n) != null) {
                    n++;
                }
                return n - 1;
            }
        }
        while (k - i > 1) {
            long m = (i + k) / 2;
            if (get((int) m) != null) {
                i = m;
            } else {
                k = m;
            }
        }
        return (int) i;
    }

    /**
     * The entry after {@code key} as {key, value} written into {@code out}; returns false at the end.
     * Throws "invalid key to 'next'" for a key that is not in the table.
     */
    public boolean next(Object key, Object[] out) {
        int start = nextPosition(key);
        Object[] a = array;
        for (int i = start; i < a.length; i++) {
            if (a[i] != null) {
                out[0] = Lua.integer(i + 1);
                out[1] = a[i];
                return true;
            }
        }
        Object[] entries = kv;
        for (int e = Math.max(0, start - a.length); e < used; e++) {
            Object v = entries[2 * e + 1];
            if (v != null) {
                out[0] = entries[2 * e];
                out[1] = v;
                return true;
            }
        }
        return false;
    }

    /** Position (array slots first, then hash entries) where the search after {@code key} starts. */
    private int nextPosition(Object key) {
        if (key == null) {
            return 0;
        }
        if (key instanceof Double d) {
            double v = d;
            int i = (int) v;
            if (i == v) {
                if (i >= 1 && i <= array.length) {
                    return i;
                }
                key = Double.valueOf(i);
            }
        }
        int e = findAny(key);
        if (e < 0) {
            // Raised by next itself, a C function in LuaJIT: no position.
            throw LuaError.ofValue("invalid key to 'next'");
        }
        return array.length + e + 1;
    }

    /** Size of the array part (LuaJIT's asize - 1); for table.insert/remove fast paths. */
    public int arrayCapacity() {
        return array.length;
    }

    @Override
    public String toString() {
        return "table: " + Lua.address(this);
    }
}
