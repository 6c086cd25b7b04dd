package dev.lua2java.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaFunction;
import dev.lua2java.runtime.LuaTable;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The io library; expected results printed by LuaJIT 2.1.1723675123 on Linux. */
class IoLibTest {
    @TempDir
    Path dir;

    private ByteArrayOutputStream out;
    private LuaTable g;
    private LuaTable io;

    @BeforeEach
    void globals() {
        out = new ByteArrayOutputStream();
        g = LuaGlobals.create(out, new ByteArrayInputStream("42 rest\nline2\nline3\nabcdef\nx\ny\n".getBytes(StandardCharsets.ISO_8859_1)));
        io = (LuaTable) g.get("io");
    }

    private Object[] io(String fn, Object... args) {
        return ((LuaFunction) io.get(fn)).invoke(args);
    }

    /** {@code f:name(args...)}. */
    private static Object[] m(Object f, String name, Object... args) {
        return Lua.invoke(Lua.index(f, name), Lua.expand(new Object[] {f}, args));
    }

    private static String errorOf(Runnable r) {
        LuaError e = assertThrows(LuaError.class, r::run);
        return String.valueOf(e.value());
    }

    private static Object[] a(Object... values) {
        return values;
    }

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    private String written() {
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private void write(String name, String content) throws Exception {
        Files.write(dir.resolve(name), content.getBytes(StandardCharsets.ISO_8859_1));
    }

    private String content(String name) throws Exception {
        return new String(Files.readAllBytes(dir.resolve(name)), StandardCharsets.ISO_8859_1);
    }

    @Test
    void fileObjects() {
        Object f = io("open", path("a.txt"), "w")[0];
        assertEquals("userdata", Lua.type(f));
        assertEquals("file", io("type", f)[0]);
        assertTrue(Lua.tostring(f).matches("file \\(0x[0-9a-f]+\\)"), Lua.tostring(f));
        LuaTable mt = Lua.getMetatableRaw(f);
        assertSame(mt, mt.get("__index"));
        assertSame(mt, Lua.getMetatableRaw(io.get("stdout")));
        assertArrayEquals(a(true), m(f, "close"));
        assertEquals("closed file", io("type", f)[0]);
        assertEquals("file (closed)", Lua.tostring(f));
        assertArrayEquals(a((Object) null), io("type", 1.0));
        assertArrayEquals(a((Object) null), io("type", (Object) null));
        assertEquals("bad argument #1 to 'type' (value expected)", errorOf(() -> io("type")));
        assertEquals("file", io("type", io.get("stdin"))[0]);
    }

    @Test
    void writeThenReadWithFormats() {
        Object f = io("open", path("a.txt"), "w")[0];
        // f:write("hello\n", 12, " ", 1.5, "\n", 1e100, "\n") -> true
        assertArrayEquals(a(true), m(f, "write", "hello\n", 12.0, " ", 1.5, "\n", 1e100, "\n"));
        assertArrayEquals(a(true), m(f, "write"));
        assertEquals("bad argument #2 to 'write' (string expected, got table)", errorOf(() -> m(f, "write", new LuaTable())));
        // the "a" is written before the nil is rejected
        assertEquals("bad argument #3 to 'write' (string expected, got nil)", errorOf(() -> m(f, "write", "a", null)));
        assertEquals("bad argument #2 to 'write' (string expected, got boolean)", errorOf(() -> m(f, "write", true)));
        assertArrayEquals(a(21.0), m(f, "seek"));
        assertArrayEquals(a(2.0), m(f, "seek", "set", 2.0));
        assertArrayEquals(a(21.0), m(f, "seek", "end"));
        assertArrayEquals(a(18.0), m(f, "seek", "cur", -3.0));
        assertEquals("bad argument #2 to 'seek' (invalid option 'bad')", errorOf(() -> m(f, "seek", "bad")));
        assertEquals("bad argument #3 to 'seek' (number expected, got string)", errorOf(() -> m(f, "seek", "set", "x")));
        assertArrayEquals(a(null, "Invalid argument", 22.0), m(f, "seek", "set", -5.0));
        assertArrayEquals(a(null, "Bad file descriptor", 9.0), m(f, "read", "*a"));
        assertArrayEquals(a(true), m(f, "close"));
        for (String method : new String[] {"read", "close", "write", "lines", "seek", "flush"}) {
            assertEquals("attempt to use a closed file", errorOf(() -> m(f, method)));
        }

        Object r = io("open", path("a.txt"))[0];
        assertArrayEquals(a("hello"), m(r, "read"));
        assertArrayEquals(a(12.0, 1.5), m(r, "read", "*n", "*n"));
        assertArrayEquals(a(""), m(r, "read", "*l"));
        assertArrayEquals(a("1e+100\n"), m(r, "read", "*L"));
        assertArrayEquals(a(""), m(r, "read", 0.0));
        assertArrayEquals(a("a"), m(r, "read", 3.0));
        assertArrayEquals(a((Object) null), m(r, "read", 100.0));
        assertArrayEquals(a((Object) null), m(r, "read", 0.0));
        assertArrayEquals(a((Object) null), m(r, "read"));
        assertArrayEquals(a(""), m(r, "read", "*a"));
        assertArrayEquals(a("", ""), m(r, "read", "*a", "*a"));
        assertArrayEquals(a((Object) null), m(r, "read", "*n"));
        assertArrayEquals(a((Object) null), m(r, "read", 5.0));
        assertEquals("bad argument #2 to 'read' (invalid format)", errorOf(() -> m(r, "read", "*x")));
        assertEquals("bad argument #2 to 'read' (invalid option)", errorOf(() -> m(r, "read", new LuaTable())));
        assertEquals("bad argument #2 to 'read' (invalid format)", errorOf(() -> m(r, "read", "x")));
        assertEquals("bad argument #2 to 'read' (invalid format)", errorOf(() -> m(r, "read", "")));
        assertEquals("bad argument #2 to 'read' (invalid format)", errorOf(() -> m(r, "read", "2")));
        assertEquals("not enough memory", errorOf(() -> m(r, "read", -1.0)));
        LuaFunction read = (LuaFunction) Lua.getMetatableRaw(r).get("read");
        assertEquals("bad argument #1 to 'read' (FILE* expected, got table)", errorOf(() -> read.invoke(a(new LuaTable()))));
        assertEquals("bad argument #1 to 'read' (FILE* expected, got no value)", errorOf(() -> read.invoke(a())));
        assertArrayEquals(a(true), m(r, "close"));
    }

    @Test
    void readingStopsAtTheFirstFailingFormat() throws Exception {
        write("l.txt", "a\nb");
        Object f = io("open", path("l.txt"))[0];
        assertArrayEquals(a("a", "b", null), m(f, "read", "*l", "*l", "*l", "*l"));
        write("n.txt", "1 2 x 3");
        Object n = io("open", path("n.txt"))[0];
        assertArrayEquals(a(1.0, 2.0, null), m(n, "read", "*n", "*n", "*n", "*n"));
        assertArrayEquals(a("x 3"), m(n, "read", "*a"));
    }

    /** {file content, what read("*n") returns, what read("*a") returns afterwards}. */
    private static final Object[][] NUMBERS = {
        {"12abc", 12.0, "abc"},
        {"0x1p4 z", 16.0, " z"},
        {"  -12e", -12.0, ""},
        {"1e+", 1.0, ""},
        {"1e+x", 1.0, "x"},
        {"inf", Double.POSITIVE_INFINITY, ""},
        {"-infinity!", Double.NEGATIVE_INFINITY, "!"},
        {"nan(123)x", Double.NaN, "(123)x"},
        {"nanx", Double.NaN, "x"},
        {".5", 0.5, ""},
        {"-.e5", null, "e5"},
        {"abc", null, "abc"},
        {"", null, ""},
        {"+", null, ""},
        {"0x", null, ""},
        {"0xg", null, "g"},
        {"1.2.3", 1.2, ".3"},
        {"\n\n 42\n", 42.0, "\n"},
        {"1e5000", Double.POSITIVE_INFINITY, ""},
        {"0x.8", 0.5, ""},
        {"in", null, ""},
        {"  ", null, ""},
        {"00012", 12.0, ""},
        {"1_000", 1.0, "_000"},
    };

    static Stream<Arguments> numbers() {
        return Stream.of(NUMBERS).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("numbers")
    void readNumberConsumesLikeFscanf(String text, Double number, String rest) throws Exception {
        write("n.txt", text);
        Object f = io("open", path("n.txt"), "rb")[0];
        assertArrayEquals(a(number), m(f, "read", "*n"));
        assertArrayEquals(a(rest), m(f, "read", "*a"));
        m(f, "close");
    }

    @Test
    void linesKeepsCarriageReturnsAndLastLine() throws Exception {
        write("n.txt", "line1\nline2\r\nline3");
        Object f = io("open", path("n.txt"))[0];
        assertArrayEquals(a("line1\n"), m(f, "read", "*L"));
        assertArrayEquals(a("line2\r"), m(f, "read", "*l"));
        assertArrayEquals(a("line3"), m(f, "read", "*L"));
        assertArrayEquals(a((Object) null), m(f, "read", "*L"));
    }

    @Test
    void ioLinesClosesAtTheEnd() throws Exception {
        write("n.txt", "line1\nline2\nline3");
        LuaFunction it = (LuaFunction) io("lines", path("n.txt"))[0];
        assertArrayEquals(a("line1"), it.invoke(Lua.NONE));
        assertArrayEquals(a("line2"), it.invoke(Lua.NONE));
        assertArrayEquals(a("line3"), it.invoke(Lua.NONE));
        assertArrayEquals(a(), it.invoke(Lua.NONE));
        assertEquals("attempt to use a closed file", errorOf(() -> it.invoke(Lua.NONE)));
        assertEquals("bad argument #1 to 'lines' (" + path("none") + ": No such file or directory)",
                errorOf(() -> io("lines", path("none"))));
    }

    @Test
    void fileLinesWithFormats() throws Exception {
        write("a.txt", "hello\n12 1.5\n1e+100\na");
        Object h = io("open", path("a.txt"))[0];
        LuaFunction it = (LuaFunction) m(h, "lines", 1.0, "*l")[0];
        List<String> got = new ArrayList<>();
        while (true) {
            Object[] r = it.invoke(Lua.NONE);
            if (r[0] == null) {
                break;
            }
            got.add(r[0] + "|" + r[1]);
        }
        assertEquals(List.of("h|ello", "1|2 1.5", "1|e+100", "a|null"), got);
        assertEquals("file", io("type", h)[0]);
        Object k = io("open", path("a.txt"))[0];
        LuaFunction it2 = (LuaFunction) m(k, "lines", "x")[0];
        assertEquals("bad argument #1 to 'lines' (invalid format)", errorOf(() -> it2.invoke(Lua.NONE)));
        Object[] many = new Object[60];
        java.util.Arrays.fill(many, 1.0);
        assertEquals("too many results to unpack", errorOf(() -> m(k, "lines", many)));
        assertEquals("function", Lua.type(m(k, "lines", java.util.Arrays.copyOf(many, 59))[0]));
    }

    @Test
    void openModesAndErrors() throws Exception {
        write("a.txt", "abc");
        assertArrayEquals(a(null, "/nonexistent/x: No such file or directory", 2.0), io("open", "/nonexistent/x"));
        assertArrayEquals(a(null, "/nonexistent/x: No such file or directory", 2.0), io("open", "/nonexistent/x", "w"));
        assertArrayEquals(a(null, dir + ": Is a directory", 21.0), io("open", dir.toString(), "w"));
        assertArrayEquals(a(null, path("zz") + ": No such file or directory", 2.0), io("open", path("zz"), "r+"));
        assertArrayEquals(a(null, path("a.txt") + ": Invalid argument", 22.0), io("open", path("a.txt"), "+r"));
        assertArrayEquals(a(null, path("a.txt") + ": Invalid argument", 22.0), io("open", path("a.txt"), ""));
        assertArrayEquals(a(null, path("a.txt") + ": Invalid argument", 22.0), io("open", path("a.txt"), "q"));
        assertArrayEquals(a(null, path("a.txt") + ": Invalid argument", 22.0), io("open", path("a.txt"), 5.0));
        assertArrayEquals(a(null, ": No such file or directory", 2.0), io("open", ""));
        assertEquals("bad argument #1 to 'open' (string expected, got nil)", errorOf(() -> io("open", (Object) null)));
        // "rw" is a read mode for glibc: reading works, writing fails
        Object rw = io("open", path("a.txt"), "rw")[0];
        assertArrayEquals(a(null, "Bad file descriptor", 9.0), m(rw, "write", "x"));
        assertArrayEquals(a("abc"), m(rw, "read", "*a"));
        // a directory opens for reading and fails to read
        Object d = io("open", dir.toString())[0];
        assertArrayEquals(a(null, "Is a directory", 21.0), m(d, "read", "*a"));
        assertArrayEquals(a(null, "Is a directory", 21.0), m(d, "read", "*l"));
        LuaFunction it = (LuaFunction) m(d, "lines")[0];
        assertEquals("Is a directory", errorOf(() -> it.invoke(Lua.NONE)));
        // "w" truncates, "x" refuses an existing file
        Object w = io("open", path("a.txt"), "w")[0];
        assertArrayEquals(a(null, "Bad file descriptor", 9.0), m(w, "read", "*a"));
        m(w, "close");
        assertEquals("", content("a.txt"));
        assertArrayEquals(a(null, path("a.txt") + ": File exists", 17.0), io("open", path("a.txt"), "wx"));
    }

    @Test
    void appendAndUpdateModes() throws Exception {
        write("n.txt", "abc");
        Object a = io("open", path("n.txt"), "a+")[0];
        assertArrayEquals(a(0.0), m(a, "seek"));
        assertArrayEquals(a("abc"), m(a, "read", "*a"));
        m(a, "write", "def");
        assertArrayEquals(a(6.0), m(a, "seek"));
        m(a, "seek", "set", 0.0);
        assertArrayEquals(a("abcdef"), m(a, "read", "*a"));
        m(a, "seek", "set", 1.0);
        m(a, "write", "X");
        m(a, "seek", "set");
        assertArrayEquals(a("abcdefX"), m(a, "read", "*a"));
        m(a, "close");

        write("n.txt", "abcdef");
        Object r = io("open", path("n.txt"), "r+")[0];
        assertArrayEquals(a("ab"), m(r, "read", 2.0));
        m(r, "seek", "cur");
        m(r, "write", "XY");
        m(r, "seek", "set");
        assertArrayEquals(a("abXYef"), m(r, "read", "*a"));
        m(r, "close");

        Object w = io("open", path("n.txt"), "w+")[0];
        m(w, "write", "12345");
        m(w, "seek", "set", 1.0);
        assertArrayEquals(a("23"), m(w, "read", 2.0));
        m(w, "close");
        assertEquals("12345", content("n.txt"));

        Object ap = io("open", path("n.txt"), "a")[0];
        m(ap, "write", "6");
        m(ap, "close");
        assertEquals("123456", content("n.txt"));
    }

    @Test
    void seekArguments() throws Exception {
        write("n.txt", "\0\1\377\n");
        Object f = io("open", path("n.txt"))[0];
        assertArrayEquals(a(4.0), m(f, "seek", "end"));
        assertArrayEquals(a(1.0), m(f, "seek", "set", 1.7));
        assertArrayEquals(a(104.0), m(f, "seek", "end", 100.0));
        assertArrayEquals(a(null, "Invalid argument", 22.0), m(f, "seek", "set", 1e30));
        assertArrayEquals(a(null, "Invalid argument", 22.0), m(f, "seek", "set", Double.NaN));
        assertEquals("bad argument #2 to 'seek' (string expected, got table)", errorOf(() -> m(f, "seek", new LuaTable())));
        assertEquals("bad argument #2 to 'seek' (invalid option '1')", errorOf(() -> m(f, "seek", 1.0)));
        assertArrayEquals(a(true), m(f, "setvbuf", "no"));
        assertEquals("bad argument #2 to 'setvbuf' (invalid option 'x')", errorOf(() -> m(f, "setvbuf", "x")));
        assertArrayEquals(a(true), m(f, "flush"));
    }

    @Test
    void bytesRoundTrip() throws Exception {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 256; i++) {
            all.append((char) i);
        }
        Object f = io("open", path("b.bin"), "wb")[0];
        m(f, "write", all.toString());
        m(f, "close");
        byte[] bytes = Files.readAllBytes(dir.resolve("b.bin"));
        assertEquals(256, bytes.length);
        for (int i = 0; i < 256; i++) {
            assertEquals((byte) i, bytes[i]);
        }
        Object r = io("open", path("b.bin"), "rb")[0];
        assertArrayEquals(a(all.toString()), m(r, "read", "*a"));
    }

    @Test
    void largeFilesAndLongLines() throws Exception {
        String line = "x".repeat(100_000);
        Object f = io("open", path("big.txt"), "w")[0];
        for (int i = 0; i < 20; i++) {
            m(f, "write", line, "\n");
        }
        m(f, "close");
        Object r = io("open", path("big.txt"))[0];
        assertArrayEquals(a(line), m(r, "read"));
        assertEquals(19 * 100_001, ((String) m(r, "read", "*a")[0]).length());
    }

    @Test
    void standardStreamsShareTheStreamOfPrint() {
        LuaFunction print = (LuaFunction) g.get("print");
        print.invoke(a("a"));
        assertArrayEquals(a(true), io("write", "b\n"));
        print.invoke(a("c"));
        m(io.get("stdout"), "write", "d", 1.0, -0.0, Double.POSITIVE_INFINITY, Double.NaN, Math.pow(2, 53), "\n");
        assertEquals("a\nb\nc\nd1-0infnan9.007199254741e+15\n", written());
        assertArrayEquals(a(null, "cannot close standard file"), io("close"));
        assertArrayEquals(a(null, "cannot close standard file"), m(io.get("stdout"), "close"));
        assertArrayEquals(a(null, "Illegal seek", 29.0), m(io.get("stdin"), "seek", "set", 0.0));
        assertSame(io.get("stdout"), io("output")[0]);
        assertSame(io.get("stdin"), io("input")[0]);
    }

    @Test
    void readFromStandardInput() {
        assertArrayEquals(a(42.0, " rest"), io("read", "*n", "*l"));
        assertArrayEquals(a("line2"), io("read"));
        assertArrayEquals(a("line3\n"), io("read", "*L"));
        assertArrayEquals(a("abc"), io("read", 3.0));
        LuaFunction it = (LuaFunction) io("lines")[0];
        assertArrayEquals(a("def"), it.invoke(Lua.NONE));
        assertArrayEquals(a("x"), it.invoke(Lua.NONE));
        assertArrayEquals(a("y"), it.invoke(Lua.NONE));
        assertArrayEquals(a((Object) null), it.invoke(Lua.NONE));
        assertArrayEquals(a(""), io("read", "*a"));
        assertArrayEquals(a((Object) null), io("read"));
        assertArrayEquals(a((Object) null), io("read", 0.0));
        assertArrayEquals(a(null, "cannot close standard file"), m(io.get("stdin"), "close"));
    }

    @Test
    void defaultInputAndOutput() throws Exception {
        String name = path("o.txt");
        Object file = io("output", name)[0];
        assertNotSame(io.get("stdout"), file);
        io("write", "to file ", 1.0, "\n");
        assertArrayEquals(a(true), io("close"));
        assertEquals("standard file is closed", errorOf(() -> io("write", "x")));
        assertEquals("attempt to use a closed file", errorOf(() -> io("close")));
        io("output", io.get("stdout"));
        assertEquals("to file 1\n", content("o.txt"));
        io("input", name);
        assertArrayEquals(a("to file 1\n"), io("read", "*a"));
        assertEquals("bad argument #1 to 'input' (/nonexistent: No such file or directory)", errorOf(() -> io("input", "/nonexistent")));
        assertEquals("bad argument #1 to 'input' (string expected, got table)", errorOf(() -> io("input", new LuaTable())));
        Object closed = io("open", name)[0];
        m(closed, "close");
        assertEquals("attempt to use a closed file", errorOf(() -> io("input", closed)));
        assertEquals("bad argument #1 to 'close' (FILE* expected, got nil)", errorOf(() -> io("close", (Object) null)));
        Object in = io("open", name)[0];
        io("input", in);
        m(in, "close");
        assertEquals("standard file is closed", errorOf(() -> io("read")));
        LuaFunction it = (LuaFunction) io("lines")[0];
        assertEquals("attempt to use a closed file", errorOf(() -> it.invoke(Lua.NONE)));
    }

    @Test
    void writesAreBufferedUntilFlushOrClose() throws Exception {
        Object f = io("open", path("buf.txt"), "w")[0];
        m(f, "write", "abc");
        assertEquals("", content("buf.txt"));
        assertArrayEquals(a(true), m(f, "flush"));
        assertEquals("abc", content("buf.txt"));
        m(f, "setvbuf", "no");
        m(f, "write", "d");
        assertEquals("abcd", content("buf.txt"));
        m(f, "setvbuf", "line");
        m(f, "write", "e");
        assertEquals("abcd", content("buf.txt"));
        m(f, "write", "\n");
        assertEquals("abcde\n", content("buf.txt"));
        m(f, "setvbuf", "full");
        m(f, "write", "f");
        LuaFile.flushAll();
        assertEquals("abcde\nf", content("buf.txt"));
        m(f, "close");
    }

    @Test
    void tmpfileAndPopen() {
        Object t = io("tmpfile")[0];
        m(t, "write", "abc");
        m(t, "seek", "set");
        assertArrayEquals(a("abc"), m(t, "read", "*a"));
        assertArrayEquals(a(true), m(t, "close"));
        if (!System.getProperty("os.name").toLowerCase().startsWith("windows")) {
            Object p = io("popen", "echo hi")[0];
            assertEquals("file", io("type", p)[0]);
            assertArrayEquals(a("hi\n"), m(p, "read", "*a"));
            assertArrayEquals(a(true), m(p, "close"));
            assertArrayEquals(a(true), m(io("popen", "exit 3")[0], "close"));
            assertArrayEquals(a(null, "cat: Invalid argument", 22.0), io("popen", "cat", "x"));
        }
    }

    @Test
    void gcMetamethodClosesAndTostringChecksItsArgument() {
        Object f = io("open", path("g.txt"), "w")[0];
        LuaTable mt = Lua.getMetatableRaw(f);
        ((LuaFunction) mt.get("__gc")).invoke(a(f));
        assertEquals("closed file", io("type", f)[0]);
        ((LuaFunction) mt.get("__gc")).invoke(a(io.get("stdout")));
        assertEquals("file", io("type", io.get("stdout"))[0]);
        assertEquals("bad argument #1 to '__tostring' (FILE* expected, got table)",
                errorOf(() -> ((LuaFunction) mt.get("__tostring")).invoke(a(new LuaTable()))));
    }
}
