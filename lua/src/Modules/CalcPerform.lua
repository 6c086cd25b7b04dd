-- CalcPerform: runs one calculation over an environment built by calcs.initEnv. Loaded by Calcs
-- with the calcs table as its argument; adds calcs.perform(env).
--
-- Order matters because later stats read earlier ones through PerStat tags:
--   attributes -> life, mana, spirit -> movement speed, block -> defences -> offence.

local calcs = ...

local ipairs = ipairs
local m_min = math.min
local m_max = math.max

-- Str, Dex, Int: BASE (class base + per-level + mods) * (1 + INC/100) * MORE, rounded.
local function doAttributes(modDB, output)
	for _, stat in ipairs({ "Str", "Dex", "Int" }) do
		local override = modDB:Override(nil, stat)
		output[stat] = override or m_max(round(modDB:Total(nil, stat)), 0)
	end
end

-- Life, Mana, Spirit: BASE (level-based base + attribute bonus + mods) * (1 + INC/100) * MORE.
local function doPools(modDB, output)
	local lifeOverride = modDB:Override(nil, "Life")
	output.Life = lifeOverride or m_max(round(modDB:Total(nil, "Life")), 1)
	output.Mana = m_max(round(modDB:Total(nil, "Mana")), 0)
	output.Spirit = m_max(round(modDB:Total(nil, "Spirit")), 0)
end

-- Movement speed multiplier: (1 + INC/100) * MORE, never below zero.
local function doMovement(modDB, output)
	local inc = modDB:Sum("INC", nil, "MovementSpeed")
	output.EffectiveMovementSpeedMod = m_max((1 + inc / 100) * modDB:More(nil, "MovementSpeed"), 0)
end

-- Block: BASE (shield block + "+N% to Block chance") * (1 + INC/100) * MORE, capped at the
-- maximum block chance (50 + mods), which is itself capped at the hard cap.
local function doBlock(env, modDB, output)
	local blockMax = m_min(modDB:Sum("BASE", nil, "BlockChanceMax"), env.blockChanceHardCap)
	output.BlockChanceMax = blockMax
	local block = modDB:Total(nil, "BlockChance")
	output.BlockChance = m_max(m_min(block, blockMax), 0)
end

function calcs.perform(env)
	local player = env.player
	local modDB = player.modDB
	local output = player.output

	doAttributes(modDB, output)
	doPools(modDB, output)
	doMovement(modDB, output)
	doBlock(env, modDB, output)

	calcs.defence(env, player)
	calcs.offence(env, player)
	return env
end
