package dev.lua2java.runtime.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lua2java.runtime.Lua;
import dev.lua2java.runtime.LuaError;
import dev.lua2java.runtime.LuaFunction;
import dev.lua2java.runtime.LuaTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The os library; expected results printed by LuaJIT 2.1.1723675123 (glibc 2.36) with {@code TZ} set to
 * the zone of each case. The tests set Java's default time zone, which is what the library uses.
 */
class OsLibTest {
    private static final LuaTable OS = OsLib.install(new LuaTable());
    private static TimeZone savedZone;

    @BeforeAll
    static void saveZone() {
        savedZone = TimeZone.getDefault();
    }

    @AfterAll
    static void restoreZone() {
        TimeZone.setDefault(savedZone);
    }

    private static Object[] os(String fn, Object... args) {
        return ((LuaFunction) OS.get(fn)).invoke(args);
    }

    private static String errorOf(Runnable r) {
        LuaError e = assertThrows(LuaError.class, r::run);
        return String.valueOf(e.value());
    }

    private static Object[] a(Object... values) {
        return values;
    }

    private static void zone(String id) {
        TimeZone.setDefault(TimeZone.getTimeZone(id));
    }

    private static LuaTable table(Object... keyValues) {
        LuaTable t = new LuaTable();
        for (int i = 0; i < keyValues.length; i += 2) {
            t.set(keyValues[i], keyValues[i + 1]);
        }
        return t;
    }

    // ---------------------------------------------------------------- os.date

