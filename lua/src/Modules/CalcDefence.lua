-- CalcDefence: armour, evasion, energy shield and resistances of an actor. Loaded by Calcs with
-- the calcs table as its argument; adds calcs.defence(env, actor).

local calcs = ...

local ipairs = ipairs
local m_min = math.min
local m_max = math.max

-- The mod names whose INC and MORE mods scale each defence.
local defenceModNames = {
	Armour = { "Armour", "ArmourAndEvasion", "ArmourAndEnergyShield", "Defences" },
	Evasion = { "Evasion", "ArmourAndEvasion", "EvasionAndEnergyShield", "Defences" },
	EnergyShield = { "EnergyShield", "ArmourAndEnergyShield", "EvasionAndEnergyShield", "Defences" },
}

local resistTypes = { "Fire", "Cold", "Lightning", "Chaos" }

function calcs.defence(env, actor)
	local modDB = actor.modDB
	local output = actor.output

	-- Resistances: the maximum is BASE (75 + mods) up to the hard cap; the resistance is BASE
	-- (mods + the act penalty for elemental ones) up to the maximum.
	for _, resistType in ipairs(resistTypes) do
		local maxName = resistType .. "ResistMax"
		local resistName = resistType .. "Resist"
		local max = modDB:Override(nil, maxName) or m_min(modDB:Sum("BASE", nil, maxName), env.resistanceHardCap)
		local total = modDB:Override(nil, resistName) or modDB:Sum("BASE", nil, resistName)
		output[maxName] = max
		output[resistName] = m_min(total, max)
		output[resistName .. "Total"] = total
	end

	-- Armour, Evasion, Energy Shield: BASE (items after their local mods, level-based evasion,
	-- "+N to" mods) * (1 + INC/100) * MORE over the stat's own and shared names, rounded.
	for _, stat in ipairs({ "Armour", "Evasion", "EnergyShield" }) do
		local names = defenceModNames[stat]
		local base = modDB:Sum("BASE", nil, stat)
		local inc = modDB:Sum("INC", nil, unpack(names))
		local more = modDB:Sum("MORE", nil, unpack(names))
		local override = modDB:Override(nil, stat)
		output[stat] = override or m_max(round(base * (1 + inc / 100) * more), 0)
	end
end
