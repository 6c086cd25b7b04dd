package dev.lua2java.runtime.lib;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The C time functions behind {@code os.time} and {@code os.date}, as glibc implements them in the "C"
 * locale (LuaJIT never calls {@code setlocale}): {@code gmtime}/{@code localtime}, {@code mktime} with
 * C's normalisation of out-of-range fields, and {@code strftime} with glibc's flags ({@code _ - 0 ^ #}),
 * field widths, {@code E}/{@code O} modifiers and its copying of unknown conversions verbatim.
 *
 * <p>Calendar arithmetic is done on 64-bit integers (proleptic Gregorian calendar, as glibc), so years
 * far outside {@code java.time}'s range work as in C; a year that does not fit C's {@code int tm_year}
 * fails like glibc does (os.date returns nil, os.time returns nil). The local time zone is Java's
 * default zone ({@code TZ} or the system setting, or whatever the host set), with java.time's copy of the
 * tz database.
 *
 * <p>{@code mktime} follows glibc's algorithm step by step, including its process-wide memory of the
 * last offset found, which decides which of two candidate times a repeated local time (DST end) gets;
 * the zone data is java.time's copy of the tz database rather than the system's TZif files.
 *
 * <p>Differences from glibc: zone abbreviations ({@code %Z}) come from Java's zone names ("CET", "EST",
 * "UTC"; "LMT" before a zone's first transition), which differ from the tz database's for some zones
 * (numeric ones like "+03", Lord Howe's "+1030"). Java's tz data is compiled in the "rearguard" format,
 * without negative DST, so for Europe/Dublin (and Africa/Casablanca, Africa/Windhoek in some years)
 * {@code isdst} is true in summer where glibc says it is true in winter, and {@code isdst}-directed
 * {@code os.time} results differ there accordingly. Widths on {@code %z} are not emulated (glibc's
 * output there is odd).
 */
final class CTime {
    private CTime() {
    }

    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private static final long MIN_INSTANT = Instant.MIN.getEpochSecond();
    private static final long MAX_INSTANT = Instant.MAX.getEpochSecond();

    /** C's {@code struct tm}, with the year as the full year. */
    static final class Tm {
        int sec;
        int min;
        int hour;
        int mday;
        /** 0..11. */
        int mon;
        long year;
        /** 0..6, Sunday is 0. */
        int wday;
        /** 0..365. */
        int yday;
        boolean isdst;
        /** Seconds east of UTC. */
        int gmtoff;
        /** The local zone (null for UTC), for the zone name, which is looked up only when formatted. */
        ZoneId zoneId;
        /** The time it was made from. */
        long time;
    }

    static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    // ---------------------------------------------------------------- calendar

    /** Days since 1970-01-01 of a proleptic Gregorian date (month 1..12). */
    static long daysFromCivil(long y, long m, long d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    private static boolean isLeap(long y) {
        return Math.floorMod(y, 4) == 0 && (Math.floorMod(y, 100) != 0 || Math.floorMod(y, 400) == 0);
    }

    private static boolean fitsTmYear(long year) {
        return year - 1900 >= Integer.MIN_VALUE && year - 1900 <= Integer.MAX_VALUE;
    }

    private static Instant instant(long t) {
        return Instant.ofEpochSecond(Math.max(MIN_INSTANT, Math.min(MAX_INSTANT, t)));
    }

    // ---------------------------------------------------------------- gmtime / localtime

    /** {@code gmtime_r} ({@code utc}) or {@code localtime_r}; null where C fails (year overflow). */
    static Tm breakDown(long t, boolean utc) {
        int offset = 0;
        boolean dst = false;
        ZoneId zone = null;
        if (!utc) {
            zone = zone();
            ZoneRules rules = zone.getRules();
            Instant at = instant(t);
            offset = rules.getOffset(at).getTotalSeconds();
            dst = rules.isDaylightSavings(at);
        }
        long local;
        try {
            local = Math.addExact(t, offset);
        } catch (ArithmeticException e) {
            return null;
        }
        long days = Math.floorDiv(local, 86400);
        long secs = Math.floorMod(local, 86400);
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        if (!fitsTmYear(y)) {
            return null;
        }
        Tm tm = new Tm();
        tm.year = y;
        tm.mon = (int) m - 1;
        tm.mday = (int) d;
        tm.hour = (int) (secs / 3600);
        tm.min = (int) (secs / 60 % 60);
        tm.sec = (int) (secs % 60);
        tm.wday = (int) Math.floorMod(days + 4, 7);
        tm.yday = (int) (days - daysFromCivil(y, 1, 1));
        tm.isdst = dst;
        tm.gmtoff = offset;
        tm.zoneId = zone;
        tm.time = t;
        return tm;
    }

    /** {@code tm_zone}: "GMT" for gmtime, the local zone's abbreviation at that time for localtime. */
    private static String zoneName(Tm tm) {
        if (tm.zoneId == null) {
            return "GMT";
        }
        ZoneRules rules = tm.zoneId.getRules();
        Instant at = instant(tm.time);
        if (!rules.isFixedOffset()) {
            List<ZoneOffsetTransition> transitions = rules.getTransitions();
            if (!transitions.isEmpty() && at.isBefore(transitions.get(0).getInstant())) {
                return "LMT";
            }
        }
        return TimeZone.getTimeZone(tm.zoneId).getDisplayName(tm.isdst, TimeZone.SHORT, Locale.ROOT);
    }

    // ---------------------------------------------------------------- mktime

    /**
     * glibc's {@code static localtime_offset}: mktime starts probing with the UTC offset its previous
     * call found, which decides the result for a local time that occurs twice (DST end). Process-wide,
     * like glibc's.
     */
    private static long localtimeOffset;

    /** Seconds since the epoch of a broken-down time read as UTC. */
    private static long localSeconds(Tm tm) {
        return (daysFromCivil(tm.year, 1, 1) + tm.yday) * 86400 + tm.hour * 3600L + tm.min * 60L + tm.sec;
    }

    private static boolean isdstDiffer(int requested, boolean actual) {
        return requested >= 0 && (requested != 0) != actual;
    }

    /**
     * glibc's {@code mktime} ({@code __mktime_internal}) in the local zone: fields out of range are
     * normalised (month 13 is January of the next year, day 0 the last day of the previous month...);
     * {@code isdst} is negative for "find out", 0 for standard time, positive for daylight time. The
     * algorithm is glibc's, step by step: probe localtime starting from the previous call's offset, break
     * oscillations in spring-forward gaps, search neighbouring times for the requested isdst and fall back
     * to a one-hour shift, and clamp seconds to 0..59 while probing. Null where C returns -1 (overflow,
     * and the time that really is -1).
     */
    static synchronized Long mktime(long year, long mon0, long mday, long hour, long min, long sec, int isdst) {
        long y = year + Math.floorDiv(mon0, 12);
        long m = Math.floorMod(mon0, 12);
        long yday = daysFromCivil(y, m + 1, 1) - daysFromCivil(y, 1, 1) + mday - 1;
        long clampedSec = Math.max(0, Math.min(59, sec));
        long target = (daysFromCivil(y, 1, 1) + yday) * 86400 + hour * 3600 + min * 60 + clampedSec;
        long negativeOffsetGuess = -localtimeOffset;
        long t0 = target - negativeOffsetGuess;
        long t = t0;
        long t1 = t0;
        long t2 = t0;
        boolean dst2 = false;
        int remainingProbes = 6;
        Tm tm;
        boolean found = false;
        while (true) {
            tm = breakDown(t, false);
            if (tm == null) {
                return null;
            }
            long dt = target - localSeconds(tm);
            if (dt == 0) {
                break;
            }
            if (t == t1 && t != t2 && (isdst < 0 ? !dst2 || tm.isdst : (isdst != 0) != tm.isdst)) {
                // Oscillating across a spring-forward gap: take this side.
                found = true;
                break;
            }
            if (--remainingProbes == 0) {
                return null;
            }
            t1 = t2;
            t2 = t;
            t += dt;
            dst2 = tm.isdst;
        }
        if (!found && isdstDiffer(isdst, tm.isdst)) {
            int dstDifference = (isdst == 0 ? 1 : 0) - (tm.isdst ? 0 : 1);
            int stride = 601200;
            int deltaBound = 457243209 / 2 + stride;
            search:
            for (long delta = stride; delta < deltaBound; delta += stride) {
                for (int direction = -1; direction <= 1; direction += 2) {
                    long ot = t + delta * direction;
                    Tm otm = breakDown(ot, false);
                    if (otm == null) {
                        return null;
                    }
                    if (!isdstDiffer(isdst, otm.isdst)) {
                        long gt = ot + (target - localSeconds(otm));
                        Tm gtm = breakDown(gt, false);
                        if (gtm == null) {
                            return null;
                        }
                        t = gt;
                        tm = gtm;
                        found = true;
                        break search;
                    }
                }
            }
            if (!found) {
                t += 3600L * dstDifference;
                tm = breakDown(t, false);
                if (tm == null) {
                    return null;
                }
            }
        }
        localtimeOffset = t - t0 - negativeOffsetGuess;
        if (sec != tm.sec) {
            t += sec - clampedSec;
            if (breakDown(t, false) == null) {
                return null;
            }
        }
        if (t == -1) {
            return null;
        }
        return t;
    }

    // ---------------------------------------------------------------- strftime

    /** glibc's {@code strftime} in the C locale. */
    static String strftime(String format, Tm tm) {
        StringBuilder out = new StringBuilder();
        int n = format.length();
        int i = 0;
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i++;
            char pad = 0;
            boolean upcase = false;
            boolean swapcase = false;
            for (; i < n; i++) {
                char f = format.charAt(i);
                if (f == '_' || f == '-' || f == '0') {
                    pad = f;
                } else if (f == '^') {
                    upcase = true;
                } else if (f == '#') {
                    swapcase = true;
                } else {
                    break;
                }
            }
            int width = -1;
            if (i < n && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
                width = 0;
                while (i < n && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
                    width = (int) Math.min(Integer.MAX_VALUE / 10, width * 10L + (format.charAt(i) - '0'));
                    i++;
                }
            }
            char modifier = 0;
            if (i < n && (format.charAt(i) == 'E' || format.charAt(i) == 'O')) {
                modifier = format.charAt(i++);
            }
            if (i >= n) {
                // glibc: '%' (with flags) at the end of the format is copied as is.
                out.append(format, start, n);
                break;
            }
            char conv = format.charAt(i);
            String piece = convert(conv, modifier, tm, pad, upcase, swapcase, width);
            if (piece == null) {
                out.append(format, start, i + 1);
            } else {
                out.append(piece);
            }
            i++;
        }
        return out.toString();
    }

    /** One conversion, padded; null for an unknown one (copied verbatim by the caller). */
    private static String convert(char conv, char modifier, Tm tm, char pad, boolean upcase, boolean swapcase, int width) {
        if (modifier == 'E' && "cCxXyY".indexOf(conv) < 0) {
            return null;
        }
        if (modifier == 'O' && "deHIkmMSuUVwWy".indexOf(conv) < 0) {
            return null;
        }
        int hour12 = tm.hour % 12 == 0 ? 12 : tm.hour % 12;
        switch (conv) {
            case '%': return text("%", pad, width);
            case 'n': return text("\n", pad, width);
            case 't': return text("\t", pad, width);
            case 'a': return name(DAYS[tm.wday].substring(0, 3), upcase || swapcase, pad, width);
            case 'A': return name(DAYS[tm.wday], upcase || swapcase, pad, width);
            case 'b':
            case 'h': return name(MONTHS[tm.mon].substring(0, 3), upcase || swapcase, pad, width);
            case 'B': return name(MONTHS[tm.mon], upcase || swapcase, pad, width);
            case 'p': {
                String s = tm.hour >= 12 ? "PM" : "AM";
                return text(swapcase ? s.toLowerCase(Locale.ROOT) : s, pad, width);
            }
            case 'P': {
                String s = tm.hour >= 12 ? "pm" : "am";
                return text(upcase ? s.toUpperCase(Locale.ROOT) : s, pad, width);
            }
            case 'Z': {
                String s = zoneName(tm);
                return text(swapcase ? s.toLowerCase(Locale.ROOT) : upcase ? s.toUpperCase(Locale.ROOT) : s, pad, width);
            }
            case 'c': return composite("%a %b %e %H:%M:%S %Y", tm, pad, upcase, width);
            case 'D':
            case 'x': return composite("%m/%d/%y", tm, pad, upcase, width);
            case 'F': return composite("%Y-%m-%d", tm, pad, upcase, width);
            case 'r': return composite("%I:%M:%S %p", tm, pad, upcase, width);
            case 'R': return composite("%H:%M", tm, pad, upcase, width);
            case 'T':
            case 'X': return composite("%H:%M:%S", tm, pad, upcase, width);
            case 'C': return yearish(Math.floorDiv(tm.year, 100), pad, width);
            case 'Y': return yearish(tm.year, pad, width);
            case 'y': return number(2, Math.floorMod(tm.year, 100), pad, width);
            case 'd': return number(2, tm.mday, pad, width);
            case 'e': return spaceNumber(2, tm.mday, pad, width);
            case 'H': return number(2, tm.hour, pad, width);
            case 'k': return spaceNumber(2, tm.hour, pad, width);
            case 'I': return number(2, hour12, pad, width);
            case 'l': return spaceNumber(2, hour12, pad, width);
            case 'j': return number(3, tm.yday + 1, pad, width);
            case 'm': return number(2, tm.mon + 1, pad, width);
            case 'M': return number(2, tm.min, pad, width);
            case 'S': return number(2, tm.sec, pad, width);
            case 's': return number(1, secondsOf(tm), pad, width);
            case 'u': return number(1, (tm.wday + 6) % 7 + 1, pad, width);
            case 'w': return number(1, tm.wday, pad, width);
            case 'U': return number(2, (tm.yday - tm.wday + 7) / 7, pad, width);
            case 'W': return number(2, (tm.yday - (tm.wday - 1 + 7) % 7 + 7) / 7, pad, width);
            case 'V':
            case 'g':
            case 'G': {
                long year = tm.year;
                int days = isoWeekDays(tm.yday, tm.wday);
                if (days < 0) {
                    year--;
                    days = isoWeekDays(tm.yday + (365 + (isLeap(year) ? 1 : 0)), tm.wday);
                } else {
                    int d = isoWeekDays(tm.yday - (365 + (isLeap(year) ? 1 : 0)), tm.wday);
                    if (d >= 0) {
                        year++;
                        days = d;
                    }
                }
                if (conv == 'g') {
                    return number(2, Math.floorMod(year, 100), pad, width);
                }
                if (conv == 'G') {
                    return yearish(year, pad, width);
                }
                return number(2, days / 7 + 1, pad, width);
            }
            case 'z': {
                int diff = tm.gmtoff;
                char sign = diff < 0 ? '-' : '+';
                diff = Math.abs(diff) / 60;
                return sign + String.format("%04d", diff / 60 * 100 + diff % 60);
            }
            default: return null;
        }
    }

    private static int isoWeekDays(int yday, int wday) {
        int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
        return yday - (yday - wday + 4 + bigEnoughMultipleOf7) % 7 + 4 - 1;
    }

    /** {@code %s}: glibc runs mktime on the broken-down time, in the local zone even for gmtime's (-1 on failure). */
    private static long secondsOf(Tm tm) {
        Long t = mktime(tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.isdst ? 1 : 0);
        return t == null ? -1 : t;
    }

    private static String composite(String sub, Tm tm, char pad, boolean upcase, int width) {
        String s = strftime(sub, tm);
        return text(upcase ? s.toUpperCase(Locale.ROOT) : s, pad, width);
    }

    private static String name(String s, boolean upcase, char pad, int width) {
        return text(upcase ? s.toUpperCase(Locale.ROOT) : s, pad, width);
    }

    /** Text padded to an explicit width: with zeros for the '0' flag, spaces otherwise. */
    private static String text(String s, char pad, int width) {
        if (width <= s.length()) {
            return s;
        }
        return String.valueOf(pad == '0' ? '0' : ' ').repeat(width - s.length()) + s;
    }

    /** A number with its natural digits, zero padded unless '_' (spaces) or '-' (none). */
    private static String number(int digits, long value, char pad, int width) {
        return padNumber(digits, value, pad == 0 ? '0' : pad, width);
    }

    /** %e %k %l: natural padding with spaces. */
    private static String spaceNumber(int digits, long value, char pad, int width) {
        return padNumber(digits, value, pad == 0 ? '_' : pad, width);
    }

    /** %Y %C %G: no natural padding; an explicit width pads with zeros by default. */
    private static String yearish(long value, char pad, int width) {
        return padNumber(1, value, pad == 0 ? '0' : pad, width);
    }

    /**
     * glibc's number padding: to the natural digits (not with '-') or the explicit width, whichever is
     * larger; zeros after the sign for '0', spaces before it otherwise.
     */
    private static String padNumber(int digits, long value, char flag, int width) {
        boolean negative = value < 0;
        String body = negative ? Long.toString(value).substring(1) : Long.toString(value);
        String s = negative ? "-" + body : body;
        int target = Math.max(flag == '-' ? 0 : digits, width);
        if (s.length() >= target) {
            return s;
        }
        if (flag == '0') {
            return (negative ? "-" : "") + "0".repeat(target - s.length()) + body;
        }
        return " ".repeat(target - s.length()) + s;
    }
}
