package dev.lua2java.runtime.lib;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaError;

/**
 * The Lua 5.1 pattern matcher, ported line by line from LuaJIT 2.1's {@code lib_string.c} (itself taken
 * from Lua 5.1's {@code lstrlib.c}), so that every match, capture and error is byte-identical.
 *
 * <p>One instance is the C {@code MatchState}: a subject string, a pattern, and the captures of the
 * current attempt. Positions are indices into the subject (0-based); "no match" is -1. Callers
 * {@link #reset()} before each attempt, as the C code sets {@code level = depth = 0}.
 *
 * <p>Faithful details that matter:
 * <ul>
 *   <li>C string semantics: the pattern ends at its first NUL byte (LuaJIT passes {@code strdata(p)} to
 *   {@code match}); reading the subject at its end yields a NUL byte (used by {@code %f} and
 *   {@code %b}).</li>
 *   <li>Classes use the C locale, as LuaJIT's {@code lj_char} tables: {@code %a %c %d %g %l %p %s %u %w %x}
 *   and their upper-case complements, plus the deprecated {@code %z}/{@code %Z}; bytes 128-255 are in no
 *   class. ({@code %g} exists in LuaJIT though Lua 5.1 lacks it.)</li>
 *   <li>{@code ^} is an anchor only where the caller strips it (find/match/gsub); {@code $} only as the
 *   last pattern character.</li>
 *   <li>A back-reference to a position capture never matches (C compares against length (size_t)-2).</li>
 *   <li>Errors, with LuaJIT's texts: {@code malformed pattern (ends with '%')},
 *   {@code malformed pattern (missing ']')}, {@code missing '[' after '%f' in pattern},
 *   {@code unbalanced pattern}, {@code invalid capture index}, {@code invalid pattern capture},
 *   {@code unfinished capture}, {@code too many captures}, {@code pattern too complex} (more than 200
 *   nested matcher calls, LuaJIT's LJ_MAX_XLEVEL).</li>
 * </ul>
 */
public final class LuaPattern {
    private static final int CAP_UNFINISHED = -1;
    private static final int CAP_POSITION = -2;
    private static final int MAXCAPTURES = 32;
    private static final int MAXLEVEL = 200;

    private static final int ALPHA = 1;
    private static final int CNTRL = 2;
    private static final int DIGIT = 4;
    private static final int GRAPH = 8;
    private static final int LOWER = 16;
    private static final int PUNCT = 32;
    private static final int SPACE = 64;
    private static final int UPPER = 128;
    private static final int ALNUM = 256;
    private static final int XDIGIT = 512;

    /** Class bits of every byte (C locale). */
    private static final int[] CTYPE = new int[256];
    /** Class selected by a class letter: index (letter & 0x1f). */
    private static final int[] CLASS_MAP = new int[32];

    static {
        for (int c = 0; c < 256; c++) {
            int t = 0;
            boolean upper = c >= 'A' && c <= 'Z';
            boolean lower = c >= 'a' && c <= 'z';
            boolean digit = c >= '0' && c <= '9';
            if (upper || lower) {
                t |= ALPHA;
            }
            if (c < 32 || c == 127) {
                t |= CNTRL;
            }
            if (digit) {
                t |= DIGIT;
            }
            if (c > 32 && c < 127) {
                t |= GRAPH;
                if (!upper && !lower && !digit) {
                    t |= PUNCT;
                }
            }
            if (lower) {
                t |= LOWER;
            }
            if (c == ' ' || (c >= 9 && c <= 13)) {
                t |= SPACE;
            }
            if (upper) {
                t |= UPPER;
            }
            if (upper || lower || digit) {
                t |= ALNUM;
            }
            if (digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
                t |= XDIGIT;
            }
            CTYPE[c] = t;
        }
        CLASS_MAP['a' & 0x1f] = ALPHA;
        CLASS_MAP['c' & 0x1f] = CNTRL;
        CLASS_MAP['d' & 0x1f] = DIGIT;
        CLASS_MAP['g' & 0x1f] = GRAPH;
        CLASS_MAP['l' & 0x1f] = LOWER;
        CLASS_MAP['p' & 0x1f] = PUNCT;
        CLASS_MAP['s' & 0x1f] = SPACE;
        CLASS_MAP['u' & 0x1f] = UPPER;
        CLASS_MAP['w' & 0x1f] = ALNUM;
        CLASS_MAP['x' & 0x1f] = XDIGIT;
    }

