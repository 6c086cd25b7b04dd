package dev.lua2java.runtime.lib;

import static dev.lua2java.runtime.lib.LibArgs.*;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Lua's {@code io} library with LuaJIT 2.1 semantics: open, close, read, write, lines, flush, input,
 * output, type, popen, tmpfile, stdin/stdout/stderr, and the file methods close, read, write, lines,
 * flush, seek, setvbuf (files are {@link LuaFile}s).
 *
 * <p>{@code io.write} and {@code io.stdout} write to the same stream as {@code print} (the one passed to
 * {@link #install(LuaTable, OutputStream, InputStream)}), unbuffered on our side so that the two stay in
 * order; {@code io.read}, {@code io.lines()} and {@code io.stdin} read the given input stream.
 *
 * <p>LuaJIT behaviours matched (checked against the reference interpreter): {@code write} returns
 * {@code true}, not the file (LuaJIT without 5.2 compatibility), and formats numbers like
 * {@code tostring}; read formats are {@code n}, {@code l}, {@code L}, {@code a} with or without the
 * {@code *} and only their first letter counts ({@code "*all"}), any other string is {@code invalid
 * format}, any other type {@code invalid option}; reading stops at the first format that fails, which
 * gives nil; {@code read(0)} tests for end of file; {@code "*n"} consumes input like glibc's
 * {@code fscanf("%lf")} (hex, inf, nan, "1e+" reads 1); a negative count raises {@code not enough
 * memory} (LuaJIT asks for a 4 GB buffer); I/O errors return {@code nil, "Bad file descriptor", 9}
 * (reading a write-only file, writing a read-only one) without a file name, open errors return
 * {@code nil, "name: No such file or directory", 2}; the open mode is parsed like glibc's
 * {@code fopen} ("rw" opens for reading, "+r" fails with {@code Invalid argument}); a directory opens for
 * reading and fails on read with {@code Is a directory}; {@code io.lines(name)} raises {@code bad argument
 * #1 to 'lines' (name: No such file or directory)} and closes the file at the end; a lines iterator on a
 * closed file raises {@code attempt to use a closed file} and an I/O error raises its message;
 * {@code seek} offsets must be numbers (not numeric strings), negative targets give {@code Invalid
 * argument}; closing a standard file returns {@code nil, "cannot close standard file"}; the default
 * files raise {@code standard file is closed} once closed; closing a pipe returns true whatever the
 * command's status.
 *
 * <p>Differences: standard streams cannot seek ({@code Illegal seek}, as for a pipe or terminal, even
 * when the process's stdout is a file); {@code io.popen} runs {@code /bin/sh -c} (or {@code cmd /c})
 * with the JVM's own standard streams for the side not connected to the file; {@code setvbuf} sizes are
 * ignored; no text-mode newline translation (POSIX behaviour, also on Windows).
 */
public final class IoLib {
    private IoLib() {
    }

    /** LJ_MAX_UPVAL: a lines iterator keeps the file and its formats as upvalues. */
    private static final int MAX_UPVALUES = 60;
    /** LJ_MAX_BUF: larger read counts fail to get their buffer in LuaJIT. */
    private static final long MAX_BUFFER = 0x7fffff00L;

    /** The state of one installed library: the file metatable and the default input and output. */
    private static final class State {
        final LuaTable metatable = new LuaTable();
        LuaFile input;
        LuaFile output;
    }

    /** Installs io on the process's standard streams. */
    public static LuaTable install(LuaTable globals) {
        return install(globals, System.out, System.in);
    }

    /** Installs io; {@code out} must be the stream {@code print} writes to. Standard error is System.err. */
    public static LuaTable install(LuaTable globals, OutputStream out, InputStream in) {
        return install(globals, out, in, System.err);
    }

    public static LuaTable install(LuaTable globals, OutputStream out, InputStream in, OutputStream err) {
        State st = new State();
        LuaTable mt = st.metatable;
        define(mt, "close", args -> close(toFile(args, "close")));
        define(mt, "read", args -> read(toOpenFile(args, "read"), args, 1, "read"));
        define(mt, "write", args -> write(toOpenFile(args, "write"), args, 1));
        define(mt, "flush", args -> flush(toOpenFile(args, "flush")));
        define(mt, "seek", IoLib::seek);
        define(mt, "setvbuf", args -> {
            LuaFile f = toOpenFile(args, "setvbuf");
            int mode = checkOption(args, 1, "setvbuf", null, "full", "line", "no");
            optInteger(args, 2, "setvbuf", 0);
            f.stream().setBuffering(mode);
            return results(Boolean.TRUE);
        });
        define(mt, "lines", args -> {
            toOpenFile(args, "lines");
            return lines(args);
        });
        define(mt, "__gc", args -> {
            LuaFile f = toFile(args, "__gc");
            if (!f.isClosed() && f.kind != LuaFile.Kind.STD) {
                close(f);
            }
            return Lua.NONE;
        });
        define(mt, "__tostring", args -> results(toFile(args, "__tostring").toString()));
        mt.set("__index", mt);

        LuaTable io = new LuaTable();
        st.input = LuaFile.std(mt, in, null);
        st.output = LuaFile.std(mt, null, out);
        io.set("stdin", st.input);
        io.set("stdout", st.output);
        io.set("stderr", LuaFile.std(mt, null, err));
        define(io, "open", args -> {
            String name = checkString(args, 0, "open");
            String mode = optString(args, 1, "open", "r");
            try {
                return results(LuaFile.open(mt, name, mode));
            } catch (IOException | RuntimeException e) {
                return Errno.failure(e, name);
            }
        });
        define(io, "popen", args -> {
            String command = checkString(args, 0, "popen");
            String mode = optString(args, 1, "popen", "r");
            try {
                return results(LuaFile.popen(mt, command, mode));
            } catch (IOException | RuntimeException e) {
                return Errno.failure(e, command);
            }
        });
        define(io, "tmpfile", args -> {
            try {
                return results(LuaFile.tmpfile(mt));
            } catch (IOException | RuntimeException e) {
                return Errno.failure(e, null);
            }
        });
        define(io, "close", args -> {
            if (args.length > 0) {
                return close(toOpenFile(args, "close"));
            }
            if (st.output.isClosed()) {
                throw LuaError.runtime("attempt to use a closed file");
            }
            return close(st.output);
        });
        define(io, "read", args -> read(standard(st.input), args, 0, "read"));
        define(io, "write", args -> write(standard(st.output), args, 0));
        define(io, "flush", args -> flush(standard(st.output)));
        define(io, "input", args -> {
            st.input = select(mt, args, "input", "r", st.input);
            return results(st.input);
        });
        define(io, "output", args -> {
            st.output = select(mt, args, "output", "w", st.output);
            return results(st.output);
        });
        define(io, "lines", args -> {
            Object[] a = args.length == 0 ? new Object[] {null} : args.clone();
            if (a[0] != null) {
                String name = checkString(a, 0, "lines");
                LuaFile f;
                try {
                    f = LuaFile.open(mt, name, "r");
                } catch (IOException | RuntimeException e) {
                    throw badArgument(0, "lines", Errno.message(Errno.of(e), name));
                }
                f.closeAtEndOfLines = true;
                a[0] = f;
            } else {
                a[0] = st.input;
            }
            return lines(a);
        });
        define(io, "type", args -> {
            Object v = any(args, 0, "type");
            if (v instanceof LuaFile f) {
                return results(f.isClosed() ? "closed file" : "file");
            }
            return results((Object) null);
        });
        globals.set("io", io);
        return io;
    }

    // ---------------------------------------------------------------- argument checks

    /** {@code io_tofilep}: the file argument, open or closed. */
    private static LuaFile toFile(Object[] args, String fname) {
        if (args.length > 0 && args[0] instanceof LuaFile f) {
            return f;
        }
        throw typeMismatch(args, 0, fname, "FILE*");
    }

    /** {@code io_tofile}: an open file argument. */
    private static LuaFile toOpenFile(Object[] args, String fname) {
        LuaFile f = toFile(args, fname);
        if (f.isClosed()) {
            throw LuaError.runtime("attempt to use a closed file");
        }
        return f;
    }

    /** {@code io_stdfile}: the default input or output, which must be open. */
    private static LuaFile standard(LuaFile f) {
        if (f.isClosed()) {
            throw LuaError.runtime("standard file is closed");
        }
        return f;
    }

    /** {@code io.input}/{@code io.output} with an argument: an open file, or a name to open. */
    private static LuaFile select(LuaTable mt, Object[] args, String fname, String mode, LuaFile current) {
        if (args.length == 0 || args[0] == null) {
            return current;
        }
        if (args[0] instanceof LuaUserdata) {
            return toOpenFile(args, fname);
        }
        String name = checkString(args, 0, fname);
        try {
            return LuaFile.open(mt, name, mode);
        } catch (IOException | RuntimeException e) {
            throw badArgument(0, fname, Errno.message(Errno.of(e), name));
        }
    }

    // ---------------------------------------------------------------- operations

    private static Object[] close(LuaFile f) {
        if (f.isClosed()) {
            throw LuaError.runtime("attempt to use a closed file");
        }
        if (f.kind == LuaFile.Kind.STD) {
            return results(null, "cannot close standard file");
        }
        try {
            f.close();
            return results(Boolean.TRUE);
        } catch (IOException | RuntimeException e) {
            return Errno.failure(e, null);
        }
    }

    private static Object[] flush(LuaFile f) {
        try {
            f.stream().flush();
            return results(Boolean.TRUE);
        } catch (IOException | RuntimeException e) {
            return Errno.failure(e, null);
        }
    }

    /** {@code io_file_read}: the values read, or {@code nil, message, errno} after an I/O error. */
    private static Object[] read(LuaFile f, Object[] args, int start, String fname) {
        try {
            return readValues(f.stream(), args, start, fname);
        } catch (IOException | RuntimeException e) {
            if (e instanceof LuaError le) {
                throw le;
            }
            return Errno.failure(e, null);
        }
    }

    private static Object[] readValues(LuaFile.Stream s, Object[] args, int start, String fname) throws IOException {
        if (args.length <= start) {
            return results(s.readLine(true));
        }
        List<Object> out = new ArrayList<>(args.length - start);
        boolean ok = true;
        for (int n = start; n < args.length && ok; n++) {
            Object a = args[n];
            Object v;
            if (a instanceof String p) {
                int k = p.startsWith("*") ? 1 : 0;
                char c = k < p.length() ? p.charAt(k) : 0;
                if (c == 'n') {
                    v = s.readNumber();
                } else if (c == 'l' || c == 'L') {
                    v = s.readLine(c == 'l');
                } else if (c == 'a') {
                    v = s.readAll();
                } else {
                    throw badArgument(n, fname, "invalid format");
                }
            } else if (a instanceof Double d) {
                long count = NumberText.toInt32(d);
                if (count < 0 || count > MAX_BUFFER) {
                    throw LuaError.ofValue("not enough memory");
                }
                v = s.read(count);
            } else {
                throw badArgument(n, fname, "invalid option");
            }
            ok = v != null;
            out.add(v);
        }
        return out.toArray();
    }

    /** {@code io_file_write}: every argument must be a string or number; true, or nil, message, errno. */
    private static Object[] write(LuaFile f, Object[] args, int start) {
        IOException failure = null;
        for (int i = start; i < args.length; i++) {
            String s = Lua.tostringCoerce(args[i]);
            if (s == null) {
                throw typeMismatch(args, i, "write", "string");
            }
            if (failure == null) {
                try {
                    f.stream().write(s);
                } catch (IOException e) {
                    failure = e;
                }
            }
        }
        return failure == null ? results(Boolean.TRUE) : Errno.failure(failure, null);
    }

    private static Object[] seek(Object[] args) {
        LuaFile f = toOpenFile(args, "seek");
        int whence = checkOption(args, 1, "seek", "cur", "set", "cur", "end");
        long offset = 0;
        if (args.length > 2 && args[2] != null) {
            if (!(args[2] instanceof Double d)) {
                throw typeMismatch(args, 2, "seek", "number");
            }
            offset = NumberText.toInt64(d);
        }
        try {
            return results((double) f.stream().seek(whence, offset));
        } catch (IOException | RuntimeException e) {
            return Errno.failure(e, null);
        }
    }

    /** {@code io_file_lines}: an iterator reading with the given formats until the first one fails. */
    private static Object[] lines(Object[] args) {
        if (args.length > MAX_UPVALUES) {
            throw LuaError.runtime("too many results to unpack");
        }
        LuaFile f = (LuaFile) args[0];
        Object[] formats = Lua.rest(args, 1);
        return results(new LibFunction("lines", a -> {
            if (f.isClosed()) {
                throw LuaError.runtime("attempt to use a closed file");
            }
            Object[] r;
            try {
                r = readValues(f.stream(), formats, 0, "lines");
            } catch (IOException e) {
                throw LuaError.runtime(Errno.message(Errno.of(e), null));
            }
            if (r.length > 0 && r[0] == null && f.closeAtEndOfLines) {
                close(f);
                return Lua.NONE;
            }
            return r;
        }));
    }
}
