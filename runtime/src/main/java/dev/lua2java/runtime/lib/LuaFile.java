package dev.lua2java.runtime.lib;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An io library file ({@code FILE*} in LuaJIT): a userdata whose methods ({@code read}, {@code write},
 * {@code lines}, {@code seek}, {@code flush}, {@code setvbuf}, {@code close}) are found through the
 * shared file metatable, whose {@code __index} is the metatable itself, as in LuaJIT.
 *
 * <p>Files are bytes: reading maps each byte to one char of a Lua string and writing does the reverse;
 * there is no text-mode translation (as LuaJIT on POSIX; LuaJIT on Windows would translate CRLF in text
 * mode). Disk files are a {@link FileChannel} with a C-stdio-like buffer: one logical position shared by
 * reading and writing, reads after writes flush, writes after reads reposition (so {@code r+} works even
 * without the seek C requires), append modes write at the end of the file whatever the position.
 * Standard output and error write straight through to their stream, unbuffered here, because
 * {@code print} writes to the same stream and the two must stay in order (they share one {@code FILE*}
 * buffer in C). A file that becomes unreachable while open is flushed and closed by a {@link Cleaner}
 * (LuaJIT's {@code __gc}); {@link #flushAll()} flushes every open file (for {@code os.exit}, or a host
 * that ends a program).
 */
public final class LuaFile implements LuaUserdata {
    /** IOFILE_TYPE_*: a regular file, a pipe of {@code io.popen}, or a standard stream (never closed). */
    enum Kind {
        FILE, PIPE, STD
    }

    private static final Cleaner CLEANER = Cleaner.create();
    /** Streams of open files that may hold buffered output. */
    private static final Set<Stream> OPEN = ConcurrentHashMap.newKeySet();

    private final LuaTable metatable;
    final Kind kind;
    private Stream stream;
    /** IOFILE_FLAG_CLOSE: an {@code io.lines(name)} iterator closes the file at the end. */
    boolean closeAtEndOfLines;
    private final Cleaner.Cleanable cleanable;

    private LuaFile(LuaTable metatable, Kind kind, Stream stream) {
        this.metatable = metatable;
        this.kind = kind;
        this.stream = stream;
        if (kind != Kind.STD) {
            OPEN.add(stream);
            this.cleanable = CLEANER.register(this, stream::closeQuietly);
        } else {
            this.cleanable = null;
        }
    }

    @Override
    public LuaTable metatable() {
        return metatable;
    }

    boolean isClosed() {
        return stream == null;
    }

    /** The stream of an open file; null when closed. */
    Stream stream() {
        return stream;
    }

    /** Closes a regular file or pipe; the file counts as closed afterwards even when closing failed. */
    void close() throws IOException {
        Stream s = stream;
        stream = null;
        OPEN.remove(s);
        try {
            s.close();
        } finally {
            cleanable.clean();
        }
    }

    /** Flushes every open file's buffered output; errors are ignored, as C's exit does. */
    public static void flushAll() {
        for (Stream s : new HashSet<>(OPEN)) {
            try {
                s.flush();
            } catch (IOException | RuntimeException e) {
                // exit() ignores them too
            }
        }
    }

    @Override
    public String toString() {
        return stream == null ? "file (closed)" : "file (" + Lua.address(this) + ")";
    }

    // ---------------------------------------------------------------- opening

    /** A standard stream: one of {@code in}/{@code out} is null. */
    static LuaFile std(LuaTable metatable, InputStream in, OutputStream out) {
        return new LuaFile(metatable, Kind.STD, new Stream(null, in, out, null, in != null, out != null, false));
    }

