package dev.lua2java.runtime.pob;

import static dev.lua2java.runtime.lib.LibArgs.checkString;
import static dev.lua2java.runtime.lib.LibArgs.define;
import static dev.lua2java.runtime.lib.LibArgs.results;

import dev.lua2java.runtime.LuaTable;

/**
 * The drawing, window, input, file-search and process functions of PoB's host, for a run without a
 * screen: each accepts its arguments and returns what a headless host returns (a 1920x1080 screen at
 * scale 1, text 1 pixel wide, no keys down, no clipboard, no sub-scripts). Includes the three PoB calls
 * that its own headless stubs miss: {@code ResetViewport}, {@code GetDrawColor}, {@code GetViewportOffset}.
 */
final class PobUiStubs {
    private static final String[] NO_OPS = {
        "RenderInit", "SetDPIScaleOverridePercent", "SetClearColor", "SetDrawLayer", "SetViewport", "ResetViewport",
        "SetDrawColor", "DrawImage", "DrawImageQuad", "DrawString", "SetWindowTitle", "SetCursorPos", "ShowCursor",
        "Copy", "MakeDir", "RemoveDir", "SetWorkDir", "AbortSubScript", "ConPrintTable", "ConExecute", "ConClear",
        "SpawnProcess", "OpenURL", "SetProfiling", "Restart", "Exit", "TakeScreenshot", "NewFileSearch",
        "LaunchSubScript", "Paste", "SetForeground",
    };

    private PobUiStubs() {
    }

    static void install(LuaTable g) {
        for (String name : NO_OPS) {
            define(g, name, args -> results());
        }
        define(g, "GetScreenSize", args -> results(1920.0, 1080.0));
        define(g, "GetVirtualScreenSize", args -> results(1920.0, 1080.0));
        define(g, "GetScreenScale", args -> results(1.0));
        define(g, "GetDPIScaleOverridePercent", args -> results(1.0));
        define(g, "GetDrawColor", args -> results(1.0, 1.0, 1.0, 1.0));
        define(g, "GetViewportOffset", args -> results(0.0, 0.0));
        define(g, "DrawStringWidth", args -> results(1.0));
        define(g, "DrawStringCursorIndex", args -> results(0.0));
        define(g, "GetAsyncCount", args -> results(0.0));
        define(g, "GetCursorPos", args -> results(0.0, 0.0));
        define(g, "IsKeyDown", args -> results(Boolean.FALSE));
        define(g, "IsSubScriptRunning", args -> results(Boolean.FALSE));
        define(g, "GetRuntimePath", args -> results(""));
        define(g, "GetUserPath", args -> results(""));
        define(g, "GetWorkDir", args -> results(""));
        define(g, "GetCloudProvider", args -> results(null, null, null));
        define(g, "StripEscapes", args -> results(stripEscapes(checkString(args, 0, "StripEscapes"))));
        LuaTable imageHandle = new LuaTable();
        LuaTable methods = new LuaTable();
        define(methods, "Load", args -> {
            ((LuaTable) args[0]).set("valid", Boolean.TRUE);
            return results();
        });
        define(methods, "Unload", args -> {
            ((LuaTable) args[0]).set("valid", Boolean.FALSE);
            return results();
        });
        define(methods, "IsValid", args -> results(((LuaTable) args[0]).get("valid")));
        define(methods, "SetLoadingPriority", args -> results());
        define(methods, "ImageSize", args -> results(1.0, 1.0));
        imageHandle.set("__index", methods);
        define(g, "NewImageHandle", args -> {
            LuaTable handle = new LuaTable();
            handle.metatable = imageHandle;
            return results(handle);
        });
    }

    /**
     * Removes PoB's colour escapes in two passes, as the host does: first {@code ^} followed by a digit,
     * then {@code ^x} followed by six hex digits (so {@code ^x^1FFFFFF} loses both). Returns the text only.
     */
    static String stripEscapes(String text) {
        return strip(strip(text, false), true);
    }

    private static String strip(String text, boolean hexColours) {
        StringBuilder b = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '^' && !hexColours && i + 1 < text.length() && isDigit(text.charAt(i + 1))) {
                i += 2;
            } else if (c == '^' && hexColours && i + 8 <= text.length() && text.charAt(i + 1) == 'x' && hex6(text, i + 2)) {
                i += 8;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hex6(String s, int from) {
        for (int i = from; i < from + 6; i++) {
            char c = s.charAt(i);
            if (!(isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
                return false;
            }
        }
        return true;
    }
}
