#@ a first line starting with # is skipped, as LuaJIT does for files (PoB marks files with "#@")
print("first line skipped")
print(#"abc")
