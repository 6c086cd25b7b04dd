// The build must fail with the one-line Lua position, not a stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains('broken.lua:4:1: syntax error near \'end\'') : 'no positioned Lua error in build.log'
assert !log.contains('at dev.lua2java') : 'a stack trace leaked into the build output'
return true