    private final String src;
    private final int srcEnd;
    private final String pat;
    private final int patLen;
    private int level;
    private int depth;
    private int matchEnd;
    // Capture l starts at caps[2l] and is caps[2l + 1] long (or CAP_UNFINISHED, CAP_POSITION). Allocated
    // at the first capture, as many as the pattern can open (PatternItems counts them), else grown up to
    // MAXCAPTURES: many patterns have no captures (trim's "%s+$"), and a matcher is created per call, so
    // its capture arrays were most of what matching allocated.
    private static final int[] NO_CAPTURES = new int[0];
    private int[] caps = NO_CAPTURES;

    /** The item {@code c} (a literal byte) and the item {@code %c}, for every byte c, as byte sets. */
    private static final PatternItems.ByteSet[] LITERAL_SETS = new PatternItems.ByteSet[256];
    private static final PatternItems.ByteSet[] CLASS_SETS = new PatternItems.ByteSet[256];
    private static final PatternItems.ByteSet ANY_BYTE = PatternItems.ByteSet.of(b -> true);
    private static final PatternItems.ByteSet NO_BYTE = PatternItems.ByteSet.of(b -> false);

    static {
        for (int c = 0; c < 256; c++) {
            int literal = c;
            LITERAL_SETS[c] = PatternItems.ByteSet.of(b -> b == literal);
            CLASS_SETS[c] = PatternItems.ByteSet.of(b -> matchClass(b, literal));
        }
    }

    /** Item ends and byte sets shared by every match of this pattern text; null: decode every time. */
    private final PatternItems items;

    public LuaPattern(String src, String pat) {
        this(src, pat, PatternItems.of(pat));
    }

    private LuaPattern(String src, String pat, PatternItems items) {
        this.src = src;
        this.srcEnd = src.length();
        this.pat = pat;
        this.patLen = pat.length();
        this.items = items;
    }

    /** Starts a new match attempt (no captures). */
    public void reset() {
        level = 0;
        depth = 0;
    }

    /**
     * The first match at or after subject position {@code start} (only at {@code start} when the pattern
     * is anchored with {@code ^}): its start, with its end in {@link #matchEnd()}; or -1.
     */
    public int search(int start) {
        boolean anchor = anchored();
        int pstart = anchor ? 1 : 0;
        int first = anchor ? -1 : firstItemEnd(pstart);
        int run = first >= 0 ? trailingRunItemEnd() : -1;
        if (run >= 0) {
            return trailingRunMatch(run, start);
        }
        int s = start;
        do {
            if (first >= 0) {
                s = nextStart(s, pstart, first); // positions where no match starts are skipped
                if (s == srcEnd) {
                    return -1; // the first item needs a character
                }
            }
            reset();
            int e = match(s, pstart);
            if (e != -1) {
                matchEnd = e;
                return s;
            }
        } while (s++ < srcEnd && !anchor);
        return -1;
    }

    /** Whether the pattern starts with {@code ^}: matches only at the start position, from pattern index 1. */
    public boolean anchored() {
        return patLen > 0 && pat.charAt(0) == '^';
    }

    /** End of the match {@link #search} found last. */
    public int matchEnd() {
        return matchEnd;
    }

    /** Number of captures of the last successful match. */
    public int level() {
        return level;
    }