    /**
     * {@code fopen}: the mode is parsed as glibc does (first character r, w or a; a '+' or 'x' among the
     * next six characters; anything else ignored; otherwise EINVAL).
     */
    static LuaFile open(LuaTable metatable, String luaName, String mode) throws IOException {
        int nul = mode.indexOf('\0');
        if (nul >= 0) {
            mode = mode.substring(0, nul);
        }
        if (mode.isEmpty()) {
            throw new Errno.Failure(Errno.EINVAL);
        }
        char kind = mode.charAt(0);
        if (kind != 'r' && kind != 'w' && kind != 'a') {
            throw new Errno.Failure(Errno.EINVAL);
        }
        boolean plus = false;
        boolean exclusive = false;
        for (int i = 1; i < Math.min(mode.length(), 7); i++) {
            char c = mode.charAt(i);
            if (c == ',') {
                break;
            }
            if (c == '+') {
                plus = true;
            } else if (c == 'x') {
                exclusive = true;
            }
        }
        boolean readable = kind == 'r' || plus;
        boolean writable = kind != 'r' || plus;
        Set<OpenOption> options = new HashSet<>();
        if (readable) {
            options.add(StandardOpenOption.READ);
        }
        if (writable) {
            options.add(StandardOpenOption.WRITE);
        }
        if (kind != 'r') {
            options.add(exclusive ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if (kind == 'w') {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        Path path = Errno.path(luaName);
        FileChannel channel;
        try {
            channel = FileChannel.open(path, options);
        } catch (UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            throw new Errno.Failure(Errno.EACCES);
        }
        return new LuaFile(metatable, Kind.FILE, new Stream(channel, null, null, null, readable, writable, kind == 'a'));
    }

    /** {@code io.tmpfile}: a new file opened "w+", deleted when closed. */
    static LuaFile tmpfile(LuaTable metatable) throws IOException {
        Path p = java.nio.file.Files.createTempFile("lua_", null);
        FileChannel channel = FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
        return new LuaFile(metatable, Kind.FILE, new Stream(channel, null, null, null, true, true, false));
    }

    /** {@code popen}: "r" reads the command's output, "w" writes its input. */
    static LuaFile popen(LuaTable metatable, String command, String mode) throws IOException {
        boolean read = mode.startsWith("r");
        if (!read && !mode.startsWith("w")) {
            throw new Errno.Failure(Errno.EINVAL);
        }
        flushAll();
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        ProcessBuilder pb = windows
                ? new ProcessBuilder("cmd", "/c", Errno.javaName(command))
                : new ProcessBuilder("/bin/sh", "-c", Errno.javaName(command));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        if (read) {
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        } else {
            pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        }
        Process p = pb.start();
        Stream s = read
                ? new Stream(null, p.getInputStream(), null, p, true, false, false)
                : new Stream(null, null, p.getOutputStream(), p, false, true, false);
        return new LuaFile(metatable, Kind.PIPE, s);
    }

    // ---------------------------------------------------------------- the stream

    /**
     * The buffered byte stream of a file, in the manner of C stdio. It never references its
     * {@link LuaFile}, so that the file can be collected and this stream closed by the Cleaner.
     */
    static final class Stream {
        static final int BUFFER = 16384;
        static final int FULL = 0;
        static final int LINE = 1;
        static final int NONE = 2;

        private final FileChannel channel;
        private final InputStream in;
        private final OutputStream out;
        private final Process process;
        private final boolean readable;
        private final boolean writable;
        private final boolean append;
        private byte[] rbuf;
        private int rpos;
        private int rlim;
        private byte[] wbuf;
        private int wlen;
        private int buffering = FULL;
        private boolean closed;

        Stream(FileChannel channel, InputStream in, OutputStream out, Process process, boolean readable,
                boolean writable, boolean append) {
            this.channel = channel;
            this.in = in;
            this.out = out;
            this.process = process;
            this.readable = readable;
            this.writable = writable;
            this.append = append;
        }

        /** Standard output and error: no buffer of our own, the stream print uses gets every write at once. */
        private boolean writeThrough() {
            return channel == null && process == null;
        }

        // ------------------------------------------------------------ reading

        private void beginRead() throws IOException {
            if (!readable) {
                throw new Errno.Failure(Errno.EBADF);
            }
            if (wlen > 0) {
                flushBuffer();
            }
        }

        /** Refills the read buffer; false at end of file. */
        private boolean fill() throws IOException {
            if (rbuf == null) {
                rbuf = new byte[BUFFER];
            }
            int n;
            if (channel != null) {
                n = channel.read(ByteBuffer.wrap(rbuf));
            } else {
                n = in.read(rbuf);
            }
            rpos = 0;
            rlim = Math.max(n, 0);
            return n > 0;
        }

        synchronized int read() throws IOException {
            beginRead();
            if (rpos >= rlim && !fill()) {
                return -1;
            }
            return rbuf[rpos++] & 0xff;
        }

        synchronized int peek() throws IOException {
            beginRead();
            if (rpos >= rlim && !fill()) {
                return -1;
            }
            return rbuf[rpos] & 0xff;
        }

        /** A line, with its newline unless {@code chop}; null at end of file (nothing read). */
        synchronized String readLine(boolean chop) throws IOException {
            beginRead();
            ByteSink line = null;
            while (true) {
                if (rpos >= rlim && !fill()) {
                    return line == null ? null : line.string();
                }
                int start = rpos;
                int nl = -1;
                for (int i = rpos; i < rlim; i++) {
                    if (rbuf[i] == '\n') {
                        nl = i;
                        break;
                    }
                }
                if (nl >= 0) {
                    rpos = nl + 1;
                    int end = chop ? nl : nl + 1;
                    if (line == null) {
                        return new String(rbuf, start, end - start, StandardCharsets.ISO_8859_1);
                    }
                    line.add(rbuf, start, end - start);
                    return line.string();
                }
                if (line == null) {
                    line = new ByteSink(rlim - start + 64);
                }
                line.add(rbuf, start, rlim - start);
                rpos = rlim;
            }
        }

        /** The rest of the file; "" at end of file. */
        synchronized String readAll() throws IOException {
            beginRead();
            int hint = rlim - rpos;
            if (channel != null) {
                long rest = channel.size() - channel.position();
                if (rest > 0 && rest < Integer.MAX_VALUE - 16 - hint) {
                    hint += (int) rest;
                }
            }
            ByteSink all = new ByteSink(Math.max(hint, 16));
            while (true) {
                if (rpos < rlim) {
                    all.add(rbuf, rpos, rlim - rpos);
                    rpos = rlim;
                }
                if (!fill()) {
                    return all.string();
                }
            }
        }

        /** Up to {@code n} bytes; null when none could be read. {@code n == 0} tests for end of file. */
        synchronized String read(long n) throws IOException {
            beginRead();
            if (n == 0) {
                return rpos < rlim || fill() ? "" : null;
            }
            ByteSink part = new ByteSink((int) Math.min(n, BUFFER));
            long want = n;
            while (want > 0) {
                if (rpos >= rlim && !fill()) {
                    break;
                }
                int take = (int) Math.min(want, rlim - rpos);
                part.add(rbuf, rpos, take);
                rpos += take;
                want -= take;
            }
            return part.size() == 0 ? null : part.string();
        }

        private int advance() throws IOException {
            rpos++;
            return peek();
        }

        /**
         * {@code fscanf(fp, "%lf")} as glibc does it: skips white space, consumes the longest prefix that
         * can start a number (so "1e+x" consumes "1e+" and reads 1, "-." consumes both and fails), and
         * converts it. Null when no number could be converted.
         */
        synchronized Double readNumber() throws IOException {
            int c = peek();
            while (c == ' ' || (c >= '\t' && c <= '\r')) {
                c = advance();
            }
            StringBuilder sb = new StringBuilder();
            boolean negative = false;
            if (c == '+' || c == '-') {
                negative = c == '-';
                c = advance();
            }
            if (c == 'i' || c == 'I' || c == 'n' || c == 'N') {
                boolean inf = c == 'i' || c == 'I';
                if (!matchWord(inf ? "inf" : "nan")) {
                    return null;
                }
                if (inf && (peek() == 'i' || peek() == 'I') && !matchWord("inity")) {
                    return null;
                }
                double v = inf ? Double.POSITIVE_INFINITY : Double.NaN;
                return negative ? -v : v;
            }
            boolean hex = false;
            boolean digits = false;
            if (c == '0') {
                digits = true;
                c = advance();
                if (c == 'x' || c == 'X') {
                    hex = true;
                    digits = false;
                    c = advance();
                } else {
                    sb.append('0');
                }
            }
            while (isDigit(c, hex)) {
                sb.append((char) c);
                digits = true;
                c = advance();
            }
            if (c == '.') {
                sb.append('.');
                c = advance();
                while (isDigit(c, hex)) {
                    sb.append((char) c);
                    digits = true;
                    c = advance();
                }
            }
            if (!digits) {
                return null;
            }
            String exponent = "";
            if (hex ? (c == 'p' || c == 'P') : (c == 'e' || c == 'E')) {
                StringBuilder e = new StringBuilder();
                c = advance();
                if (c == '+' || c == '-') {
                    e.append((char) c);
                    c = advance();
                }
                boolean expDigits = false;
                while (c >= '0' && c <= '9') {
                    e.append((char) c);
                    expDigits = true;
                    c = advance();
                }
                if (expDigits) {
                    exponent = e.toString();
                }
            }
            double v;
            if (hex) {
                String mantissa = sb.toString();
                if (mantissa.endsWith(".")) {
                    mantissa += "0";
                }
                if (mantissa.startsWith(".")) {
                    mantissa = "0" + mantissa;
                }
                v = parseHex(mantissa, exponent.isEmpty() ? "0" : exponent);
            } else {
                v = Double.parseDouble(sb + (exponent.isEmpty() ? "" : "e" + clampExponent(exponent)));
            }
            return negative ? -v : v;
        }

        private static double parseHex(String mantissa, String exponent) {
            return Double.parseDouble("0x" + mantissa + "p" + clampExponent(exponent));
        }

        /** Exponents beyond any double's range saturate; Java rejects exponents that overflow an int. */
        private static String clampExponent(String e) {
            boolean neg = e.startsWith("-");
            String digits = e.replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
            if (digits.length() > 6) {
                return neg ? "-999999" : "999999";
            }
            return e;
        }

        private static boolean isDigit(int c, boolean hex) {
            return (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
        }

        /** Consumes the characters of {@code word} (any case) while they match. */
        private boolean matchWord(String word) throws IOException {
            for (int i = 0; i < word.length(); i++) {
                int c = peek();
                if (c < 0 || Character.toLowerCase((char) c) != word.charAt(i)) {
                    return false;
                }
                rpos++;
            }
            return true;
        }

        // ------------------------------------------------------------ writing

        synchronized void write(String s) throws IOException {
            if (!writable) {
                throw new Errno.Failure(Errno.EBADF);
            }
            if (rpos < rlim && channel != null) {
                channel.position(channel.position() - (rlim - rpos));
            }
            rpos = 0;
            rlim = 0;
            byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
            if (writeThrough()) {
                out.write(bytes);
                return;
            }
            if (wbuf == null) {
                wbuf = new byte[BUFFER];
            }
            if (wlen + bytes.length > wbuf.length) {
                flushBuffer();
                if (bytes.length >= wbuf.length) {
                    writeOut(bytes, 0, bytes.length);
                    bytes = null;
                }
            }
            if (bytes != null) {
                System.arraycopy(bytes, 0, wbuf, wlen, bytes.length);
                wlen += bytes.length;
            }
            if (buffering == NONE || (buffering == LINE && s.indexOf('\n') >= 0)) {
                flushBuffer();
                if (out != null) {
                    out.flush();
                }
            }
        }

        private void writeOut(byte[] b, int off, int len) throws IOException {
            if (channel != null) {
                if (append) {
                    channel.position(channel.size());
                }
                ByteBuffer bb = ByteBuffer.wrap(b, off, len);
                while (bb.hasRemaining()) {
                    channel.write(bb);
                }
            } else {
                out.write(b, off, len);
            }
        }

        private void flushBuffer() throws IOException {
            if (wlen > 0) {
                int n = wlen;
                wlen = 0;
                writeOut(wbuf, 0, n);
            }
        }

        synchronized void flush() throws IOException {
            if (closed) {
                return;
            }
            flushBuffer();
            if (out != null) {
                out.flush();
            }
        }

        synchronized void setBuffering(int mode) {
            buffering = mode;
        }

        // ------------------------------------------------------------ positioning, closing

        /** {@code fseeko}+{@code ftello}: whence 0 set, 1 cur, 2 end; the new position. */
        synchronized long seek(int whence, long offset) throws IOException {
            if (channel == null) {
                throw new Errno.Failure(Errno.ESPIPE);
            }
            flushBuffer();
            long current = channel.position() - (rlim - rpos);
            long base = whence == 0 ? 0 : whence == 1 ? current : channel.size();
            long target;
            try {
                target = Math.addExact(base, offset);
            } catch (ArithmeticException e) {
                throw new Errno.Failure(Errno.EINVAL);
            }
            if (target < 0) {
                throw new Errno.Failure(Errno.EINVAL);
            }
            rpos = 0;
            rlim = 0;
            channel.position(target);
            return target;
        }

        synchronized void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            IOException failure = null;
            try {
                flushBuffer();
            } catch (IOException e) {
                failure = e;
            }
            try {
                if (channel != null) {
                    channel.close();
                }
                if (in != null) {
                    in.close();
                }
                if (out != null) {
                    out.close();
                }
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                }
            }
            if (process != null) {
                boolean interrupted = false;
                while (true) {
                    try {
                        process.waitFor();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failure != null) {
                throw failure;
            }
        }

        /** The Cleaner's action for an unreachable open file: LuaJIT's {@code __gc} closes it. */
        void closeQuietly() {
            OPEN.remove(this);
            try {
                close();
            } catch (IOException | RuntimeException e) {
                // nothing to report to
            }
        }
    }

    /** A growable byte array that becomes a Lua string (one char per byte). */
    private static final class ByteSink {
        private byte[] bytes;
        private int size;

        ByteSink(int capacity) {
            bytes = new byte[Math.max(capacity, 16)];
        }

        void add(byte[] b, int off, int len) {
            if (size + len > bytes.length) {
                long grown = Math.max((long) bytes.length * 2, (long) size + len);
                if (grown > Integer.MAX_VALUE - 16) {
                    throw new OutOfMemoryError("string too long");
                }
                bytes = java.util.Arrays.copyOf(bytes, (int) grown);
            }
            System.arraycopy(b, off, bytes, size, len);
            size += len;
        }

        int size() {
            return size;
        }

        String string() {
            return new String(bytes, 0, size, StandardCharsets.ISO_8859_1);
        }
    }
}
