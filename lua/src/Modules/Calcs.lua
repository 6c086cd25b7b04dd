-- Calcs: the calculation entry point. Loads the calc modules into one calcs table and adds
-- calcs.calculate(build, data) -> output.
--
-- The output has exactly the keys of outputKeys (numbers), plus the string Unsupported when the
-- main skill could not be modelled. Everything a calculation creates lives in its env, so
-- calculate never changes build or data.

local calcs = { }

LoadModule("Modules/CalcSetup", calcs)
LoadModule("Modules/CalcPerform", calcs)
LoadModule("Modules/CalcDefence", calcs)
LoadModule("Modules/CalcOffence", calcs)

calcs.outputKeys = {
	"Str", "Dex", "Int",
	"Life", "Mana", "EnergyShield", "Spirit",
	"Armour", "Evasion",
	"FireResist", "ColdResist", "LightningResist", "ChaosResist",
	"FireResistMax", "ColdResistMax", "LightningResistMax", "ChaosResistMax",
	"BlockChance", "EffectiveMovementSpeedMod",
	"AverageHit", "Speed", "CritChance", "CritMultiplier", "TotalDPS",
}

-- Builds the environment and runs the calculation; returns the env (for tests and tools that
-- want more than the output).
function calcs.run(build, data)
	local env = calcs.initEnv(build, data)
	calcs.perform(env)
	return env
end

function calcs.calculate(build, data)
	local env = calcs.run(build, data)
	local output = env.player.output
	local result = { }
	for _, key in ipairs(calcs.outputKeys) do
		result[key] = output[key] or 0
	end
	result.Unsupported = output.Unsupported
	return result
end

return calcs