    /** {zone, format, time, LuaJIT's result}. */
    private static final Object[][] DATES = {
            {"UTC", "%c", 0d, "Thu Jan  1 00:00:00 1970"},
            {"UTC", "%c", 1700000000d, "Tue Nov 14 22:13:20 2023"},
            {"UTC", "%c", 1720000000d, "Wed Jul  3 09:46:40 2024"},
            {"UTC", "%c", -1d, "Wed Dec 31 23:59:59 1969"},
            {"UTC", "%c", -5000000000d, "Tue Jul 23 15:06:40 1811"},
            {"UTC", "%c", 100000000000d, "Wed Nov 16 09:46:40 5138"},
            {"UTC", "%c", 1704067200d, "Mon Jan  1 00:00:00 2024"},
            {"UTC", "%c", 1703980800d, "Sun Dec 31 00:00:00 2023"},
            {"UTC", "%c", 1735603200d, "Tue Dec 31 00:00:00 2024"},
            {"UTC", "%c", -62167219200d, "Sat Jan  1 00:00:00 0"},
            {"UTC", "!%c", 0d, "Thu Jan  1 00:00:00 1970"},
            {"UTC", "!%c", 1700000000d, "Tue Nov 14 22:13:20 2023"},
            {"UTC", "!%c", 1720000000d, "Wed Jul  3 09:46:40 2024"},
            {"UTC", "!%c", -1d, "Wed Dec 31 23:59:59 1969"},
            {"UTC", "!%c", -5000000000d, "Tue Jul 23 15:06:40 1811"},
            {"UTC", "!%c", 100000000000d, "Wed Nov 16 09:46:40 5138"},
            {"UTC", "!%c", 1704067200d, "Mon Jan  1 00:00:00 2024"},
            {"UTC", "!%c", 1703980800d, "Sun Dec 31 00:00:00 2023"},
            {"UTC", "!%c", 1735603200d, "Tue Dec 31 00:00:00 2024"},
            {"UTC", "!%c", -62167219200d, "Sat Jan  1 00:00:00 0"},
            {"UTC", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 0d, "01/01/70|00:00:00|AM|Thursday|Thu|January|Jan|001|70|%"},
            {"UTC", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 1700000000d, "11/14/23|22:13:20|PM|Tuesday|Tue|November|Nov|318|23|%"},
            {"UTC", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 1720000000d, "07/03/24|09:46:40|AM|Wednesday|Wed|July|Jul|185|24|%"},
            {"UTC", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", -1d, "12/31/69|23:59:59|PM|Wednesday|Wed|December|Dec|365|69|%"},
            {"UTC", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", -5000000000d, "07/23/11|15:06:40|PM|Tuesday|Tue|July|Jul|204|11|%"},
            {"UTC", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 100000000000d, "11/16/38|09:46:40|AM|Wednesday|Wed|November|Nov|320|38|%"},
            {"UTC", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 1704067200d, "01/01/24|00:00:00|AM|Monday|Mon|January|Jan|001|24|%"},
            {"UTC", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 1703980800d, "12/31/23|00:00:00|AM|Sunday|Sun|December|Dec|365|23|%"},
            {"UTC", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 1735603200d, "12/31/24|00:00:00|AM|Tuesday|Tue|December|Dec|366|24|%"},
            {"UTC", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", -62167219200d, "01/01/00|00:00:00|AM|Saturday|Sat|January|Jan|001|00|%"},
            {"UTC", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 0d, "01/01/70| 1|1970-01-01|70|1970|Jan|12| 0|12|\n|12:00:00 AM|00:00|0|\t|00:00:00|4|00|01|4|00|+0000|GMT|19"},
            {"UTC", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 1700000000d, "11/14/23|14|2023-11-14|23|2023|Nov|10|22|10|\n|10:13:20 PM|22:13|1700000000|\t|22:13:20|2|46|46|2|46|+0000|GMT|20"},
            {"UTC", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 1720000000d, "07/03/24| 3|2024-07-03|24|2024|Jul|09| 9| 9|\n|09:46:40 AM|09:46|1720000000|\t|09:46:40|3|26|27|3|27|+0000|GMT|20"},
            {"UTC", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", -1d, "12/31/69|31|1969-12-31|70|1970|Dec|11|23|11|\n|11:59:59 PM|23:59|-1|\t|23:59:59|3|52|01|3|52|+0000|GMT|19"},
            {"UTC", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", -5000000000d, "07/23/11|23|1811-07-23|11|1811|Jul|03|15| 3|\n|03:06:40 PM|15:06|-5000000000|\t|15:06:40|2|29|30|2|29|+0000|GMT|18"},
            {"UTC", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 100000000000d, "11/16/38|16|5138-11-16|38|5138|Nov|09| 9| 9|\n|09:46:40 AM|09:46|100000000000|\t|09:46:40|3|46|46|3|46|+0000|GMT|51"},
            {"UTC", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 1704067200d, "01/01/24| 1|2024-01-01|24|2024|Jan|12| 0|12|\n|12:00:00 AM|00:00|1704067200|\t|00:00:00|1|00|01|1|01|+0000|GMT|20"},
            {"UTC", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 1703980800d, "12/31/23|31|2023-12-31|23|2023|Dec|12| 0|12|\n|12:00:00 AM|00:00|1703980800|\t|00:00:00|7|53|52|0|52|+0000|GMT|20"},
            {"UTC", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 1735603200d, "12/31/24|31|2024-12-31|25|2025|Dec|12| 0|12|\n|12:00:00 AM|00:00|1735603200|\t|00:00:00|2|52|01|2|53|+0000|GMT|20"},
            {"UTC", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", -62167219200d, "01/01/00| 1|0-01-01|99|-1|Jan|12| 0|12|\n|12:00:00 AM|00:00|-62167219200|\t|00:00:00|6|00|52|6|00|+0000|GMT|0"},
            {"UTC", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 0d, "1| 1|00001|1|  1|THU|THU|JANUARY|am|AM|am|gmt|0000001970|      1970|      1970|001|  0|  0|%E|1970|01|70|%+Y|    %|    \t|x"},
            {"UTC", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 1700000000d, "14|14|00014|318|318|TUE|TUE|NOVEMBER|pm|PM|pm|gmt|0000002023|      2023|      2023|014| 22| 22|%E|2023|14|23|%+Y|    %|    \t|x"},
            {"UTC", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 1720000000d, "3| 3|00003|185|185|WED|WED|JULY|am|AM|am|gmt|0000002024|      2024|      2024|003|  9|  9|%E|2024|03|24|%+Y|    %|    \t|x"},
            {"UTC", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", -1d, "31|31|00031|365|365|WED|WED|DECEMBER|pm|PM|pm|gmt|0000001969|      1969|      1969|031| 23| 23|%E|1969|31|69|%+Y|    %|    \t|x"},
            {"UTC", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", -5000000000d, "23|23|00023|204|204|TUE|TUE|JULY|pm|PM|pm|gmt|0000001811|      1811|      1811|023| 15| 15|%E|1811|23|11|%+Y|    %|    \t|x"},
            {"UTC", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 100000000000d, "16|16|00016|320|320|WED|WED|NOVEMBER|am|AM|am|gmt|0000005138|      5138|      5138|016|  9|  9|%E|5138|16|38|%+Y|    %|    \t|x"},
            {"UTC", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 1704067200d, "1| 1|00001|1|  1|MON|MON|JANUARY|am|AM|am|gmt|0000002024|      2024|      2024|001|  0|  0|%E|2024|01|24|%+Y|    %|    \t|x"},
            {"UTC", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 1703980800d, "31|31|00031|365|365|SUN|SUN|DECEMBER|am|AM|am|gmt|0000002023|      2023|      2023|031|  0|  0|%E|2023|31|23|%+Y|    %|    \t|x"},
            {"UTC", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 1735603200d, "31|31|00031|366|366|TUE|TUE|DECEMBER|am|AM|am|gmt|0000002024|      2024|      2024|031|  0|  0|%E|2024|31|24|%+Y|    %|    \t|x"},
            {"UTC", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", -62167219200d, "1| 1|00001|1|  1|SAT|SAT|JANUARY|am|AM|am|gmt|0000000000|         0|         0|001|  0|  0|%E|0|01|00|%+Y|    %|    \t|x"},
            {"UTC", "!%Q %", 0d, "%Q %"},
            {"UTC", "!%Q %", 1700000000d, "%Q %"},
            {"UTC", "!%Q %", 1720000000d, "%Q %"},
            {"UTC", "!%Q %", -1d, "%Q %"},
            {"UTC", "!%Q %", -5000000000d, "%Q %"},
            {"UTC", "!%Q %", 100000000000d, "%Q %"},
            {"UTC", "!%Q %", 1704067200d, "%Q %"},
            {"UTC", "!%Q %", 1703980800d, "%Q %"},
            {"UTC", "!%Q %", 1735603200d, "%Q %"},
            {"UTC", "!%Q %", -62167219200d, "%Q %"},
            {"UTC", "!%Ec", 0d, "Thu Jan  1 00:00:00 1970"},
            {"UTC", "!%Ec", 1700000000d, "Tue Nov 14 22:13:20 2023"},
            {"UTC", "!%Ec", 1720000000d, "Wed Jul  3 09:46:40 2024"},
            {"UTC", "!%Ec", -1d, "Wed Dec 31 23:59:59 1969"},
            {"UTC", "!%Ec", -5000000000d, "Tue Jul 23 15:06:40 1811"},
            {"UTC", "!%Ec", 100000000000d, "Wed Nov 16 09:46:40 5138"},
            {"UTC", "!%Ec", 1704067200d, "Mon Jan  1 00:00:00 2024"},
            {"UTC", "!%Ec", 1703980800d, "Sun Dec 31 00:00:00 2023"},
            {"UTC", "!%Ec", 1735603200d, "Tue Dec 31 00:00:00 2024"},
            {"UTC", "!%Ec", -62167219200d, "Sat Jan  1 00:00:00 0"},
            {"UTC", "!%Oy", 0d, "70"},
            {"UTC", "!%Oy", 1700000000d, "23"},
            {"UTC", "!%Oy", 1720000000d, "24"},
            {"UTC", "!%Oy", -1d, "69"},
            {"UTC", "!%Oy", -5000000000d, "11"},
            {"UTC", "!%Oy", 100000000000d, "38"},
            {"UTC", "!%Oy", 1704067200d, "24"},
            {"UTC", "!%Oy", 1703980800d, "23"},
            {"UTC", "!%Oy", 1735603200d, "24"},
            {"UTC", "!%Oy", -62167219200d, "00"},
            {"UTC", "", 0d, ""},
            {"UTC", "", 1700000000d, ""},
            {"UTC", "", 1720000000d, ""},
            {"UTC", "", -1d, ""},
            {"UTC", "", -5000000000d, ""},
            {"UTC", "", 100000000000d, ""},
            {"UTC", "", 1704067200d, ""},
            {"UTC", "", 1703980800d, ""},
            {"UTC", "", 1735603200d, ""},
            {"UTC", "", -62167219200d, ""},
            {"UTC", "!", 0d, ""},
            {"UTC", "!", 1700000000d, ""},
            {"UTC", "!", 1720000000d, ""},
            {"UTC", "!", -1d, ""},
            {"UTC", "!", -5000000000d, ""},
            {"UTC", "!", 100000000000d, ""},
            {"UTC", "!", 1704067200d, ""},
            {"UTC", "!", 1703980800d, ""},
            {"UTC", "!", 1735603200d, ""},
            {"UTC", "!", -62167219200d, ""},
            {"UTC", "%z|%Z|%s", 0d, "+0000|UTC|0"},
            {"UTC", "%z|%Z|%s", 1700000000d, "+0000|UTC|1700000000"},
            {"UTC", "%z|%Z|%s", 1720000000d, "+0000|UTC|1720000000"},
            {"UTC", "%z|%Z|%s", -1d, "+0000|UTC|-1"},
            {"UTC", "%z|%Z|%s", -5000000000d, "+0000|UTC|-5000000000"},
            {"UTC", "%z|%Z|%s", 100000000000d, "+0000|UTC|100000000000"},
            {"UTC", "%z|%Z|%s", 1704067200d, "+0000|UTC|1704067200"},
            {"UTC", "%z|%Z|%s", 1703980800d, "+0000|UTC|1703980800"},
            {"UTC", "%z|%Z|%s", 1735603200d, "+0000|UTC|1735603200"},
            {"UTC", "%z|%Z|%s", -62167219200d, "+0000|UTC|-62167219200"},
            {"UTC", "!%s", 0d, "0"},
            {"UTC", "!%s", 1700000000d, "1700000000"},
            {"UTC", "!%s", 1720000000d, "1720000000"},
            {"UTC", "!%s", -1d, "-1"},
            {"UTC", "!%s", -5000000000d, "-5000000000"},
            {"UTC", "!%s", 100000000000d, "100000000000"},
            {"UTC", "!%s", 1704067200d, "1704067200"},
            {"UTC", "!%s", 1703980800d, "1703980800"},
            {"UTC", "!%s", 1735603200d, "1735603200"},
            {"UTC", "!%s", -62167219200d, "-62167219200"},
            {"UTC", "!%U %W %V %G %g %u %w", 0d, "00 00 01 1970 70 4 4"},
            {"UTC", "!%U %W %V %G %g %u %w", 1700000000d, "46 46 46 2023 23 2 2"},
            {"UTC", "!%U %W %V %G %g %u %w", 1720000000d, "26 27 27 2024 24 3 3"},
            {"UTC", "!%U %W %V %G %g %u %w", -1d, "52 52 01 1970 70 3 3"},
            {"UTC", "!%U %W %V %G %g %u %w", -5000000000d, "29 29 30 1811 11 2 2"},
            {"UTC", "!%U %W %V %G %g %u %w", 100000000000d, "46 46 46 5138 38 3 3"},
            {"UTC", "!%U %W %V %G %g %u %w", 1704067200d, "00 01 01 2024 24 1 1"},
            {"UTC", "!%U %W %V %G %g %u %w", 1703980800d, "53 52 52 2023 23 7 0"},
            {"UTC", "!%U %W %V %G %g %u %w", 1735603200d, "52 53 01 2025 25 2 2"},
            {"UTC", "!%U %W %V %G %g %u %w", -62167219200d, "00 00 52 -1 99 6 6"},
            {"Europe/Berlin", "%c", 0d, "Thu Jan  1 01:00:00 1970"},
            {"Europe/Berlin", "%c", 1700000000d, "Tue Nov 14 23:13:20 2023"},
            {"Europe/Berlin", "%c", 1720000000d, "Wed Jul  3 11:46:40 2024"},
            {"Europe/Berlin", "%c", -1d, "Thu Jan  1 00:59:59 1970"},
            {"Europe/Berlin", "%c", -5000000000d, "Tue Jul 23 16:00:08 1811"},
            {"Europe/Berlin", "%c", 100000000000d, "Wed Nov 16 10:46:40 5138"},
            {"Europe/Berlin", "%c", 1704067200d, "Mon Jan  1 01:00:00 2024"},
            {"Europe/Berlin", "%c", 1703980800d, "Sun Dec 31 01:00:00 2023"},
            {"Europe/Berlin", "%c", 1735603200d, "Tue Dec 31 01:00:00 2024"},
            {"Europe/Berlin", "%c", -62167219200d, "Sat Jan  1 00:53:28 0"},
            {"Europe/Berlin", "!%c", 0d, "Thu Jan  1 00:00:00 1970"},
            {"Europe/Berlin", "!%c", 1700000000d, "Tue Nov 14 22:13:20 2023"},
            {"Europe/Berlin", "!%c", 1720000000d, "Wed Jul  3 09:46:40 2024"},
            {"Europe/Berlin", "!%c", -1d, "Wed Dec 31 23:59:59 1969"},
            {"Europe/Berlin", "!%c", -5000000000d, "Tue Jul 23 15:06:40 1811"},
            {"Europe/Berlin", "!%c", 100000000000d, "Wed Nov 16 09:46:40 5138"},
            {"Europe/Berlin", "!%c", 1704067200d, "Mon Jan  1 00:00:00 2024"},
            {"Europe/Berlin", "!%c", 1703980800d, "Sun Dec 31 00:00:00 2023"},
            {"Europe/Berlin", "!%c", 1735603200d, "Tue Dec 31 00:00:00 2024"},
            {"Europe/Berlin", "!%c", -62167219200d, "Sat Jan  1 00:00:00 0"},
            {"Europe/Berlin", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 0d, "01/01/70|01:00:00|AM|Thursday|Thu|January|Jan|001|70|%"},
            {"Europe/Berlin", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 1700000000d, "11/14/23|23:13:20|PM|Tuesday|Tue|November|Nov|318|23|%"},
            {"Europe/Berlin", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 1720000000d, "07/03/24|11:46:40|AM|Wednesday|Wed|July|Jul|185|24|%"},
            {"Europe/Berlin", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", -1d, "01/01/70|00:59:59|AM|Thursday|Thu|January|Jan|001|70|%"},
            {"Europe/Berlin", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", -5000000000d, "07/23/11|16:00:08|PM|Tuesday|Tue|July|Jul|204|11|%"},
            {"Europe/Berlin", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 100000000000d, "11/16/38|10:46:40|AM|Wednesday|Wed|November|Nov|320|38|%"},
            {"Europe/Berlin", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 1704067200d, "01/01/24|01:00:00|AM|Monday|Mon|January|Jan|001|24|%"},
            {"Europe/Berlin", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 1703980800d, "12/31/23|01:00:00|AM|Sunday|Sun|December|Dec|365|23|%"},
            {"Europe/Berlin", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 1735603200d, "12/31/24|01:00:00|AM|Tuesday|Tue|December|Dec|366|24|%"},
            {"Europe/Berlin", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", -62167219200d, "01/01/00|00:53:28|AM|Saturday|Sat|January|Jan|001|00|%"},
            {"Europe/Berlin", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 0d, "01/01/70| 1|1970-01-01|70|1970|Jan|12| 0|12|\n|12:00:00 AM|00:00|-3600|\t|00:00:00|4|00|01|4|00|+0000|GMT|19"},
            {"Europe/Berlin", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 1700000000d, "11/14/23|14|2023-11-14|23|2023|Nov|10|22|10|\n|10:13:20 PM|22:13|1699996400|\t|22:13:20|2|46|46|2|46|+0000|GMT|20"},
            {"Europe/Berlin", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 1720000000d, "07/03/24| 3|2024-07-03|24|2024|Jul|09| 9| 9|\n|09:46:40 AM|09:46|1719996400|\t|09:46:40|3|26|27|3|27|+0000|GMT|20"},
            {"Europe/Berlin", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", -1d, "12/31/69|31|1969-12-31|70|1970|Dec|11|23|11|\n|11:59:59 PM|23:59|-3601|\t|23:59:59|3|52|01|3|52|+0000|GMT|19"},
            {"Europe/Berlin", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", -5000000000d, "07/23/11|23|1811-07-23|11|1811|Jul|03|15| 3|\n|03:06:40 PM|15:06|-5000003208|\t|15:06:40|2|29|30|2|29|+0000|GMT|18"},
            {"Europe/Berlin", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 100000000000d, "11/16/38|16|5138-11-16|38|5138|Nov|09| 9| 9|\n|09:46:40 AM|09:46|99999996400|\t|09:46:40|3|46|46|3|46|+0000|GMT|51"},
            {"Europe/Berlin", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 1704067200d, "01/01/24| 1|2024-01-01|24|2024|Jan|12| 0|12|\n|12:00:00 AM|00:00|1704063600|\t|00:00:00|1|00|01|1|01|+0000|GMT|20"},
            {"Europe/Berlin", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 1703980800d, "12/31/23|31|2023-12-31|23|2023|Dec|12| 0|12|\n|12:00:00 AM|00:00|1703977200|\t|00:00:00|7|53|52|0|52|+0000|GMT|20"},
            {"Europe/Berlin", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 1735603200d, "12/31/24|31|2024-12-31|25|2025|Dec|12| 0|12|\n|12:00:00 AM|00:00|1735599600|\t|00:00:00|2|52|01|2|53|+0000|GMT|20"},
            {"Europe/Berlin", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", -62167219200d, "01/01/00| 1|0-01-01|99|-1|Jan|12| 0|12|\n|12:00:00 AM|00:00|-62167222408|\t|00:00:00|6|00|52|6|00|+0000|GMT|0"},
            {"Europe/Berlin", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 0d, "1| 1|00001|1|  1|THU|THU|JANUARY|am|AM|am|gmt|0000001970|      1970|      1970|001|  0|  0|%E|1970|01|70|%+Y|    %|    \t|x"},
            {"Europe/Berlin", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 1700000000d, "14|14|00014|318|318|TUE|TUE|NOVEMBER|pm|PM|pm|gmt|0000002023|      2023|      2023|014| 22| 22|%E|2023|14|23|%+Y|    %|    \t|x"},
            {"Europe/Berlin", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 1720000000d, "3| 3|00003|185|185|WED|WED|JULY|am|AM|am|gmt|0000002024|      2024|      2024|003|  9|  9|%E|2024|03|24|%+Y|    %|    \t|x"},
            {"Europe/Berlin", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", -1d, "31|31|00031|365|365|WED|WED|DECEMBER|pm|PM|pm|gmt|0000001969|      1969|      1969|031| 23| 23|%E|1969|31|69|%+Y|    %|    \t|x"},
            {"Europe/Berlin", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", -5000000000d, "23|23|00023|204|204|TUE|TUE|JULY|pm|PM|pm|gmt|0000001811|      1811|      1811|023| 15| 15|%E|1811|23|11|%+Y|    %|    \t|x"},
            {"Europe/Berlin", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 100000000000d, "16|16|00016|320|320|WED|WED|NOVEMBER|am|AM|am|gmt|0000005138|      5138|      5138|016|  9|  9|%E|5138|16|38|%+Y|    %|    \t|x"},
            {"Europe/Berlin", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 1704067200d, "1| 1|00001|1|  1|MON|MON|JANUARY|am|AM|am|gmt|0000002024|      2024|      2024|001|  0|  0|%E|2024|01|24|%+Y|    %|    \t|x"},
            {"Europe/Berlin", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 1703980800d, "31|31|00031|365|365|SUN|SUN|DECEMBER|am|AM|am|gmt|0000002023|      2023|      2023|031|  0|  0|%E|2023|31|23|%+Y|    %|    \t|x"},
            {"Europe/Berlin", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 1735603200d, "31|31|00031|366|366|TUE|TUE|DECEMBER|am|AM|am|gmt|0000002024|      2024|      2024|031|  0|  0|%E|2024|31|24|%+Y|    %|    \t|x"},
            {"Europe/Berlin", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", -62167219200d, "1| 1|00001|1|  1|SAT|SAT|JANUARY|am|AM|am|gmt|0000000000|         0|         0|001|  0|  0|%E|0|01|00|%+Y|    %|    \t|x"},
            {"Europe/Berlin", "!%Q %", 0d, "%Q %"},
            {"Europe/Berlin", "!%Q %", 1700000000d, "%Q %"},
            {"Europe/Berlin", "!%Q %", 1720000000d, "%Q %"},
            {"Europe/Berlin", "!%Q %", -1d, "%Q %"},
            {"Europe/Berlin", "!%Q %", -5000000000d, "%Q %"},
            {"Europe/Berlin", "!%Q %", 100000000000d, "%Q %"},
            {"Europe/Berlin", "!%Q %", 1704067200d, "%Q %"},
            {"Europe/Berlin", "!%Q %", 1703980800d, "%Q %"},
            {"Europe/Berlin", "!%Q %", 1735603200d, "%Q %"},
            {"Europe/Berlin", "!%Q %", -62167219200d, "%Q %"},
            {"Europe/Berlin", "!%Ec", 0d, "Thu Jan  1 00:00:00 1970"},
            {"Europe/Berlin", "!%Ec", 1700000000d, "Tue Nov 14 22:13:20 2023"},
            {"Europe/Berlin", "!%Ec", 1720000000d, "Wed Jul  3 09:46:40 2024"},
            {"Europe/Berlin", "!%Ec", -1d, "Wed Dec 31 23:59:59 1969"},
            {"Europe/Berlin", "!%Ec", -5000000000d, "Tue Jul 23 15:06:40 1811"},
            {"Europe/Berlin", "!%Ec", 100000000000d, "Wed Nov 16 09:46:40 5138"},
            {"Europe/Berlin", "!%Ec", 1704067200d, "Mon Jan  1 00:00:00 2024"},
            {"Europe/Berlin", "!%Ec", 1703980800d, "Sun Dec 31 00:00:00 2023"},
            {"Europe/Berlin", "!%Ec", 1735603200d, "Tue Dec 31 00:00:00 2024"},
            {"Europe/Berlin", "!%Ec", -62167219200d, "Sat Jan  1 00:00:00 0"},
            {"Europe/Berlin", "!%Oy", 0d, "70"},
            {"Europe/Berlin", "!%Oy", 1700000000d, "23"},
            {"Europe/Berlin", "!%Oy", 1720000000d, "24"},
            {"Europe/Berlin", "!%Oy", -1d, "69"},
            {"Europe/Berlin", "!%Oy", -5000000000d, "11"},
            {"Europe/Berlin", "!%Oy", 100000000000d, "38"},
            {"Europe/Berlin", "!%Oy", 1704067200d, "24"},
            {"Europe/Berlin", "!%Oy", 1703980800d, "23"},
            {"Europe/Berlin", "!%Oy", 1735603200d, "24"},
            {"Europe/Berlin", "!%Oy", -62167219200d, "00"},
            {"Europe/Berlin", "", 0d, ""},
            {"Europe/Berlin", "", 1700000000d, ""},
            {"Europe/Berlin", "", 1720000000d, ""},
            {"Europe/Berlin", "", -1d, ""},
            {"Europe/Berlin", "", -5000000000d, ""},
            {"Europe/Berlin", "", 100000000000d, ""},
            {"Europe/Berlin", "", 1704067200d, ""},
            {"Europe/Berlin", "", 1703980800d, ""},
            {"Europe/Berlin", "", 1735603200d, ""},
            {"Europe/Berlin", "", -62167219200d, ""},
            {"Europe/Berlin", "!", 0d, ""},
            {"Europe/Berlin", "!", 1700000000d, ""},
            {"Europe/Berlin", "!", 1720000000d, ""},
            {"Europe/Berlin", "!", -1d, ""},
            {"Europe/Berlin", "!", -5000000000d, ""},
            {"Europe/Berlin", "!", 100000000000d, ""},
            {"Europe/Berlin", "!", 1704067200d, ""},
            {"Europe/Berlin", "!", 1703980800d, ""},
            {"Europe/Berlin", "!", 1735603200d, ""},
            {"Europe/Berlin", "!", -62167219200d, ""},
            {"Europe/Berlin", "%z|%Z|%s", 0d, "+0100|CET|0"},
            {"Europe/Berlin", "%z|%Z|%s", 1700000000d, "+0100|CET|1700000000"},
            {"Europe/Berlin", "%z|%Z|%s", 1720000000d, "+0200|CEST|1720000000"},
            {"Europe/Berlin", "%z|%Z|%s", -1d, "+0100|CET|-1"},
            {"Europe/Berlin", "%z|%Z|%s", -5000000000d, "+0053|LMT|-5000000000"},
            {"Europe/Berlin", "%z|%Z|%s", 100000000000d, "+0100|CET|100000000000"},
            {"Europe/Berlin", "%z|%Z|%s", 1704067200d, "+0100|CET|1704067200"},
            {"Europe/Berlin", "%z|%Z|%s", 1703980800d, "+0100|CET|1703980800"},
            {"Europe/Berlin", "%z|%Z|%s", 1735603200d, "+0100|CET|1735603200"},
            {"Europe/Berlin", "%z|%Z|%s", -62167219200d, "+0053|LMT|-62167219200"},
            {"Europe/Berlin", "!%s", 0d, "-3600"},
            {"Europe/Berlin", "!%s", 1700000000d, "1699996400"},
            {"Europe/Berlin", "!%s", 1720000000d, "1719996400"},
            {"Europe/Berlin", "!%s", -1d, "-3601"},
            {"Europe/Berlin", "!%s", -5000000000d, "-5000003208"},
            {"Europe/Berlin", "!%s", 100000000000d, "99999996400"},
            {"Europe/Berlin", "!%s", 1704067200d, "1704063600"},
            {"Europe/Berlin", "!%s", 1703980800d, "1703977200"},
            {"Europe/Berlin", "!%s", 1735603200d, "1735599600"},
            {"Europe/Berlin", "!%s", -62167219200d, "-62167222408"},
            {"Europe/Berlin", "!%U %W %V %G %g %u %w", 0d, "00 00 01 1970 70 4 4"},
            {"Europe/Berlin", "!%U %W %V %G %g %u %w", 1700000000d, "46 46 46 2023 23 2 2"},
            {"Europe/Berlin", "!%U %W %V %G %g %u %w", 1720000000d, "26 27 27 2024 24 3 3"},
            {"Europe/Berlin", "!%U %W %V %G %g %u %w", -1d, "52 52 01 1970 70 3 3"},
            {"Europe/Berlin", "!%U %W %V %G %g %u %w", -5000000000d, "29 29 30 1811 11 2 2"},
            {"Europe/Berlin", "!%U %W %V %G %g %u %w", 100000000000d, "46 46 46 5138 38 3 3"},
            {"Europe/Berlin", "!%U %W %V %G %g %u %w", 1704067200d, "00 01 01 2024 24 1 1"},
            {"Europe/Berlin", "!%U %W %V %G %g %u %w", 1703980800d, "53 52 52 2023 23 7 0"},
            {"Europe/Berlin", "!%U %W %V %G %g %u %w", 1735603200d, "52 53 01 2025 25 2 2"},
            {"Europe/Berlin", "!%U %W %V %G %g %u %w", -62167219200d, "00 00 52 -1 99 6 6"},
            {"America/New_York", "%c", 0d, "Wed Dec 31 19:00:00 1969"},
            {"America/New_York", "%c", 1700000000d, "Tue Nov 14 17:13:20 2023"},
            {"America/New_York", "%c", 1720000000d, "Wed Jul  3 05:46:40 2024"},
            {"America/New_York", "%c", -1d, "Wed Dec 31 18:59:59 1969"},
            {"America/New_York", "%c", -5000000000d, "Tue Jul 23 10:10:38 1811"},
            {"America/New_York", "%c", 100000000000d, "Wed Nov 16 04:46:40 5138"},
            {"America/New_York", "%c", 1704067200d, "Sun Dec 31 19:00:00 2023"},
            {"America/New_York", "%c", 1703980800d, "Sat Dec 30 19:00:00 2023"},
            {"America/New_York", "%c", 1735603200d, "Mon Dec 30 19:00:00 2024"},
            {"America/New_York", "%c", -62167219200d, "Fri Dec 31 19:03:58 -1"},
            {"America/New_York", "!%c", 0d, "Thu Jan  1 00:00:00 1970"},
            {"America/New_York", "!%c", 1700000000d, "Tue Nov 14 22:13:20 2023"},
            {"America/New_York", "!%c", 1720000000d, "Wed Jul  3 09:46:40 2024"},
            {"America/New_York", "!%c", -1d, "Wed Dec 31 23:59:59 1969"},
            {"America/New_York", "!%c", -5000000000d, "Tue Jul 23 15:06:40 1811"},
            {"America/New_York", "!%c", 100000000000d, "Wed Nov 16 09:46:40 5138"},
            {"America/New_York", "!%c", 1704067200d, "Mon Jan  1 00:00:00 2024"},
            {"America/New_York", "!%c", 1703980800d, "Sun Dec 31 00:00:00 2023"},
            {"America/New_York", "!%c", 1735603200d, "Tue Dec 31 00:00:00 2024"},
            {"America/New_York", "!%c", -62167219200d, "Sat Jan  1 00:00:00 0"},
            {"America/New_York", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 0d, "12/31/69|19:00:00|PM|Wednesday|Wed|December|Dec|365|69|%"},
            {"America/New_York", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 1700000000d, "11/14/23|17:13:20|PM|Tuesday|Tue|November|Nov|318|23|%"},
            {"America/New_York", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 1720000000d, "07/03/24|05:46:40|AM|Wednesday|Wed|July|Jul|185|24|%"},
            {"America/New_York", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", -1d, "12/31/69|18:59:59|PM|Wednesday|Wed|December|Dec|365|69|%"},
            {"America/New_York", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", -5000000000d, "07/23/11|10:10:38|AM|Tuesday|Tue|July|Jul|204|11|%"},
            {"America/New_York", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 100000000000d, "11/16/38|04:46:40|AM|Wednesday|Wed|November|Nov|320|38|%"},
            {"America/New_York", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 1704067200d, "12/31/23|19:00:00|PM|Sunday|Sun|December|Dec|365|23|%"},
            {"America/New_York", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 1703980800d, "12/30/23|19:00:00|PM|Saturday|Sat|December|Dec|364|23|%"},
            {"America/New_York", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", 1735603200d, "12/30/24|19:00:00|PM|Monday|Mon|December|Dec|365|24|%"},
            {"America/New_York", "%x|%X|%p|%A|%a|%B|%b|%j|%y|%%", -62167219200d, "12/31/99|19:03:58|PM|Friday|Fri|December|Dec|365|99|%"},
            {"America/New_York", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 0d, "01/01/70| 1|1970-01-01|70|1970|Jan|12| 0|12|\n|12:00:00 AM|00:00|18000|\t|00:00:00|4|00|01|4|00|+0000|GMT|19"},
            {"America/New_York", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 1700000000d, "11/14/23|14|2023-11-14|23|2023|Nov|10|22|10|\n|10:13:20 PM|22:13|1700018000|\t|22:13:20|2|46|46|2|46|+0000|GMT|20"},
            {"America/New_York", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 1720000000d, "07/03/24| 3|2024-07-03|24|2024|Jul|09| 9| 9|\n|09:46:40 AM|09:46|1720018000|\t|09:46:40|3|26|27|3|27|+0000|GMT|20"},
            {"America/New_York", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", -1d, "12/31/69|31|1969-12-31|70|1970|Dec|11|23|11|\n|11:59:59 PM|23:59|17999|\t|23:59:59|3|52|01|3|52|+0000|GMT|19"},
            {"America/New_York", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", -5000000000d, "07/23/11|23|1811-07-23|11|1811|Jul|03|15| 3|\n|03:06:40 PM|15:06|-4999982238|\t|15:06:40|2|29|30|2|29|+0000|GMT|18"},
            {"America/New_York", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 100000000000d, "11/16/38|16|5138-11-16|38|5138|Nov|09| 9| 9|\n|09:46:40 AM|09:46|100000018000|\t|09:46:40|3|46|46|3|46|+0000|GMT|51"},
            {"America/New_York", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 1704067200d, "01/01/24| 1|2024-01-01|24|2024|Jan|12| 0|12|\n|12:00:00 AM|00:00|1704085200|\t|00:00:00|1|00|01|1|01|+0000|GMT|20"},
            {"America/New_York", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 1703980800d, "12/31/23|31|2023-12-31|23|2023|Dec|12| 0|12|\n|12:00:00 AM|00:00|1703998800|\t|00:00:00|7|53|52|0|52|+0000|GMT|20"},
            {"America/New_York", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", 1735603200d, "12/31/24|31|2024-12-31|25|2025|Dec|12| 0|12|\n|12:00:00 AM|00:00|1735621200|\t|00:00:00|2|52|01|2|53|+0000|GMT|20"},
            {"America/New_York", "!%D|%e|%F|%g|%G|%h|%I|%k|%l|%n|%r|%R|%s|%t|%T|%u|%U|%V|%w|%W|%z|%Z|%C", -62167219200d, "01/01/00| 1|0-01-01|99|-1|Jan|12| 0|12|\n|12:00:00 AM|00:00|-62167201438|\t|00:00:00|6|00|52|6|00|+0000|GMT|0"},
            {"America/New_York", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 0d, "1| 1|00001|1|  1|THU|THU|JANUARY|am|AM|am|gmt|0000001970|      1970|      1970|001|  0|  0|%E|1970|01|70|%+Y|    %|    \t|x"},
            {"America/New_York", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 1700000000d, "14|14|00014|318|318|TUE|TUE|NOVEMBER|pm|PM|pm|gmt|0000002023|      2023|      2023|014| 22| 22|%E|2023|14|23|%+Y|    %|    \t|x"},
            {"America/New_York", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 1720000000d, "3| 3|00003|185|185|WED|WED|JULY|am|AM|am|gmt|0000002024|      2024|      2024|003|  9|  9|%E|2024|03|24|%+Y|    %|    \t|x"},
            {"America/New_York", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", -1d, "31|31|00031|365|365|WED|WED|DECEMBER|pm|PM|pm|gmt|0000001969|      1969|      1969|031| 23| 23|%E|1969|31|69|%+Y|    %|    \t|x"},
            {"America/New_York", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", -5000000000d, "23|23|00023|204|204|TUE|TUE|JULY|pm|PM|pm|gmt|0000001811|      1811|      1811|023| 15| 15|%E|1811|23|11|%+Y|    %|    \t|x"},
            {"America/New_York", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 100000000000d, "16|16|00016|320|320|WED|WED|NOVEMBER|am|AM|am|gmt|0000005138|      5138|      5138|016|  9|  9|%E|5138|16|38|%+Y|    %|    \t|x"},
            {"America/New_York", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 1704067200d, "1| 1|00001|1|  1|MON|MON|JANUARY|am|AM|am|gmt|0000002024|      2024|      2024|001|  0|  0|%E|2024|01|24|%+Y|    %|    \t|x"},
            {"America/New_York", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 1703980800d, "31|31|00031|365|365|SUN|SUN|DECEMBER|am|AM|am|gmt|0000002023|      2023|      2023|031|  0|  0|%E|2023|31|23|%+Y|    %|    \t|x"},
            {"America/New_York", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", 1735603200d, "31|31|00031|366|366|TUE|TUE|DECEMBER|am|AM|am|gmt|0000002024|      2024|      2024|031|  0|  0|%E|2024|31|24|%+Y|    %|    \t|x"},
            {"America/New_York", "!%-d|%_d|%05d|%-j|%_j|%^a|%#a|%^B|%#p|%^p|%P|%#Z|%10Y|%-10Y|%_10Y|%3d|%_3H|%-3H|%E|%EY|%Od|%Ey|%+Y|%5%|%-5t|x", -62167219200d, "1| 1|00001|1|  1|SAT|SAT|JANUARY|am|AM|am|gmt|0000000000|         0|         0|001|  0|  0|%E|0|01|00|%+Y|    %|    \t|x"},
            {"America/New_York", "!%Q %", 0d, "%Q %"},
            {"America/New_York", "!%Q %", 1700000000d, "%Q %"},
            {"America/New_York", "!%Q %", 1720000000d, "%Q %"},
            {"America/New_York", "!%Q %", -1d, "%Q %"},
            {"America/New_York", "!%Q %", -5000000000d, "%Q %"},
            {"America/New_York", "!%Q %", 100000000000d, "%Q %"},
            {"America/New_York", "!%Q %", 1704067200d, "%Q %"},
            {"America/New_York", "!%Q %", 1703980800d, "%Q %"},
            {"America/New_York", "!%Q %", 1735603200d, "%Q %"},
            {"America/New_York", "!%Q %", -62167219200d, "%Q %"},
            {"America/New_York", "!%Ec", 0d, "Thu Jan  1 00:00:00 1970"},
            {"America/New_York", "!%Ec", 1700000000d, "Tue Nov 14 22:13:20 2023"},
            {"America/New_York", "!%Ec", 1720000000d, "Wed Jul  3 09:46:40 2024"},
            {"America/New_York", "!%Ec", -1d, "Wed Dec 31 23:59:59 1969"},
            {"America/New_York", "!%Ec", -5000000000d, "Tue Jul 23 15:06:40 1811"},
            {"America/New_York", "!%Ec", 100000000000d, "Wed Nov 16 09:46:40 5138"},
            {"America/New_York", "!%Ec", 1704067200d, "Mon Jan  1 00:00:00 2024"},
            {"America/New_York", "!%Ec", 1703980800d, "Sun Dec 31 00:00:00 2023"},
            {"America/New_York", "!%Ec", 1735603200d, "Tue Dec 31 00:00:00 2024"},
            {"America/New_York", "!%Ec", -62167219200d, "Sat Jan  1 00:00:00 0"},
            {"America/New_York", "!%Oy", 0d, "70"},
            {"America/New_York", "!%Oy", 1700000000d, "23"},
            {"America/New_York", "!%Oy", 1720000000d, "24"},
            {"America/New_York", "!%Oy", -1d, "69"},
            {"America/New_York", "!%Oy", -5000000000d, "11"},
            {"America/New_York", "!%Oy", 100000000000d, "38"},
            {"America/New_York", "!%Oy", 1704067200d, "24"},
            {"America/New_York", "!%Oy", 1703980800d, "23"},
            {"America/New_York", "!%Oy", 1735603200d, "24"},
            {"America/New_York", "!%Oy", -62167219200d, "00"},
            {"America/New_York", "", 0d, ""},
            {"America/New_York", "", 1700000000d, ""},
            {"America/New_York", "", 1720000000d, ""},
            {"America/New_York", "", -1d, ""},
            {"America/New_York", "", -5000000000d, ""},
            {"America/New_York", "", 100000000000d, ""},
            {"America/New_York", "", 1704067200d, ""},
            {"America/New_York", "", 1703980800d, ""},
            {"America/New_York", "", 1735603200d, ""},
            {"America/New_York", "", -62167219200d, ""},
            {"America/New_York", "!", 0d, ""},
            {"America/New_York", "!", 1700000000d, ""},
            {"America/New_York", "!", 1720000000d, ""},
            {"America/New_York", "!", -1d, ""},
            {"America/New_York", "!", -5000000000d, ""},
            {"America/New_York", "!", 100000000000d, ""},
            {"America/New_York", "!", 1704067200d, ""},
            {"America/New_York", "!", 1703980800d, ""},
            {"America/New_York", "!", 1735603200d, ""},
            {"America/New_York", "!", -62167219200d, ""},
            {"America/New_York", "%z|%Z|%s", 0d, "-0500|EST|0"},
            {"America/New_York", "%z|%Z|%s", 1700000000d, "-0500|EST|1700000000"},
            {"America/New_York", "%z|%Z|%s", 1720000000d, "-0400|EDT|1720000000"},
            {"America/New_York", "%z|%Z|%s", -1d, "-0500|EST|-1"},
            {"America/New_York", "%z|%Z|%s", -5000000000d, "-0456|LMT|-5000000000"},
            {"America/New_York", "%z|%Z|%s", 100000000000d, "-0500|EST|100000000000"},
            {"America/New_York", "%z|%Z|%s", 1704067200d, "-0500|EST|1704067200"},
            {"America/New_York", "%z|%Z|%s", 1703980800d, "-0500|EST|1703980800"},
            {"America/New_York", "%z|%Z|%s", 1735603200d, "-0500|EST|1735603200"},
            {"America/New_York", "%z|%Z|%s", -62167219200d, "-0456|LMT|-62167219200"},
            {"America/New_York", "!%s", 0d, "18000"},
            {"America/New_York", "!%s", 1700000000d, "1700018000"},
            {"America/New_York", "!%s", 1720000000d, "1720018000"},
            {"America/New_York", "!%s", -1d, "17999"},
            {"America/New_York", "!%s", -5000000000d, "-4999982238"},
            {"America/New_York", "!%s", 100000000000d, "100000018000"},
            {"America/New_York", "!%s", 1704067200d, "1704085200"},
            {"America/New_York", "!%s", 1703980800d, "1703998800"},
            {"America/New_York", "!%s", 1735603200d, "1735621200"},
            {"America/New_York", "!%s", -62167219200d, "-62167201438"},
            {"America/New_York", "!%U %W %V %G %g %u %w", 0d, "00 00 01 1970 70 4 4"},
            {"America/New_York", "!%U %W %V %G %g %u %w", 1700000000d, "46 46 46 2023 23 2 2"},
            {"America/New_York", "!%U %W %V %G %g %u %w", 1720000000d, "26 27 27 2024 24 3 3"},
            {"America/New_York", "!%U %W %V %G %g %u %w", -1d, "52 52 01 1970 70 3 3"},
            {"America/New_York", "!%U %W %V %G %g %u %w", -5000000000d, "29 29 30 1811 11 2 2"},
            {"America/New_York", "!%U %W %V %G %g %u %w", 100000000000d, "46 46 46 5138 38 3 3"},
            {"America/New_York", "!%U %W %V %G %g %u %w", 1704067200d, "00 01 01 2024 24 1 1"},
            {"America/New_York", "!%U %W %V %G %g %u %w", 1703980800d, "53 52 52 2023 23 7 0"},
            {"America/New_York", "!%U %W %V %G %g %u %w", 1735603200d, "52 53 01 2025 25 2 2"},
            {"America/New_York", "!%U %W %V %G %g %u %w", -62167219200d, "00 00 52 -1 99 6 6"},
    };

    static Stream<Arguments> dates() {
        return Stream.of(DATES).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("dates")
    void date(String zone, String format, double time, String expected) {
        zone(zone);
        Object r = os("date", format, time)[0];
        assertEquals(expected, r == null ? "nil" : r);
    }

    @Test
    void dateTables() {
        zone("UTC");
        LuaTable t = (LuaTable) os("date", "*t", 1700000000.0)[0];
        assertEquals("2023 11 14 22 13 20 3 318 false", fields(t));
        t = (LuaTable) os("date", "!*t", -1.0)[0];
        assertEquals("1969 12 31 23 59 59 4 365 false", fields(t));
        zone("Europe/Berlin");
        t = (LuaTable) os("date", "*t", 1720000000.0)[0];
        assertEquals("2024 7 3 11 46 40 4 185 true", fields(t));
        zone("UTC");
    }

    private static String fields(LuaTable t) {
        StringBuilder sb = new StringBuilder();
        for (String k : new String[] {"year", "month", "day", "hour", "min", "sec", "wday", "yday", "isdst"}) {
            sb.append(sb.length() == 0 ? "" : " ").append(Lua.tostring(t.get(k)));
        }
        return sb.toString();
    }

    @Test
    void dateOutOfRangeIsNil() {
        zone("UTC");
        assertArrayEquals(a((Object) null), os("date", "!%c", 1e20));
        assertArrayEquals(a((Object) null), os("date", "!*t", Math.pow(2, 62)));
        assertArrayEquals(a((Object) null), os("date", "%c", Double.NaN));
        assertArrayEquals(a("1970"), os("date", "!%Y", "100"));
        assertEquals("5138", os("date", "!*t", 1e11)[0] instanceof LuaTable t ? Lua.tostring(t.get("year")) : null);
    }

    @Test
    void dateArguments() {
        assertEquals("bad argument #2 to 'date' (number expected, got string)", errorOf(() -> os("date", "*t", "x")));
        assertEquals("bad argument #1 to 'date' (string expected, got boolean)", errorOf(() -> os("date", false)));
        String now = (String) os("date")[0];
        assertTrue(now.matches("[A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9]\\d \\d\\d:\\d\\d:\\d\\d \\d+"), now);
    }

    // ---------------------------------------------------------------- os.time

    /** {LuaJIT's result, the date table's fields}, run in order: mktime remembers the last offset found. */
    private static final Map<String, Object[][]> TIMES = Map.of(
        "UTC", new Object[][] {
        {946728000d, new Object[] {"year", 2000d, "month", 1d, "day", 1d}},
        {1704110400d, new Object[] {"year", 2024d, "month", 1d, "day", 1d}},
        {1704067200d, new Object[] {"year", 2024d, "month", 1d, "day", 1d, "hour", 0d}},
        {1738461721d, new Object[] {"year", 2024d, "month", 13d, "day", 32d, "hour", 25d, "min", 61d, "sec", 61d}},
        {1701345600d, new Object[] {"year", 2024d, "month", 0d, "day", 0d}},
        {1684616400d, new Object[] {"year", 2024d, "month", -5d, "day", -40d, "hour", -3d}},
        {1704110400d, new Object[] {"year", "2024", "month", "1", "day", "1.5"}},
        {1704110400d, new Object[] {"year", 2024.7d, "month", 1d, "day", 1d}},
        {-2208945600d, new Object[] {"year", 1900d, "month", 1d, "day", 1d}},
        {-62135553600d, new Object[] {"year", 1d, "month", 1d, "day", 1d}},
        {44497304229902400d, new Object[] {"year", 10000000000d, "month", 1d, "day", 1d}},
        {1704106800d, new Object[] {"year", 2024d, "month", 1d, "day", 1d, "isdst", true}},
        {1717243200d, new Object[] {"year", 2024d, "month", 6d, "day", 1d, "isdst", false}},
        {5077939536000d, new Object[] {"year", 2024d, "month", 1d, "day", 1d, "hour", 10000000000d}},
        {-126038462400d, new Object[] {"year", -2024d, "month", 1d, "day", 1d}},
        {null, new Object[] {"year", 1969d, "month", 12d, "day", 31d, "hour", 23d, "min", 59d, "sec", 59d}},
        {null, new Object[] {"year", 1970d, "month", 1d, "day", 1d, "hour", 0d, "sec", -1d}},
        {1711852200d, new Object[] {"year", 2024d, "month", 3d, "day", 31d, "hour", 2d, "min", 30d}},
        {1711848600d, new Object[] {"year", 2024d, "month", 3d, "day", 31d, "hour", 2d, "min", 30d, "isdst", true}},
        {1711852200d, new Object[] {"year", 2024d, "month", 3d, "day", 31d, "hour", 2d, "min", 30d, "isdst", false}},
        {1729996200d, new Object[] {"year", 2024d, "month", 10d, "day", 27d, "hour", 2d, "min", 30d}},
        {1729992600d, new Object[] {"year", 2024d, "month", 10d, "day", 27d, "hour", 2d, "min", 30d, "isdst", true}},
        {1729996200d, new Object[] {"year", 2024d, "month", 10d, "day", 27d, "hour", 2d, "min", 30d, "isdst", false}},
        {1730597400d, new Object[] {"year", 2024d, "month", 11d, "day", 3d, "hour", 1d, "min", 30d}},
        {1730593800d, new Object[] {"year", 2024d, "month", 11d, "day", 3d, "hour", 1d, "min", 30d, "isdst", true}},
        {1730597400d, new Object[] {"year", 2024d, "month", 11d, "day", 3d, "hour", 1d, "min", 30d, "isdst", false}},
        {1710037800d, new Object[] {"year", 2024d, "month", 3d, "day", 10d, "hour", 2d, "min", 30d}},
        {1710037800d, new Object[] {"year", 2024d, "month", 3d, "day", 10d, "hour", 2d, "min", 30d, "isdst", false}},
        {1719835200d, new Object[] {"year", 2024d, "month", 7d, "day", 1d, "isdst", false}},
        {1719831600d, new Object[] {"year", 2024d, "month", 7d, "day", 1d, "isdst", true}},
        {1711886400d, new Object[] {"year", 2024d, "month", 3d, "day", 30d, "hour", 12d, "sec", 86400d}},
        {1711540800d, new Object[] {"year", 2024d, "month", 3d, "day", 30d, "hour", 12d, "sec", -259200d}},
        {1711886400d, new Object[] {"year", 2024d, "month", 3d, "day", 30d, "hour", 12d, "min", 1440d}},
        {-5364619200d, new Object[] {"year", 1800d, "month", 1d, "day", 1d}},
        {32519361600d, new Object[] {"year", 3000d, "month", 7d, "day", 1d}},
        {67767976233489600d, new Object[] {"year", 2147483647d, "month", 12d, "day", 31d}},
        {67767916275259200d, new Object[] {"year", 2147481747d, "month", 12d, "day", 31d}},
        {67767976233576000d, new Object[] {"year", -2147483648d, "month", 1d, "day", 1d}},
        {2473888779d, new Object[] {"year", 2048d, "month", 5d, "day", 23d, "hour", 23d, "min", 19d, "sec", 39d}},
        {-804815305d, new Object[] {"year", 1944d, "month", 7d, "day", 1d, "hour", 1d, "min", 11d, "sec", 35d, "isdst", true}},
        {1404876453d, new Object[] {"year", 2014d, "month", 7d, "day", 9d, "hour", 3d, "min", 27d, "sec", 33d, "isdst", false}},
        {-982953397d, new Object[] {"year", 1938d, "month", 11d, "day", 8d, "hour", 5d, "min", 23d, "sec", 23d, "isdst", false}},
        {-2181152439d, new Object[] {"year", 1900d, "month", 11d, "day", 19d, "hour", 5d, "min", 19d, "sec", 21d, "isdst", true}},
        {1159229105d, new Object[] {"year", 2006d, "month", 9d, "day", 26d, "hour", 1d, "min", 5d, "sec", 5d, "isdst", true}},
        {-682703807d, new Object[] {"year", 1948d, "month", 5d, "day", 14d, "hour", 9d, "min", 3d, "sec", 13d, "isdst", true}},
        {-1683018485d, new Object[] {"year", 1916d, "month", 9d, "day", 1d, "hour", 15d, "min", 51d, "sec", 55d, "isdst", true}},
        {-2080259699d, new Object[] {"year", 1904d, "month", 1d, "day", 31d, "hour", -1d, "min", 5d, "sec", 1d, "isdst", true}},
        {-293469965d, new Object[] {"year", 1960d, "month", 9d, "day", 13d, "hour", 9d, "min", 33d, "sec", 55d, "isdst", true}},
        {3877108991d, new Object[] {"year", 2092d, "month", 11d, "day", 10d, "hour", -1d, "min", 43d, "sec", 11d, "isdst", true}},
        {3624716123d, new Object[] {"year", 2084d, "month", 11d, "day", 10d, "hour", 17d, "min", 35d, "sec", 23d, "isdst", false}},
        {-741465979d, new Object[] {"year", 1946d, "month", 7d, "day", 4d, "hour", 5d, "min", 13d, "sec", 41d}},
        {-1133821817d, new Object[] {"year", 1934d, "month", 1d, "day", 27d, "hour", 1d, "min", 29d, "sec", 43d}},
        {-1814334635d, new Object[] {"year", 1912d, "month", 7d, "day", 4d, "hour", 19d, "min", 9d, "sec", 25d, "isdst", true}},
        {4803015549d, new Object[] {"year", 2122d, "month", 3d, "day", 15d, "hour", 11d, "min", 59d, "sec", 9d, "isdst", true}},
        {-224883285d, new Object[] {"year", 1962d, "month", 11d, "day", 16d, "hour", 5d, "min", 25d, "sec", 15d, "isdst", true}},
        {4571042873d, new Object[] {"year", 2114d, "month", 11d, "day", 7d, "hour", 15d, "min", 7d, "sec", 53d, "isdst", true}},
        {696209983d, new Object[] {"year", 1992d, "month", 1d, "day", 24d, "hour", -1d, "min", 39d, "sec", 43d, "isdst", false}},
        {-104049541d, new Object[] {"year", 1966d, "month", 9d, "day", 14d, "hour", 17d, "min", 21d, "sec", -1d}},
        {3935158769d, new Object[] {"year", 2094d, "month", 9d, "day", 12d, "hour", 19d, "min", 39d, "sec", 29d}},
        {2209056813d, new Object[] {"year", 2040d, "month", 1d, "day", 1d, "hour", 19d, "min", 53d, "sec", 33d, "isdst", true}},
        {3797312503d, new Object[] {"year", 2090d, "month", 5d, "day", 1d, "hour", 9d, "min", 1d, "sec", 43d}},
        {4798494227d, new Object[] {"year", 2122d, "month", 1d, "day", 22d, "hour", 3d, "min", 3d, "sec", 47d}},
        {385685639d, new Object[] {"year", 1982d, "month", 3d, "day", 23d, "hour", -1d, "min", 53d, "sec", 59d, "isdst", true}},
        {5062044203d, new Object[] {"year", 2130d, "month", 5d, "day", 30d, "hour", 11d, "min", 23d, "sec", 23d, "isdst", false}},
        {-1312714841d, new Object[] {"year", 1928d, "month", 5d, "day", 27d, "hour", 13d, "min", -1d, "sec", 19d}},
        {-1561894085d, new Object[] {"year", 1920d, "month", 7d, "day", 4d, "hour", 13d, "min", 31d, "sec", 55d, "isdst", true}},
        {5123380883d, new Object[] {"year", 2132d, "month", 5d, "day", 9d, "hour", 9d, "min", 21d, "sec", 23d}},
        {-735393611d, new Object[] {"year", 1946d, "month", 9d, "day", 12d, "hour", 11d, "min", 59d, "sec", 49d, "isdst", false}},
        {1578062733d, new Object[] {"year", 2020d, "month", 1d, "day", 3d, "hour", 15d, "min", 45d, "sec", 33d, "isdst", true}},
        {1136108605d, new Object[] {"year", 2006d, "month", 1d, "day", 1d, "hour", 9d, "min", 43d, "sec", 25d, "isdst", false}},
        {4314919273d, new Object[] {"year", 2106d, "month", 9d, "day", 26d, "hour", 5d, "min", 41d, "sec", 13d, "isdst", true}},
        {1910125431d, new Object[] {"year", 2030d, "month", 7d, "day", 12d, "hour", 23d, "min", 23d, "sec", 51d, "isdst", true}},
        {4381019625d, new Object[] {"year", 2108d, "month", 11d, "day", -1d, "hour", 5d, "min", 53d, "sec", 45d, "isdst", false}},
        {-1177389127d, new Object[] {"year", 1932d, "month", 9d, "day", 9d, "hour", 19d, "min", 27d, "sec", 53d, "isdst", false}},
        {2426575907d, new Object[] {"year", 2046d, "month", 11d, "day", 23d, "hour", 9d, "min", 51d, "sec", 47d, "isdst", true}},
        {5049798193d, new Object[] {"year", 2130d, "month", 1d, "day", 8d, "hour", 17d, "min", 43d, "sec", 13d, "isdst", false}},
        {3683496793d, new Object[] {"year", 2086d, "month", 9d, "day", 22d, "hour", 1d, "min", 33d, "sec", 13d, "isdst", false}},
        {-1307434093d, new Object[] {"year", 1928d, "month", 7d, "day", 27d, "hour", 15d, "min", 51d, "sec", 47d}},
        },
        "Europe/Berlin", new Object[][] {
        {946724400d, new Object[] {"year", 2000d, "month", 1d, "day", 1d}},
        {1704106800d, new Object[] {"year", 2024d, "month", 1d, "day", 1d}},
        {1704063600d, new Object[] {"year", 2024d, "month", 1d, "day", 1d, "hour", 0d}},
        {1738458121d, new Object[] {"year", 2024d, "month", 13d, "day", 32d, "hour", 25d, "min", 61d, "sec", 61d}},
        {1701342000d, new Object[] {"year", 2024d, "month", 0d, "day", 0d}},
        {1684609200d, new Object[] {"year", 2024d, "month", -5d, "day", -40d, "hour", -3d}},
        {1704106800d, new Object[] {"year", "2024", "month", "1", "day", "1.5"}},
        {1704106800d, new Object[] {"year", 2024.7d, "month", 1d, "day", 1d}},
        {-2208949200d, new Object[] {"year", 1900d, "month", 1d, "day", 1d}},
        {-62135556808d, new Object[] {"year", 1d, "month", 1d, "day", 1d}},
        {44497304229898800d, new Object[] {"year", 10000000000d, "month", 1d, "day", 1d}},
        {1704103200d, new Object[] {"year", 2024d, "month", 1d, "day", 1d, "isdst", true}},
        {1717239600d, new Object[] {"year", 2024d, "month", 6d, "day", 1d, "isdst", false}},
        {5077939528800d, new Object[] {"year", 2024d, "month", 1d, "day", 1d, "hour", 10000000000d}},
        {-126038465608d, new Object[] {"year", -2024d, "month", 1d, "day", 1d}},
        {-3601d, new Object[] {"year", 1969d, "month", 12d, "day", 31d, "hour", 23d, "min", 59d, "sec", 59d}},
        {-3601d, new Object[] {"year", 1970d, "month", 1d, "day", 1d, "hour", 0d, "sec", -1d}},
        {1711848600d, new Object[] {"year", 2024d, "month", 3d, "day", 31d, "hour", 2d, "min", 30d}},
        {1711845000d, new Object[] {"year", 2024d, "month", 3d, "day", 31d, "hour", 2d, "min", 30d, "isdst", true}},
        {1711848600d, new Object[] {"year", 2024d, "month", 3d, "day", 31d, "hour", 2d, "min", 30d, "isdst", false}},
        {1729992600d, new Object[] {"year", 2024d, "month", 10d, "day", 27d, "hour", 2d, "min", 30d}},
        {1729989000d, new Object[] {"year", 2024d, "month", 10d, "day", 27d, "hour", 2d, "min", 30d, "isdst", true}},
        {1729992600d, new Object[] {"year", 2024d, "month", 10d, "day", 27d, "hour", 2d, "min", 30d, "isdst", false}},
        {1730593800d, new Object[] {"year", 2024d, "month", 11d, "day", 3d, "hour", 1d, "min", 30d}},
        {1730590200d, new Object[] {"year", 2024d, "month", 11d, "day", 3d, "hour", 1d, "min", 30d, "isdst", true}},
        {1730593800d, new Object[] {"year", 2024d, "month", 11d, "day", 3d, "hour", 1d, "min", 30d, "isdst", false}},
        {1710034200d, new Object[] {"year", 2024d, "month", 3d, "day", 10d, "hour", 2d, "min", 30d}},
        {1710034200d, new Object[] {"year", 2024d, "month", 3d, "day", 10d, "hour", 2d, "min", 30d, "isdst", false}},
        {1719831600d, new Object[] {"year", 2024d, "month", 7d, "day", 1d, "isdst", false}},
        {1719828000d, new Object[] {"year", 2024d, "month", 7d, "day", 1d, "isdst", true}},
        {1711882800d, new Object[] {"year", 2024d, "month", 3d, "day", 30d, "hour", 12d, "sec", 86400d}},
        {1711537200d, new Object[] {"year", 2024d, "month", 3d, "day", 30d, "hour", 12d, "sec", -259200d}},
        {1711879200d, new Object[] {"year", 2024d, "month", 3d, "day", 30d, "hour", 12d, "min", 1440d}},
        {-5364622408d, new Object[] {"year", 1800d, "month", 1d, "day", 1d}},
        {32519354400d, new Object[] {"year", 3000d, "month", 7d, "day", 1d}},
        {67767976233486000d, new Object[] {"year", 2147483647d, "month", 12d, "day", 31d}},
        {67767916275255600d, new Object[] {"year", 2147481747d, "month", 12d, "day", 31d}},
        {67767976233572400d, new Object[] {"year", -2147483648d, "month", 1d, "day", 1d}},
        {2473881579d, new Object[] {"year", 2048d, "month", 5d, "day", 23d, "hour", 23d, "min", 19d, "sec", 39d}},
        {-804818905d, new Object[] {"year", 1944d, "month", 7d, "day", 1d, "hour", 1d, "min", 11d, "sec", 35d, "isdst", true}},
        {1404872853d, new Object[] {"year", 2014d, "month", 7d, "day", 9d, "hour", 3d, "min", 27d, "sec", 33d, "isdst", false}},
        {-982956997d, new Object[] {"year", 1938d, "month", 11d, "day", 8d, "hour", 5d, "min", 23d, "sec", 23d, "isdst", false}},
        {-2181156039d, new Object[] {"year", 1900d, "month", 11d, "day", 19d, "hour", 5d, "min", 19d, "sec", 21d, "isdst", true}},
        {1159225505d, new Object[] {"year", 2006d, "month", 9d, "day", 26d, "hour", 1d, "min", 5d, "sec", 5d, "isdst", true}},
        {-682707407d, new Object[] {"year", 1948d, "month", 5d, "day", 14d, "hour", 9d, "min", 3d, "sec", 13d, "isdst", true}},
        {-1683022085d, new Object[] {"year", 1916d, "month", 9d, "day", 1d, "hour", 15d, "min", 51d, "sec", 55d, "isdst", true}},
        {-2080263299d, new Object[] {"year", 1904d, "month", 1d, "day", 31d, "hour", -1d, "min", 5d, "sec", 1d, "isdst", true}},
        {-293473565d, new Object[] {"year", 1960d, "month", 9d, "day", 13d, "hour", 9d, "min", 33d, "sec", 55d, "isdst", true}},
        {3877105391d, new Object[] {"year", 2092d, "month", 11d, "day", 10d, "hour", -1d, "min", 43d, "sec", 11d, "isdst", true}},
        {3624712523d, new Object[] {"year", 2084d, "month", 11d, "day", 10d, "hour", 17d, "min", 35d, "sec", 23d, "isdst", false}},
        {-741473179d, new Object[] {"year", 1946d, "month", 7d, "day", 4d, "hour", 5d, "min", 13d, "sec", 41d}},
        {-1133825417d, new Object[] {"year", 1934d, "month", 1d, "day", 27d, "hour", 1d, "min", 29d, "sec", 43d}},
        {-1814338235d, new Object[] {"year", 1912d, "month", 7d, "day", 4d, "hour", 19d, "min", 9d, "sec", 25d, "isdst", true}},
        {4803011949d, new Object[] {"year", 2122d, "month", 3d, "day", 15d, "hour", 11d, "min", 59d, "sec", 9d, "isdst", true}},
        {-224886885d, new Object[] {"year", 1962d, "month", 11d, "day", 16d, "hour", 5d, "min", 25d, "sec", 15d, "isdst", true}},
        {4571039273d, new Object[] {"year", 2114d, "month", 11d, "day", 7d, "hour", 15d, "min", 7d, "sec", 53d, "isdst", true}},
        {696206383d, new Object[] {"year", 1992d, "month", 1d, "day", 24d, "hour", -1d, "min", 39d, "sec", 43d, "isdst", false}},
        {-104053141d, new Object[] {"year", 1966d, "month", 9d, "day", 14d, "hour", 17d, "min", 21d, "sec", -1d}},
        {3935151569d, new Object[] {"year", 2094d, "month", 9d, "day", 12d, "hour", 19d, "min", 39d, "sec", 29d}},
        {2209053213d, new Object[] {"year", 2040d, "month", 1d, "day", 1d, "hour", 19d, "min", 53d, "sec", 33d, "isdst", true}},
        {3797305303d, new Object[] {"year", 2090d, "month", 5d, "day", 1d, "hour", 9d, "min", 1d, "sec", 43d}},
        {4798490627d, new Object[] {"year", 2122d, "month", 1d, "day", 22d, "hour", 3d, "min", 3d, "sec", 47d}},
        {385682039d, new Object[] {"year", 1982d, "month", 3d, "day", 23d, "hour", -1d, "min", 53d, "sec", 59d, "isdst", true}},
        {5062040603d, new Object[] {"year", 2130d, "month", 5d, "day", 30d, "hour", 11d, "min", 23d, "sec", 23d, "isdst", false}},
        {-1312718441d, new Object[] {"year", 1928d, "month", 5d, "day", 27d, "hour", 13d, "min", -1d, "sec", 19d}},
        {-1561897685d, new Object[] {"year", 1920d, "month", 7d, "day", 4d, "hour", 13d, "min", 31d, "sec", 55d, "isdst", true}},
        {5123373683d, new Object[] {"year", 2132d, "month", 5d, "day", 9d, "hour", 9d, "min", 21d, "sec", 23d}},
        {-735397211d, new Object[] {"year", 1946d, "month", 9d, "day", 12d, "hour", 11d, "min", 59d, "sec", 49d, "isdst", false}},
        {1578059133d, new Object[] {"year", 2020d, "month", 1d, "day", 3d, "hour", 15d, "min", 45d, "sec", 33d, "isdst", true}},
        {1136105005d, new Object[] {"year", 2006d, "month", 1d, "day", 1d, "hour", 9d, "min", 43d, "sec", 25d, "isdst", false}},
        {4314915673d, new Object[] {"year", 2106d, "month", 9d, "day", 26d, "hour", 5d, "min", 41d, "sec", 13d, "isdst", true}},
        {1910121831d, new Object[] {"year", 2030d, "month", 7d, "day", 12d, "hour", 23d, "min", 23d, "sec", 51d, "isdst", true}},
        {4381016025d, new Object[] {"year", 2108d, "month", 11d, "day", -1d, "hour", 5d, "min", 53d, "sec", 45d, "isdst", false}},
        {-1177392727d, new Object[] {"year", 1932d, "month", 9d, "day", 9d, "hour", 19d, "min", 27d, "sec", 53d, "isdst", false}},
        {2426572307d, new Object[] {"year", 2046d, "month", 11d, "day", 23d, "hour", 9d, "min", 51d, "sec", 47d, "isdst", true}},
        {5049794593d, new Object[] {"year", 2130d, "month", 1d, "day", 8d, "hour", 17d, "min", 43d, "sec", 13d, "isdst", false}},
        {3683493193d, new Object[] {"year", 2086d, "month", 9d, "day", 22d, "hour", 1d, "min", 33d, "sec", 13d, "isdst", false}},
        {-1307437693d, new Object[] {"year", 1928d, "month", 7d, "day", 27d, "hour", 15d, "min", 51d, "sec", 47d}},
        },
        "America/New_York", new Object[][] {
        {946746000d, new Object[] {"year", 2000d, "month", 1d, "day", 1d}},
        {1704128400d, new Object[] {"year", 2024d, "month", 1d, "day", 1d}},
        {1704085200d, new Object[] {"year", 2024d, "month", 1d, "day", 1d, "hour", 0d}},
        {1738479721d, new Object[] {"year", 2024d, "month", 13d, "day", 32d, "hour", 25d, "min", 61d, "sec", 61d}},
        {1701363600d, new Object[] {"year", 2024d, "month", 0d, "day", 0d}},
        {1684630800d, new Object[] {"year", 2024d, "month", -5d, "day", -40d, "hour", -3d}},
        {1704128400d, new Object[] {"year", "2024", "month", "1", "day", "1.5"}},
        {1704128400d, new Object[] {"year", 2024.7d, "month", 1d, "day", 1d}},
        {-2208927600d, new Object[] {"year", 1900d, "month", 1d, "day", 1d}},
        {-62135535838d, new Object[] {"year", 1d, "month", 1d, "day", 1d}},
        {44497304229920400d, new Object[] {"year", 10000000000d, "month", 1d, "day", 1d}},
        {1704124800d, new Object[] {"year", 2024d, "month", 1d, "day", 1d, "isdst", true}},
        {1717261200d, new Object[] {"year", 2024d, "month", 6d, "day", 1d, "isdst", false}},
        {5077939550400d, new Object[] {"year", 2024d, "month", 1d, "day", 1d, "hour", 10000000000d}},
        {-126038444638d, new Object[] {"year", -2024d, "month", 1d, "day", 1d}},
        {17999d, new Object[] {"year", 1969d, "month", 12d, "day", 31d, "hour", 23d, "min", 59d, "sec", 59d}},
        {17999d, new Object[] {"year", 1970d, "month", 1d, "day", 1d, "hour", 0d, "sec", -1d}},
        {1711866600d, new Object[] {"year", 2024d, "month", 3d, "day", 31d, "hour", 2d, "min", 30d}},
        {1711866600d, new Object[] {"year", 2024d, "month", 3d, "day", 31d, "hour", 2d, "min", 30d, "isdst", true}},
        {1711870200d, new Object[] {"year", 2024d, "month", 3d, "day", 31d, "hour", 2d, "min", 30d, "isdst", false}},
        {1730010600d, new Object[] {"year", 2024d, "month", 10d, "day", 27d, "hour", 2d, "min", 30d}},
        {1730010600d, new Object[] {"year", 2024d, "month", 10d, "day", 27d, "hour", 2d, "min", 30d, "isdst", true}},
        {1730014200d, new Object[] {"year", 2024d, "month", 10d, "day", 27d, "hour", 2d, "min", 30d, "isdst", false}},
        {1730615400d, new Object[] {"year", 2024d, "month", 11d, "day", 3d, "hour", 1d, "min", 30d}},
        {1730611800d, new Object[] {"year", 2024d, "month", 11d, "day", 3d, "hour", 1d, "min", 30d, "isdst", true}},
        {1730615400d, new Object[] {"year", 2024d, "month", 11d, "day", 3d, "hour", 1d, "min", 30d, "isdst", false}},
        {1710055800d, new Object[] {"year", 2024d, "month", 3d, "day", 10d, "hour", 2d, "min", 30d}},
        {1710055800d, new Object[] {"year", 2024d, "month", 3d, "day", 10d, "hour", 2d, "min", 30d, "isdst", false}},
        {1719853200d, new Object[] {"year", 2024d, "month", 7d, "day", 1d, "isdst", false}},
        {1719849600d, new Object[] {"year", 2024d, "month", 7d, "day", 1d, "isdst", true}},
        {1711900800d, new Object[] {"year", 2024d, "month", 3d, "day", 30d, "hour", 12d, "sec", 86400d}},
        {1711555200d, new Object[] {"year", 2024d, "month", 3d, "day", 30d, "hour", 12d, "sec", -259200d}},
        {1711900800d, new Object[] {"year", 2024d, "month", 3d, "day", 30d, "hour", 12d, "min", 1440d}},
        {-5364601438d, new Object[] {"year", 1800d, "month", 1d, "day", 1d}},
        {32519376000d, new Object[] {"year", 3000d, "month", 7d, "day", 1d}},
        {67767976233507600d, new Object[] {"year", 2147483647d, "month", 12d, "day", 31d}},
        {67767916275277200d, new Object[] {"year", 2147481747d, "month", 12d, "day", 31d}},
        {67767976233594000d, new Object[] {"year", -2147483648d, "month", 1d, "day", 1d}},
        {2473903179d, new Object[] {"year", 2048d, "month", 5d, "day", 23d, "hour", 23d, "min", 19d, "sec", 39d}},
        {-804797305d, new Object[] {"year", 1944d, "month", 7d, "day", 1d, "hour", 1d, "min", 11d, "sec", 35d, "isdst", true}},
        {1404894453d, new Object[] {"year", 2014d, "month", 7d, "day", 9d, "hour", 3d, "min", 27d, "sec", 33d, "isdst", false}},
        {-982935397d, new Object[] {"year", 1938d, "month", 11d, "day", 8d, "hour", 5d, "min", 23d, "sec", 23d, "isdst", false}},
        {-2181134439d, new Object[] {"year", 1900d, "month", 11d, "day", 19d, "hour", 5d, "min", 19d, "sec", 21d, "isdst", true}},
        {1159247105d, new Object[] {"year", 2006d, "month", 9d, "day", 26d, "hour", 1d, "min", 5d, "sec", 5d, "isdst", true}},
        {-682685807d, new Object[] {"year", 1948d, "month", 5d, "day", 14d, "hour", 9d, "min", 3d, "sec", 13d, "isdst", true}},
        {-1683000485d, new Object[] {"year", 1916d, "month", 9d, "day", 1d, "hour", 15d, "min", 51d, "sec", 55d, "isdst", true}},
        {-2080241699d, new Object[] {"year", 1904d, "month", 1d, "day", 31d, "hour", -1d, "min", 5d, "sec", 1d, "isdst", true}},
        {-293451965d, new Object[] {"year", 1960d, "month", 9d, "day", 13d, "hour", 9d, "min", 33d, "sec", 55d, "isdst", true}},
        {3877126991d, new Object[] {"year", 2092d, "month", 11d, "day", 10d, "hour", -1d, "min", 43d, "sec", 11d, "isdst", true}},
        {3624734123d, new Object[] {"year", 2084d, "month", 11d, "day", 10d, "hour", 17d, "min", 35d, "sec", 23d, "isdst", false}},
        {-741451579d, new Object[] {"year", 1946d, "month", 7d, "day", 4d, "hour", 5d, "min", 13d, "sec", 41d}},
        {-1133803817d, new Object[] {"year", 1934d, "month", 1d, "day", 27d, "hour", 1d, "min", 29d, "sec", 43d}},
        {-1814316635d, new Object[] {"year", 1912d, "month", 7d, "day", 4d, "hour", 19d, "min", 9d, "sec", 25d, "isdst", true}},
        {4803033549d, new Object[] {"year", 2122d, "month", 3d, "day", 15d, "hour", 11d, "min", 59d, "sec", 9d, "isdst", true}},
        {-224865285d, new Object[] {"year", 1962d, "month", 11d, "day", 16d, "hour", 5d, "min", 25d, "sec", 15d, "isdst", true}},
        {4571060873d, new Object[] {"year", 2114d, "month", 11d, "day", 7d, "hour", 15d, "min", 7d, "sec", 53d, "isdst", true}},
        {696227983d, new Object[] {"year", 1992d, "month", 1d, "day", 24d, "hour", -1d, "min", 39d, "sec", 43d, "isdst", false}},
        {-104035141d, new Object[] {"year", 1966d, "month", 9d, "day", 14d, "hour", 17d, "min", 21d, "sec", -1d}},
        {3935173169d, new Object[] {"year", 2094d, "month", 9d, "day", 12d, "hour", 19d, "min", 39d, "sec", 29d}},
        {2209074813d, new Object[] {"year", 2040d, "month", 1d, "day", 1d, "hour", 19d, "min", 53d, "sec", 33d, "isdst", true}},
        {3797326903d, new Object[] {"year", 2090d, "month", 5d, "day", 1d, "hour", 9d, "min", 1d, "sec", 43d}},
        {4798512227d, new Object[] {"year", 2122d, "month", 1d, "day", 22d, "hour", 3d, "min", 3d, "sec", 47d}},
        {385703639d, new Object[] {"year", 1982d, "month", 3d, "day", 23d, "hour", -1d, "min", 53d, "sec", 59d, "isdst", true}},
        {5062062203d, new Object[] {"year", 2130d, "month", 5d, "day", 30d, "hour", 11d, "min", 23d, "sec", 23d, "isdst", false}},
        {-1312700441d, new Object[] {"year", 1928d, "month", 5d, "day", 27d, "hour", 13d, "min", -1d, "sec", 19d}},
        {-1561876085d, new Object[] {"year", 1920d, "month", 7d, "day", 4d, "hour", 13d, "min", 31d, "sec", 55d, "isdst", true}},
        {5123395283d, new Object[] {"year", 2132d, "month", 5d, "day", 9d, "hour", 9d, "min", 21d, "sec", 23d}},
        {-735375611d, new Object[] {"year", 1946d, "month", 9d, "day", 12d, "hour", 11d, "min", 59d, "sec", 49d, "isdst", false}},
        {1578080733d, new Object[] {"year", 2020d, "month", 1d, "day", 3d, "hour", 15d, "min", 45d, "sec", 33d, "isdst", true}},
        {1136126605d, new Object[] {"year", 2006d, "month", 1d, "day", 1d, "hour", 9d, "min", 43d, "sec", 25d, "isdst", false}},
        {4314937273d, new Object[] {"year", 2106d, "month", 9d, "day", 26d, "hour", 5d, "min", 41d, "sec", 13d, "isdst", true}},
        {1910143431d, new Object[] {"year", 2030d, "month", 7d, "day", 12d, "hour", 23d, "min", 23d, "sec", 51d, "isdst", true}},
        {4381037625d, new Object[] {"year", 2108d, "month", 11d, "day", -1d, "hour", 5d, "min", 53d, "sec", 45d, "isdst", false}},
        {-1177371127d, new Object[] {"year", 1932d, "month", 9d, "day", 9d, "hour", 19d, "min", 27d, "sec", 53d, "isdst", false}},
        {2426593907d, new Object[] {"year", 2046d, "month", 11d, "day", 23d, "hour", 9d, "min", 51d, "sec", 47d, "isdst", true}},
        {5049816193d, new Object[] {"year", 2130d, "month", 1d, "day", 8d, "hour", 17d, "min", 43d, "sec", 13d, "isdst", false}},
        {3683514793d, new Object[] {"year", 2086d, "month", 9d, "day", 22d, "hour", 1d, "min", 33d, "sec", 13d, "isdst", false}},
        {-1307419693d, new Object[] {"year", 1928d, "month", 7d, "day", 27d, "hour", 15d, "min", 51d, "sec", 47d}},
        },
        "Australia/Lord_Howe", new Object[][] {
        {946688400d, new Object[] {"year", 2000d, "month", 1d, "day", 1d}},
        {1704070800d, new Object[] {"year", 2024d, "month", 1d, "day", 1d}},
        {1704027600d, new Object[] {"year", 2024d, "month", 1d, "day", 1d, "hour", 0d}},
        {1738422121d, new Object[] {"year", 2024d, "month", 13d, "day", 32d, "hour", 25d, "min", 61d, "sec", 61d}},
        {1701306000d, new Object[] {"year", 2024d, "month", 0d, "day", 0d}},
        {1684578600d, new Object[] {"year", 2024d, "month", -5d, "day", -40d, "hour", -3d}},
        {1704070800d, new Object[] {"year", "2024", "month", "1", "day", "1.5"}},
        {1704070800d, new Object[] {"year", 2024.7d, "month", 1d, "day", 1d}},
        {-2208981600d, new Object[] {"year", 1900d, "month", 1d, "day", 1d}},
        {-62135591780d, new Object[] {"year", 1d, "month", 1d, "day", 1d}},
        {44497304229862800d, new Object[] {"year", 10000000000d, "month", 1d, "day", 1d}},
        {1704070800d, new Object[] {"year", 2024d, "month", 1d, "day", 1d, "isdst", true}},
        {1717205400d, new Object[] {"year", 2024d, "month", 6d, "day", 1d, "isdst", false}},
        {5077939498200d, new Object[] {"year", 2024d, "month", 1d, "day", 1d, "hour", 10000000000d}},
        {-126038500580d, new Object[] {"year", -2024d, "month", 1d, "day", 1d}},
        {-36001d, new Object[] {"year", 1969d, "month", 12d, "day", 31d, "hour", 23d, "min", 59d, "sec", 59d}},
        {-36001d, new Object[] {"year", 1970d, "month", 1d, "day", 1d, "hour", 0d, "sec", -1d}},
        {1711812600d, new Object[] {"year", 2024d, "month", 3d, "day", 31d, "hour", 2d, "min", 30d}},
        {1711812600d, new Object[] {"year", 2024d, "month", 3d, "day", 31d, "hour", 2d, "min", 30d, "isdst", true}},
        {1711814400d, new Object[] {"year", 2024d, "month", 3d, "day", 31d, "hour", 2d, "min", 30d, "isdst", false}},
        {1729956600d, new Object[] {"year", 2024d, "month", 10d, "day", 27d, "hour", 2d, "min", 30d}},
        {1729956600d, new Object[] {"year", 2024d, "month", 10d, "day", 27d, "hour", 2d, "min", 30d, "isdst", true}},
        {1729958400d, new Object[] {"year", 2024d, "month", 10d, "day", 27d, "hour", 2d, "min", 30d, "isdst", false}},
        {1730557800d, new Object[] {"year", 2024d, "month", 11d, "day", 3d, "hour", 1d, "min", 30d}},
        {1730557800d, new Object[] {"year", 2024d, "month", 11d, "day", 3d, "hour", 1d, "min", 30d, "isdst", true}},
        {1730559600d, new Object[] {"year", 2024d, "month", 11d, "day", 3d, "hour", 1d, "min", 30d, "isdst", false}},
        {1709998200d, new Object[] {"year", 2024d, "month", 3d, "day", 10d, "hour", 2d, "min", 30d}},
        {1710000000d, new Object[] {"year", 2024d, "month", 3d, "day", 10d, "hour", 2d, "min", 30d, "isdst", false}},
        {1719797400d, new Object[] {"year", 2024d, "month", 7d, "day", 1d, "isdst", false}},
        {1719795600d, new Object[] {"year", 2024d, "month", 7d, "day", 1d, "isdst", true}},
        {1711846800d, new Object[] {"year", 2024d, "month", 3d, "day", 30d, "hour", 12d, "sec", 86400d}},
        {1711501200d, new Object[] {"year", 2024d, "month", 3d, "day", 30d, "hour", 12d, "sec", -259200d}},
        {1711846800d, new Object[] {"year", 2024d, "month", 3d, "day", 30d, "hour", 12d, "min", 1440d}},
        {-5364657380d, new Object[] {"year", 1800d, "month", 1d, "day", 1d}},
        {32519323800d, new Object[] {"year", 3000d, "month", 7d, "day", 1d}},
        {67767976233450000d, new Object[] {"year", 2147483647d, "month", 12d, "day", 31d}},
        {67767916275219600d, new Object[] {"year", 2147481747d, "month", 12d, "day", 31d}},
        {67767976233536400d, new Object[] {"year", -2147483648d, "month", 1d, "day", 1d}},
        {2473850979d, new Object[] {"year", 2048d, "month", 5d, "day", 23d, "hour", 23d, "min", 19d, "sec", 39d}},
        {-804851305d, new Object[] {"year", 1944d, "month", 7d, "day", 1d, "hour", 1d, "min", 11d, "sec", 35d, "isdst", true}},
        {1404838653d, new Object[] {"year", 2014d, "month", 7d, "day", 9d, "hour", 3d, "min", 27d, "sec", 33d, "isdst", false}},
        {-982989397d, new Object[] {"year", 1938d, "month", 11d, "day", 8d, "hour", 5d, "min", 23d, "sec", 23d, "isdst", false}},
        {-2181188439d, new Object[] {"year", 1900d, "month", 11d, "day", 19d, "hour", 5d, "min", 19d, "sec", 21d, "isdst", true}},
        {1159193105d, new Object[] {"year", 2006d, "month", 9d, "day", 26d, "hour", 1d, "min", 5d, "sec", 5d, "isdst", true}},
        {-682739807d, new Object[] {"year", 1948d, "month", 5d, "day", 14d, "hour", 9d, "min", 3d, "sec", 13d, "isdst", true}},
        {-1683054485d, new Object[] {"year", 1916d, "month", 9d, "day", 1d, "hour", 15d, "min", 51d, "sec", 55d, "isdst", true}},
        {-2080295699d, new Object[] {"year", 1904d, "month", 1d, "day", 31d, "hour", -1d, "min", 5d, "sec", 1d, "isdst", true}},
        {-293505965d, new Object[] {"year", 1960d, "month", 9d, "day", 13d, "hour", 9d, "min", 33d, "sec", 55d, "isdst", true}},
        {3877072991d, new Object[] {"year", 2092d, "month", 11d, "day", 10d, "hour", -1d, "min", 43d, "sec", 11d, "isdst", true}},
        {3624678323d, new Object[] {"year", 2084d, "month", 11d, "day", 10d, "hour", 17d, "min", 35d, "sec", 23d, "isdst", false}},
        {-741501979d, new Object[] {"year", 1946d, "month", 7d, "day", 4d, "hour", 5d, "min", 13d, "sec", 41d}},
        {-1133857817d, new Object[] {"year", 1934d, "month", 1d, "day", 27d, "hour", 1d, "min", 29d, "sec", 43d}},
        {-1814370635d, new Object[] {"year", 1912d, "month", 7d, "day", 4d, "hour", 19d, "min", 9d, "sec", 25d, "isdst", true}},
        {4802979549d, new Object[] {"year", 2122d, "month", 3d, "day", 15d, "hour", 11d, "min", 59d, "sec", 9d, "isdst", true}},
        {-224919285d, new Object[] {"year", 1962d, "month", 11d, "day", 16d, "hour", 5d, "min", 25d, "sec", 15d, "isdst", true}},
        {4571006873d, new Object[] {"year", 2114d, "month", 11d, "day", 7d, "hour", 15d, "min", 7d, "sec", 53d, "isdst", true}},
        {696172183d, new Object[] {"year", 1992d, "month", 1d, "day", 24d, "hour", -1d, "min", 39d, "sec", 43d, "isdst", false}},
        {-104085541d, new Object[] {"year", 1966d, "month", 9d, "day", 14d, "hour", 17d, "min", 21d, "sec", -1d}},
        {3935120969d, new Object[] {"year", 2094d, "month", 9d, "day", 12d, "hour", 19d, "min", 39d, "sec", 29d}},
        {2209020813d, new Object[] {"year", 2040d, "month", 1d, "day", 1d, "hour", 19d, "min", 53d, "sec", 33d, "isdst", true}},
        {3797274703d, new Object[] {"year", 2090d, "month", 5d, "day", 1d, "hour", 9d, "min", 1d, "sec", 43d}},
        {4798454627d, new Object[] {"year", 2122d, "month", 1d, "day", 22d, "hour", 3d, "min", 3d, "sec", 47d}},
        {385647839d, new Object[] {"year", 1982d, "month", 3d, "day", 23d, "hour", -1d, "min", 53d, "sec", 59d, "isdst", true}},
        {5062006403d, new Object[] {"year", 2130d, "month", 5d, "day", 30d, "hour", 11d, "min", 23d, "sec", 23d, "isdst", false}},
        {-1312750841d, new Object[] {"year", 1928d, "month", 5d, "day", 27d, "hour", 13d, "min", -1d, "sec", 19d}},
        {-1561930085d, new Object[] {"year", 1920d, "month", 7d, "day", 4d, "hour", 13d, "min", 31d, "sec", 55d, "isdst", true}},
        {5123343083d, new Object[] {"year", 2132d, "month", 5d, "day", 9d, "hour", 9d, "min", 21d, "sec", 23d}},
        {-735429611d, new Object[] {"year", 1946d, "month", 9d, "day", 12d, "hour", 11d, "min", 59d, "sec", 49d, "isdst", false}},
        {1578026733d, new Object[] {"year", 2020d, "month", 1d, "day", 3d, "hour", 15d, "min", 45d, "sec", 33d, "isdst", true}},
        {1136070805d, new Object[] {"year", 2006d, "month", 1d, "day", 1d, "hour", 9d, "min", 43d, "sec", 25d, "isdst", false}},
        {4314883273d, new Object[] {"year", 2106d, "month", 9d, "day", 26d, "hour", 5d, "min", 41d, "sec", 13d, "isdst", true}},
        {1910089431d, new Object[] {"year", 2030d, "month", 7d, "day", 12d, "hour", 23d, "min", 23d, "sec", 51d, "isdst", true}},
        {4380981825d, new Object[] {"year", 2108d, "month", 11d, "day", -1d, "hour", 5d, "min", 53d, "sec", 45d, "isdst", false}},
        {-1177425127d, new Object[] {"year", 1932d, "month", 9d, "day", 9d, "hour", 19d, "min", 27d, "sec", 53d, "isdst", false}},
        {2426539907d, new Object[] {"year", 2046d, "month", 11d, "day", 23d, "hour", 9d, "min", 51d, "sec", 47d, "isdst", true}},
        {5049760393d, new Object[] {"year", 2130d, "month", 1d, "day", 8d, "hour", 17d, "min", 43d, "sec", 13d, "isdst", false}},
        {3683458993d, new Object[] {"year", 2086d, "month", 9d, "day", 22d, "hour", 1d, "min", 33d, "sec", 13d, "isdst", false}},
        {-1307470093d, new Object[] {"year", 1928d, "month", 7d, "day", 27d, "hour", 15d, "min", 51d, "sec", 47d}},
        });

    @ParameterizedTest
    @MethodSource("zones")
    void time(String zone) {
        zone(zone);
        for (Object[] c : TIMES.get(zone)) {
            LuaTable t = table((Object[]) c[1]);
            Object r = os("time", t)[0];
            assertEquals(c[0], r, () -> zone + " " + java.util.Arrays.toString((Object[]) c[1]));
        }
        zone("UTC");
    }

    static Stream<String> zones() {
        return Stream.of("UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe");
    }

    @Test
    void timeFieldErrors() {
        assertEquals("field 'day' missing in date table", errorOf(() -> os("time", table("year", 2024.0, "month", 1.0))));
        assertEquals("field 'month' missing in date table", errorOf(() -> os("time", table("year", 2024.0, "day", 1.0))));
        assertEquals("field 'year' missing in date table", errorOf(() -> os("time", table("month", 1.0, "day", 1.0))));
        assertEquals("field 'year' missing in date table",
                errorOf(() -> os("time", table("year", "x", "month", 1.0, "day", 1.0))));
        assertEquals("bad argument #1 to 'time' (table expected, got number)", errorOf(() -> os("time", 5.0)));
    }

    @Test
    void timeReadsFieldsThroughMetamethods() {
        zone("UTC");
        LuaTable t = table("year", 2024.0);
        t.metatable = table("__index", table("month", 1.0, "day", 1.0));
        assertArrayEquals(a(1704110400.0), os("time", t));
    }

    @Test
    void timeNow() {
        double before = Math.floor(System.currentTimeMillis() / 1000.0);
        double now = (Double) os("time")[0];
        assertTrue(now >= before && now <= before + 5);
        assertEquals(now, Math.floor(now));
        assertTrue((Double) os("time", (Object) null)[0] >= now);
    }

    @Test
    void difftime() {
        // os.difftime(5.7, 1.2), os.difftime(5), os.difftime("10", "3") -> 4 5 7
        assertArrayEquals(a(4.0), os("difftime", 5.7, 1.2));
        assertArrayEquals(a(5.0), os("difftime", 5.0));
        assertArrayEquals(a(7.0), os("difftime", "10", "3"));
        assertEquals("bad argument #2 to 'difftime' (number expected, got string)", errorOf(() -> os("difftime", 1.0, "x")));
        assertEquals("bad argument #1 to 'difftime' (number expected, got no value)", errorOf(() -> os("difftime")));
    }

    @Test
    void clockIsMonotonicSeconds() throws InterruptedException {
        double c1 = (Double) os("clock")[0];
        Thread.sleep(20);
        double c2 = (Double) os("clock")[0];
        assertTrue(c1 >= 0 && c2 >= c1 + 0.015, c1 + " " + c2);
    }

    // ---------------------------------------------------------------- environment, files, exit

    @Test
    void getenv() {
        Map.Entry<String, String> any = System.getenv().entrySet().iterator().next();
        assertArrayEquals(a(LuaGlobals.bytes(any.getValue())), os("getenv", LuaGlobals.bytes(any.getKey())));
        assertArrayEquals(a((Object) null), os("getenv", "NOPE_XYZ_LUA2JAVA"));
        assertEquals("bad argument #1 to 'getenv' (string expected, got no value)", errorOf(() -> os("getenv")));
    }

    @Test
    void tmpnameRemoveRename(@TempDir Path dir) throws Exception {
        String name = (String) os("tmpname")[0];
        assertTrue(name.matches(".*lua_[A-Za-z0-9]{6}"), name);
        assertTrue(Files.exists(Path.of(name)));
        assertArrayEquals(a(true), os("remove", name));
        assertArrayEquals(a(null, name + ": No such file or directory", 2.0), os("remove", name));
        assertArrayEquals(a(null, name + ": No such file or directory", 2.0), os("rename", name, name + "x"));

        Path from = dir.resolve("from.txt");
        Files.writeString(from, "data");
        String to = dir.resolve("to.txt").toString();
        assertArrayEquals(a(true), os("rename", from.toString(), to));
        assertEquals("data", Files.readString(Path.of(to)));
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("f"), "x");
        // os.remove("/tmp") -> nil  /tmp: Directory not empty  39
        assertArrayEquals(a(null, sub + ": Directory not empty", 39.0), os("remove", sub.toString()));
        Files.delete(sub.resolve("f"));
        assertArrayEquals(a(true), os("remove", sub.toString()));
        assertArrayEquals(a(null, ": No such file or directory", 2.0), os("remove", ""));
        assertEquals("bad argument #2 to 'rename' (string expected, got nil)", errorOf(() -> os("rename", "a", null)));
    }

    @Test
    void fileNamesAreUtf8Bytes(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("caf\u00e9.txt");
        Files.writeString(p, "x");
        assertArrayEquals(a(true), os("remove", LuaGlobals.bytes(p.toString())));
        assertFalse(Files.exists(p));
    }

    @Test
    void exitThrowsForTheHost() {
        assertEquals(0, assertThrows(LuaExit.class, () -> os("exit")).status());
        assertEquals(0, assertThrows(LuaExit.class, () -> os("exit", true)).status());
        assertEquals(1, assertThrows(LuaExit.class, () -> os("exit", false)).status());
        assertEquals(3, assertThrows(LuaExit.class, () -> os("exit", 3.0)).status());
        assertEquals("bad argument #1 to 'exit' (number expected, got string)", errorOf(() -> os("exit", "x")));
    }

    @Test
    void exitFlushesOpenFiles(@TempDir Path dir) throws Exception {
        LuaTable io = IoLib.install(new LuaTable(), new java.io.ByteArrayOutputStream(), java.io.InputStream.nullInputStream());
        String name = dir.resolve("out.txt").toString();
        Object f = ((LuaFunction) io.get("open")).invoke(a(name, "w"))[0];
        Lua.invoke(Lua.index(f, "write"), a(f, "pending"));
        assertEquals("", Files.readString(Path.of(name)));
        assertThrows(LuaExit.class, () -> os("exit"));
        assertEquals("pending", Files.readString(Path.of(name), StandardCharsets.ISO_8859_1));
    }

    @Test
    void setlocale() {
        assertArrayEquals(a("C"), os("setlocale"));
        assertArrayEquals(a("C"), os("setlocale", "C"));
        assertArrayEquals(a((Object) null), os("setlocale", "xx"));
        assertArrayEquals(a("C"), os("setlocale", null, "numeric"));
        assertEquals("bad argument #2 to 'setlocale' (invalid option 'x')", errorOf(() -> os("setlocale", null, "x")));
        assertEquals("bad argument #1 to 'setlocale' (string expected, got table)", errorOf(() -> os("setlocale", new LuaTable())));
    }

    @Test
    void execute() {
        assertArrayEquals(a(1.0), os("execute"));
        if (!System.getProperty("os.name").toLowerCase().startsWith("windows")) {
            assertArrayEquals(a(768.0), os("execute", "exit 3"));
            assertArrayEquals(a(0.0), os("execute", "true"));
        }
    }
}
