// The second generate-sources run must not transpile anything.
def log = new File(basedir, 'build.log').text
assert log.contains('lua2java: 2 Lua files unchanged, nothing to generate') : 'second build regenerated'
return true