    /** lj_str_haspattern: does the pattern contain any of {@code ^$*+?.([%-}? */
    public static boolean hasSpecials(String p) {
        for (int i = 0, n = p.length(); i < n; i++) {
            switch (p.charAt(i)) {
                case '^': case '$': case '*': case '+': case '?': case '.': case '(': case '[': case '%': case '-':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    private int sc(int i) {
        return i < srcEnd ? src.charAt(i) : 0;
    }

    private int pc(int i) {
        return i < patLen ? pat.charAt(i) : 0;
    }

    private static LuaError error(String msg) {
        return LuaError.runtime(msg);
    }

    private int checkCapture(int l) {
        l -= '1';
        if (l < 0 || l >= level || caps[2 * l + 1] == CAP_UNFINISHED) {
            throw error("invalid capture index");
        }
        return l;
    }

    private int captureToClose() {
        int l = level;
        for (l--; l >= 0; l--) {
            if (caps[2 * l + 1] == CAP_UNFINISHED) {
                return l;
            }
        }
        throw error("invalid pattern capture");
    }

    private int classEnd(int p) {
        int c = pc(p++);
        if (c == '%') {
            if (pc(p) == 0) {
                throw error("malformed pattern (ends with '%')");
            }
            return p + 1;
        }
        if (c == '[') {
            if (pc(p) == '^') {
                p++;
            }
            do {
                if (pc(p) == 0) {
                    throw error("malformed pattern (missing ']')");
                }
                if (pc(p++) == '%' && pc(p) != 0) {
                    p++;
                }
            } while (pc(p) != ']');
            return p + 1;
        }
        return p;
    }

    private static boolean matchClass(int c, int cl) {
        if ((cl & 0xc0) == 0x40) {
            int t = CLASS_MAP[cl & 0x1f];
            if (t != 0) {
                boolean r = c < 256 && (CTYPE[c] & t) != 0;
                return (cl & 0x20) != 0 ? r : !r;
            }
            if (cl == 'z') {
                return c == 0;
            }
            if (cl == 'Z') {
                return c != 0;
            }
        }
        return cl == c;
    }

    private boolean matchBracketClass(int c, int p, int ec) {
        if (items != null && c >= 0 && c < 256) {
            return itemSet(p, ec + 1).contains(c);
        }
        return scanBracketClass(c, p, ec);
    }

    /** classEnd of the item at p, through the shared items when there are. */
    private int itemEnd(int p) {
        if (items == null) {
            return classEnd(p);
        }
        int e = items.ends[p];
        if (e == 0) {
            e = classEnd(p);
            items.ends[p] = e;
        }
        return e;
    }

    /** The bytes the single-character item [p, ep) matches, decoded once per pattern text. */
    private PatternItems.ByteSet itemSet(int p, int ep) {
        PatternItems.ByteSet set = items.sets[p];
        if (set == null) {
            int c = pc(p);
            if (c == '.') {
                set = ANY_BYTE;
            } else if (c == '%') {
                int cl = pc(p + 1);
                set = cl < 256 ? CLASS_SETS[cl] : NO_BYTE; // %X for X above 255 matches X, no byte
            } else if (c == '[') {
                set = PatternItems.ByteSet.of(b -> scanBracketClass(b, p, ep - 1));
            } else {
                set = c < 256 ? LITERAL_SETS[c] : NO_BYTE;
            }
            items.sets[p] = set;
        }
        return set;
    }

    /** Lua's matchbracketclass: is byte c in the set [p, ec]? */
    private boolean scanBracketClass(int c, int p, int ec) {
        boolean sig = true;
        if (pc(p + 1) == '^') {
            sig = false;
            p++;
        }
        while (++p < ec) {
            if (pc(p) == '%') {
                p++;
                if (matchClass(c, pc(p))) {
                    return sig;
                }
            } else if (pc(p + 1) == '-' && p + 2 < ec) {
                p += 2;
                if (pc(p - 2) <= c && c <= pc(p)) {
                    return sig;
                }
            } else if (pc(p) == c) {
                return sig;
            }
        }
        return !sig;
    }

    private boolean singleMatch(int c, int p, int ep) {
        if (items != null && c < 256) {
            return itemSet(p, ep).contains(c);
        }
        switch (pc(p)) {
            case '.':
                return true;
            case '%':
                return matchClass(c, pc(p + 1));
            case '[':
                return matchBracketClass(c, p, ep - 1);
            default:
                return pc(p) == c;
        }
    }

    private int matchBalance(int s, int p) {
        if (pc(p) == 0 || pc(p + 1) == 0) {
            throw error("unbalanced pattern");
        }
        if (sc(s) != pc(p)) {
            return -1;
        }
        int b = pc(p);
        int e = pc(p + 1);
        int cont = 1;
        while (++s < srcEnd) {
            int c = src.charAt(s);
            if (c == e) {
                if (--cont == 0) {
                    return s + 1;
                }
            } else if (c == b) {
                cont++;
            }
        }
        return -1;
    }

    private int maxExpand(int s, int p, int ep) {
        int i = 0;
        if (items != null) {
            // The longest run first: the item's byte set, read once, over the subject in a tight loop.
            PatternItems.ByteSet set = itemSet(p, ep);
            String str = src;
            int end = srcEnd;
            for (int c; s + i < end && ((c = str.charAt(s + i)) < 256 ? set.contains(c) : singleMatch(c, p, ep)); ) {
                i++;
            }
        } else {
            while (s + i < srcEnd && singleMatch(src.charAt(s + i), p, ep)) {
                i++;
            }
        }
        int res = match(s + i, ep + 1);
        if (res != -1 || i == 0) {
            return res;
        }
        // Backtracking: the first attempt read what follows the item, so later attempts only differ in
        // where they start; where the continuation's first item cannot match, the attempt is skipped.
        PatternItems.ByteSet guard = continuationSet(ep + 1);
        String str = src;
        for (i--; i >= 0; i--) {
            int k = s + i;
            if (guard != null) {
                int c;
                if (k >= srcEnd || (c = str.charAt(k)) < 256 && !guard.contains(c)) {
                    continue;
                }
            }
            res = match(k, ep + 1);
            if (res != -1) {
                return res;
            }
        }
        return -1;
    }

    /**
     * For backtracking from pattern position {@code q}, after one attempt from there has run: the bytes
     * an attempt's first consumed character must be in, or null when that is not known. Capture openings
     * and closings before it consume nothing and cannot fail where the earlier attempt passed them (the
     * same captures are open), so they are looked through; then {@link #firstItemEnd} decides (it also
     * rules out items that may match nothing). Cached per position with the pattern's items.
     */
    private PatternItems.ByteSet continuationSet(int q) {
        if (items == null) {
            return null;
        }
        PatternItems.ByteSet set = items.continuations[q];
        if (set == null) {
            int p = q;
            for (int c = pc(p); c == '(' || c == ')'; c = pc(p)) {
                p += c == '(' && pc(p + 1) == ')' ? 2 : 1;
            }
            int ep = firstItemEnd(p);
            set = ep < 0 ? ANY_BYTE : itemSet(p, ep);
            items.continuations[q] = set;
        }
        return set == ANY_BYTE ? null : set;
    }

    private int minExpand(int s, int p, int ep) {
        for (;;) {
            int res = match(s, ep + 1);
            if (res != -1) {
                return res;
            } else if (s < srcEnd && singleMatch(src.charAt(s), p, ep)) {
                s++;
            } else {
                return -1;
            }
        }
    }

    private int startCapture(int s, int p, int what) {
        int l = level;
        if (l >= MAXCAPTURES) {
            throw error("too many captures");
        }
        if (2 * l == caps.length) {
            int opens = items != null ? items.captureOpens() : 0;
            int count = Math.min(MAXCAPTURES, Math.max(l < opens ? opens : 4, 2 * l));
            caps = java.util.Arrays.copyOf(caps, 2 * count);
        }
        caps[2 * l] = s;
        caps[2 * l + 1] = what;
        level = l + 1;
        int res = match(s, p);
        if (res == -1) {
            level--;
        }
        return res;
    }

    private int endCapture(int s, int p) {
        int l = captureToClose();
        caps[2 * l + 1] = s - caps[2 * l];
        int res = match(s, p);
        if (res == -1) {
            caps[2 * l + 1] = CAP_UNFINISHED;
        }
        return res;
    }

    private int matchCapture(int s, int l) {
        l = checkCapture(l);
        int len = caps[2 * l + 1];
        if (len >= 0 && srcEnd - s >= len && src.regionMatches(caps[2 * l], src, s, len)) {
            return s + len;
        }
        return -1;
    }

    /**
     * The end of the pattern's first item when every match must begin with it: a single-character item
     * (a character, {@code .}, a class or a set) without {@code *}, {@code ?} or {@code -} after it;
     * otherwise -1. At a subject position where that item fails, {@link #match} fails before it reads
     * any further item, so callers that try position after position skip such positions with
     * {@link #nextStart} (the loops over a long subject spend most of their time there). Reading the
     * item raises the malformed-pattern error the first attempt would raise.
     */
    public int firstItemEnd(int p) {
        int c = pc(p);
        if (c == '(' || c == ')' || c == 0 || c == '$' && pc(p + 1) == 0) {
            return -1;
        }
        if (c == '%') {
            int c1 = pc(p + 1);
            if (c1 == 'b' || c1 == 'f' || c1 >= '0' && c1 <= '9') {
                return -1;
            }
        }
        int ep = itemEnd(p);
        int suffix = pc(ep);
        return suffix == '*' || suffix == '?' || suffix == '-' ? -1 : ep;
    }

    /**
     * For an unanchored pattern that is one single-character item with {@code +} and then {@code $}
     * (trim's {@code "%s+$"}): the item's end; otherwise -1. Such a pattern has one match at most: the
     * longest run of the item's characters that ends the subject ({@link #trailingRunMatch}), if it is not
     * empty. {@link #search} and gsub take it directly; trying position after position finds the same match, after
     * a failed attempt, with backtracking, at every earlier run of those characters (each space of a line).
     * Call only after {@link #firstItemEnd}{@code (0)} has returned (it raises a malformed item's error).
     */
    public int trailingRunItemEnd() {
        if (items == null || anchored()) {
            return -1;
        }
        int known = items.trailingRun;
        if (known == 0) {
            int ep = firstItemEnd(0);
            known = ep >= 0 && pc(ep) == '+' && pc(ep + 1) == '$' && pc(ep + 2) == 0 ? ep : -1;
            items.trailingRun = known;
        }
        return known;
    }

    /**
     * {@link #search} from {@code start} for a pattern whose {@link #trailingRunItemEnd} is {@code ep}: the
     * start of the run of the item's characters that ends the subject (from {@code start} on), with its end
     * in {@link #matchEnd()}; or -1 when that run is empty.
     */
    public int trailingRunMatch(int ep, int start) {
        int p = srcEnd;
        while (p > start && singleMatch(src.charAt(p - 1), 0, ep)) {
            p--;
        }
        if (p >= srcEnd) {
            return -1;
        }
        reset();
        matchEnd = srcEnd;
        return p;
    }

    /**
     * A matcher of {@code p} over {@code s} for a search from subject index {@code init}, or null when
     * that search certainly finds nothing because the pattern is anchored and its first item cannot match
     * there (see {@link PatternItems#rejectsAnchoredAt}): callers then answer "no match" without a matcher.
     */
    public static LuaPattern forSearchAt(String s, String p, int init) {
        PatternItems items = PatternItems.of(p);
        if (items != null && !p.isEmpty() && p.charAt(0) == '^' && items.rejectsAnchoredAt(s, init)) {
            return null;
        }
        return new LuaPattern(s, p, items);
    }

    /**
     * For {@link PatternItems#rejectsAnchoredAt}: when {@code pat} is anchored and every match begins with
     * a single-character item (after any capture openings, which consume nothing), the bytes that item
     * matches; otherwise null. Null too when reading the item raises an error (the matcher raises it on
     * every call), or when more openings than {@link #MAXCAPTURES} come first ("too many captures" is
     * raised before the item is read).
     */
    static PatternItems.ByteSet anchoredFirstSet(String pat) {
        LuaPattern m = new LuaPattern("", pat);
        if (m.items == null || !m.anchored()) {
            return null;
        }
        int p = 1;
        for (int opens = 0; m.pc(p) == '('; opens++) {
            if (opens == MAXCAPTURES) {
                return null;
            }
            p += m.pc(p + 1) == ')' ? 2 : 1;
        }
        try {
            int ep = m.firstItemEnd(p);
            return ep < 0 ? null : m.itemSet(p, ep);
        } catch (LuaError e) {
            return null;
        }
    }

    /**
     * The first subject index at or after s where the first item {@code [p, ep)} (see
     * {@link #firstItemEnd}) matches, or the subject's end: with the item's byte set, a tight loop of bit tests.
     */
    public int nextStart(int s, int p, int ep) {
        String str = src;
        int end = srcEnd;
        if (items != null) {
            PatternItems.ByteSet set = itemSet(p, ep);
            for (; s < end; s++) {
                int c = str.charAt(s);
                if (c >= 256 || set.contains(c)) {
                    return s; // a char above 255 is left to match
                }
            }
            return end;
        }
        while (s < end && !singleMatch(str.charAt(s), p, ep)) {
            s++;
        }
        return s;
    }

    /** Matches the pattern from pattern index p against the subject from index s; the end index or -1. */
    public int match(int s, int p) {
        if (++depth > MAXLEVEL) {
            throw error("pattern too complex");
        }
        outer:
        for (;;) {
            int c = pc(p);
            switch (c) {
                case '(':
                    if (pc(p + 1) == ')') {
                        s = startCapture(s, p + 2, CAP_POSITION);
                    } else {
                        s = startCapture(s, p + 1, CAP_UNFINISHED);
                    }
                    break outer;
                case ')':
                    s = endCapture(s, p + 1);
                    break outer;
                case '%': {
                    int c1 = pc(p + 1);
                    if (c1 == 'b') {
                        s = matchBalance(s, p + 2);
                        if (s == -1) {
                            break outer;
                        }
                        p += 4;
                        continue;
                    }
                    if (c1 == 'f') {
                        p += 2;
                        if (pc(p) != '[') {
                            throw error("missing '[' after '%f' in pattern");
                        }
                        int ep = itemEnd(p);
                        int previous = s == 0 ? 0 : src.charAt(s - 1);
                        if (matchBracketClass(previous, p, ep - 1) || !matchBracketClass(sc(s), p, ep - 1)) {
                            s = -1;
                            break outer;
                        }
                        p = ep;
                        continue;
                    }
                    if (c1 >= '0' && c1 <= '9') {
                        s = matchCapture(s, c1);
                        if (s == -1) {
                            break outer;
                        }
                        p += 2;
                        continue;
                    }
                    break; // default item
                }
                case 0:
                    break outer; // end of pattern: match succeeded
                case '$':
                    if (pc(p + 1) == 0) {
                        if (s != srcEnd) {
                            s = -1;
                        }
                        break outer;
                    }
                    break; // default item
                default:
                    break;
            }
            // A single-character class followed by an optional repetition suffix.
            int ep = itemEnd(p);
            boolean m = s < srcEnd && singleMatch(src.charAt(s), p, ep);
            switch (pc(ep)) {
                case '?': {
                    if (m) {
                        int res = match(s + 1, ep + 1);
                        if (res != -1) {
                            s = res;
                            break outer;
                        }
                    }
                    p = ep + 1;
                    continue;
                }
                case '*':
                    s = maxExpand(s, p, ep);
                    break outer;
                case '+':
                    s = m ? maxExpand(s + 1, p, ep) : -1;
                    break outer;
                case '-':
                    s = minExpand(s, p, ep);
                    break outer;
                default:
                    if (m) {
                        s++;
                        p = ep;
                        continue;
                    }
                    s = -1;
                    break outer;
            }
        }
        depth--;
        return s;
    }

    /** push_onecapture: capture i (a string, or a position as a number); the whole match for i = 0 without captures. */
    public Object capture(int i, int s, int e) {
        if (i >= level) {
            if (i == 0) {
                return src.substring(s, e);
            }
            throw error("invalid capture index");
        }
        int l = caps[2 * i + 1];
        if (l == CAP_UNFINISHED) {
            throw error("unfinished capture");
        }
        if (l == CAP_POSITION) {
            return Lua.integer(caps[2 * i] + 1);
        }
        return src.substring(caps[2 * i], caps[2 * i] + l);
    }

    /**
     * push_captures: all captures of the last match; with {@code whole} and no captures, the whole match
     * {@code src[s..e)} (find passes false: it returns positions and only explicit captures).
     */
    public Object[] captures(int s, int e, boolean whole) {
        int n = (level == 0 && whole) ? 1 : level;
        Object[] r = new Object[n];
        for (int i = 0; i < n; i++) {
            r[i] = capture(i, s, e);
        }
        return r;
    }
}
