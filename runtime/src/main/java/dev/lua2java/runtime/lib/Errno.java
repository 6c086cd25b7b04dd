package dev.lua2java.runtime.lib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * C's {@code errno} and {@code strerror} for the io and os libraries: LuaJIT reports a failed file
 * operation as {@code nil, "name: No such file or directory", 2}. Java reports the same failures as
 * exceptions; this class maps them back to glibc's (Linux x86-64) error numbers and texts, which is what
 * the reference LuaJIT prints. Java's Unix file system provider puts {@code strerror}'s text in the reason
 * of a {@link FileSystemException}; the dedicated subclasses (no such file, access denied...) are mapped by
 * type. Also here: file names, which are Lua byte strings decoded as UTF-8 at this boundary, and end at
 * their first NUL byte like C strings.
 */
final class Errno {
    private Errno() {
    }

    static final int EPERM = 1;
    static final int ENOENT = 2;
    static final int EIO = 5;
    static final int EBADF = 9;
    static final int EACCES = 13;
    static final int EEXIST = 17;
    static final int EXDEV = 18;
    static final int ENOTDIR = 20;
    static final int EISDIR = 21;
    static final int EINVAL = 22;
    static final int ESPIPE = 29;
    static final int ENOTEMPTY = 39;

    private static final Map<Integer, String> TEXT = new HashMap<>();
    private static final Map<String, Integer> NUMBER = new HashMap<>();

    static {
        def(1, "Operation not permitted");
        def(2, "No such file or directory");
        def(3, "No such process");
        def(4, "Interrupted system call");
        def(5, "Input/output error");
        def(6, "No such device or address");
        def(7, "Argument list too long");
        def(9, "Bad file descriptor");
        def(11, "Resource temporarily unavailable");
        def(12, "Cannot allocate memory");
        def(13, "Permission denied");
        def(16, "Device or resource busy");
        def(17, "File exists");
        def(18, "Invalid cross-device link");
        def(19, "No such device");
        def(20, "Not a directory");
        def(21, "Is a directory");
        def(22, "Invalid argument");
        def(23, "Too many open files in system");
        def(24, "Too many open files");
        def(26, "Text file busy");
        def(27, "File too large");
        def(28, "No space left on device");
        def(29, "Illegal seek");
        def(30, "Read-only file system");
        def(31, "Too many links");
        def(32, "Broken pipe");
        def(36, "File name too long");
        def(39, "Directory not empty");
        def(40, "Too many levels of symbolic links");
        def(95, "Operation not supported");
        def(122, "Disk quota exceeded");
    }

    private static void def(int errno, String text) {
        TEXT.put(errno, text);
        NUMBER.put(text, errno);
    }

    static String text(int errno) {
        String t = TEXT.get(errno);
        return t != null ? t : "Unknown error " + errno;
    }

    /** A failure that already knows its C error number (a read on a write-only file is EBADF...). */
    static final class Failure extends IOException {
        final int errno;

        Failure(int errno) {
            super(text(errno), null);
            this.errno = errno;
        }
    }

    /** The errno of a failed Java file operation. */
    static int of(Throwable e) {
        if (e instanceof Failure f) {
            return f.errno;
        }
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        }
        if (e instanceof AccessDeniedException) {
            return EACCES;
        }
        if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        }
        if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        }
        if (e instanceof AtomicMoveNotSupportedException) {
            return EXDEV;
        }
        if (e instanceof InvalidPathException) {
            return ENOENT;
        }
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (reason != null) {
            Integer n = NUMBER.get(reason);
            if (n != null) {
                return n;
            }
            for (Map.Entry<String, Integer> entry : NUMBER.entrySet()) {
                if (reason.startsWith(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return EIO;
    }

    /** {@code nil, "[name: ]strerror", errno}: {@code luaL_fileresult} of a failure. */
    static Object[] failure(int errno, String luaName) {
        String text = text(errno);
        return new Object[] {null, luaName == null ? text : luaName + ": " + text, (double) errno};
    }

    static Object[] failure(Throwable e, String luaName) {
        return failure(of(e), luaName);
    }

    /** The message part of {@link #failure}, for errors raised instead of returned. */
    static String message(int errno, String luaName) {
        String text = text(errno);
        return luaName == null ? text : luaName + ": " + text;
    }

    /** A Lua byte string as a Java file name: up to the first NUL, UTF-8 decoded. */
    static String javaName(String luaName) {
        int nul = luaName.indexOf('\0');
        String s = nul >= 0 ? luaName.substring(0, nul) : luaName;
        byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The path of a Lua file name; C's empty name names no file, Java's names the working directory. */
    static Path path(String luaName) throws IOException {
        String name = javaName(luaName);
        if (name.isEmpty()) {
            throw new NoSuchFileException(name);
        }
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new NoSuchFileException(name);
        }
    }

    /** Java text (environment values, generated names) as a Lua byte string: its UTF-8 bytes. */
    static String luaText(String javaText) {
        return javaText == null ? null : LuaGlobals.bytes(javaText);
    }
}
