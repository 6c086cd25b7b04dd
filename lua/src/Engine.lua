-- Engine: the entry chunk of the embedded default engine. The host runs this chunk once per engine
-- instance and then calls calcs.calculate(build, data) once per build:
--
--   local calcs = <result of this chunk>
--   local output = calcs.calculate(build, data)
--
-- Threading and state:
--   * One engine instance belongs to one thread. The host loads this chunk once per thread (each
--     instance has its own globals), and every chunk below runs once per load of this chunk.
--   * build and data are shared, read-only, between threads: a calculation never writes to them.
--     Everything a calculation creates lives in its env (Modules/CalcSetup) and is dropped after.
--   * The only state kept between calculations are caches in chunk-level locals, which therefore
--     belong to this engine instance: ModParser's cache of parsed mod lines, CalcSetup's cache of
--     magic item name -> base name, and Common's class registry. Their content depends only on
--     the text they are keyed by (and the bases table), so reusing them cannot change a result.
--
-- Host interface: LoadModule(name, ...) runs lua/src/<name>.lua with ... as its arguments and
-- returns its results; ConPrintf(fmt, ...) prints string.format(fmt, ...).

LoadModule("Modules/Common")
LoadModule("Modules/ModTools")

local calcs = LoadModule("Modules/Calcs")

return calcs
