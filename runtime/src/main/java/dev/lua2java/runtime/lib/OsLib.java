package dev.lua2java.runtime.lib;

import static dev.lua2java.runtime.lib.LibArgs.*;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaTable;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Lua's {@code os} library with LuaJIT 2.1 semantics: time, date, clock, difftime, getenv, tmpname,
 * remove, rename, exit, execute, setlocale.
 *
 * <p>Matched exactly: {@code os.time{...}} reads its fields through metamethods, accepts numeric strings,
 * truncates fractions and wraps them to C {@code int}s like {@code (int)lua_tointeger}, defaults hour to
 * 12, fails with {@code field 'day' missing in date table} (checked in the order day, month, year),
 * normalises out-of-range fields like {@code mktime}, and returns nil where {@code mktime} returns -1
 * (including for the one time that is really -1, 1969-12-31 23:59:59 UTC). {@code os.date} takes a
 * leading {@code !} for UTC, {@code *t} for a table, and otherwise runs glibc's {@code strftime} in the C
 * locale on the whole format (see {@link CTime}); a time that does not fit a C {@code struct tm} gives
 * nil. Times are converted to C's {@code time_t} by truncation, NaN and huge values as x86-64 does.
 * {@code os.difftime} truncates both times to whole seconds first. Failures of remove and rename return
 * {@code nil, "name: No such file or directory", 2} with glibc's texts and numbers (see {@link Errno}).
 *
 * <p>Differences, by design: {@code os.clock()} is not the process CPU time (which, for a JVM, includes
 * JIT and GC threads and would run faster than the wall clock) but the monotonic time elapsed since this
 * class was initialised, in seconds; Lua code uses it to measure and to budget work, for which that is the
 * meaningful number. {@code os.exit} throws {@link LuaExit} after flushing open files instead of ending
 * the JVM, so that the host decides. {@code os.execute} runs the command through {@code /bin/sh -c} (or
 * {@code cmd /c} on Windows) with the JVM's own standard streams, and returns C's wait status (exit code
 * times 256). {@code os.setlocale} only records names: the runtime always behaves as the C locale, so it
 * accepts "C", "POSIX" and "" (the environment's locale name, like glibc returns) and fails (nil) for
 * anything else. {@code os.tmpname} creates {@code /tmp/lua_XXXXXX} like LuaJIT's {@code mkstemp}, or
 * the same name in {@code java.io.tmpdir} where there is no {@code /tmp}.
 */
public final class OsLib {
    private OsLib() {
    }

    private static final long CLOCK_START = System.nanoTime();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String[] LOCALE_CATEGORIES = {"ctype", "numeric", "time", "collate", "monetary", "", "all"};

    public static LuaTable install(LuaTable globals) {
        LuaTable os = new LuaTable();
        define(os, "time", OsLib::time);
        define(os, "date", OsLib::date);
        define(os, "clock", args -> results((System.nanoTime() - CLOCK_START) / 1e9));
        define(os, "difftime", args -> {
            double t1 = checkNumber(args, 0, "difftime");
            double t0 = optNumber(args, 1, "difftime", 0);
            return results((double) NumberText.toInt64(t1) - (double) NumberText.toInt64(t0));
        });
        define(os, "getenv", args -> {
            String name = checkString(args, 0, "getenv");
            return results(Errno.luaText(System.getenv(Errno.javaName(name))));
        });
        define(os, "tmpname", args -> results(tmpname()));
        define(os, "remove", args -> {
            String name = checkString(args, 0, "remove");
            try {
                Files.delete(Errno.path(name));
                return results(Boolean.TRUE);
            } catch (IOException | SecurityException e) {
                return Errno.failure(e, name);
            }
        });
        define(os, "rename", args -> {
            String from = checkString(args, 0, "rename");
            String to = checkString(args, 1, "rename");
            try {
                Files.move(Errno.path(from), Errno.path(to), StandardCopyOption.ATOMIC_MOVE);
                return results(Boolean.TRUE);
            } catch (IOException | SecurityException e) {
                return Errno.failure(e, from);
            }
        });
        define(os, "exit", args -> {
            int status;
            if (args.length > 0 && args[0] instanceof Boolean b) {
                status = b ? 0 : 1;
            } else {
                status = (int) optInteger(args, 0, "exit", 0);
            }
            LuaFile.flushAll();
            throw new LuaExit(status);
        });
        define(os, "execute", args -> results(execute(optString(args, 0, "execute", null))));
        String[] locale = {"C"};
        define(os, "setlocale", args -> {
            String name = optString(args, 0, "setlocale", null);
            int category = checkOption(args, 1, "setlocale", "all", LOCALE_CATEGORIES);
            if (name == null) {
                return results(locale[0]);
            }
            if (name.equals("C") || name.equals("POSIX")) {
                locale[0] = "C";
            } else if (name.isEmpty()) {
                locale[0] = environmentLocale(LOCALE_CATEGORIES[category]);
            } else {
                return results((Object) null);
            }
            return results(locale[0]);
        });
        globals.set("os", os);
        return os;
    }

    // ---------------------------------------------------------------- time, date

    private static Object[] time(Object[] args) {
        if (args.length == 0 || args[0] == null) {
            return results((double) Math.floorDiv(System.currentTimeMillis(), 1000L));
        }
        LuaTable t = checkTable(args, 0, "time");
        int sec = field(t, "sec", 0);
        int min = field(t, "min", 0);
        int hour = field(t, "hour", 12);
        int day = field(t, "day", -1);
        int month = field(t, "month", -1);
        int year = field(t, "year", -1);
        Object dst = Lua.index(t, "isdst");
        int isdst = dst == null ? -1 : Lua.truthy(dst) ? 1 : 0;
        // C computes tm_year = year - 1900 and tm_mon = month - 1 in int arithmetic, which wraps.
        int tmYear = year - 1900;
        int tmMon = month - 1;
        Long r = CTime.mktime(tmYear + 1900L, tmMon, day, hour, min, sec, isdst);
        return results(r == null ? null : (Object) (double) r);
    }

    /** LuaJIT's getfield: a number (or numeric string) as a C int, else the default or an error. */
    private static int field(LuaTable t, String key, int dflt) {
        Double d = Lua.tonumber(Lua.index(t, key));
        if (d == null) {
            if (dflt < 0) {
                throw LuaError.runtime("field '" + key + "' missing in date table");
            }
            return dflt;
        }
        return (int) NumberText.toInt64(d);
    }

    private static Object[] date(Object[] args) {
        String format = optString(args, 0, "date", "%c");
        long t = args.length > 1 && args[1] != null
                ? NumberText.toInt64(checkNumber(args, 1, "date"))
                : Math.floorDiv(System.currentTimeMillis(), 1000L);
        boolean utc = format.startsWith("!");
        if (utc) {
            format = format.substring(1);
        }
        CTime.Tm tm = CTime.breakDown(t, utc);
        if (tm == null) {
            return results((Object) null);
        }
        if (format.equals("*t")) {
            LuaTable r = new LuaTable(0, 9);
            r.set("sec", (double) tm.sec);
            r.set("min", (double) tm.min);
            r.set("hour", (double) tm.hour);
            r.set("day", (double) tm.mday);
            r.set("month", (double) (tm.mon + 1));
            r.set("year", (double) (int) tm.year);
            r.set("wday", (double) (tm.wday + 1));
            r.set("yday", (double) (tm.yday + 1));
            r.set("isdst", Lua.bool(tm.isdst));
            return results(r);
        }
        // The format is bytes; strftime copies every byte that is not part of a conversion.
        return results(CTime.strftime(format, tm));
    }

    // ---------------------------------------------------------------- files, processes

    private static String tmpname() {
        File slashTmp = new File("/tmp");
        Path dir = slashTmp.isDirectory() ? slashTmp.toPath() : Path.of(System.getProperty("java.io.tmpdir"));
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        for (int attempt = 0; attempt < 100; attempt++) {
            StringBuilder name = new StringBuilder("lua_");
            for (int i = 0; i < 6; i++) {
                name.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
            }
            Path p = dir.resolve(name.toString());
            try {
                if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createFile(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } else {
                    Files.createFile(p);
                }
                return Errno.luaText(p.toString());
            } catch (FileAlreadyExistsException e) {
                // try another name
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                break;
            }
        }
        throw LuaError.runtime("unable to generate a unique filename");
    }

    private static double execute(String command) {
        if (command == null) {
            return 1;
        }
        LuaFile.flushAll();
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        ProcessBuilder pb = windows
                ? new ProcessBuilder("cmd", "/c", Errno.javaName(command))
                : new ProcessBuilder("/bin/sh", "-c", Errno.javaName(command));
        pb.inheritIO();
        try {
            Process p = pb.start();
            boolean interrupted = false;
            while (true) {
                try {
                    int code = p.waitFor();
                    if (interrupted) {
                        Thread.currentThread().interrupt();
                    }
                    return code * 256.0;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (IOException e) {
            return 127 * 256.0;
        }
    }

    private static String environmentLocale(String category) {
        String[] names = {"LC_ALL", category.isEmpty() || category.equals("all") ? null : "LC_" + category.toUpperCase(Locale.ROOT), "LANG"};
        for (String n : names) {
            if (n != null) {
                String v = System.getenv(n);
                if (v != null && !v.isEmpty()) {
                    return Errno.luaText(v);
                }
            }
        }
        return "C";
    }
}
