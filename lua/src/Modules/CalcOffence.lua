-- CalcOffence: the hit damage, speed and crit of the main skill, calculated as an attack with the
-- main-hand weapon (or unarmed). Loaded by Calcs with the calcs table as its argument; adds
-- calcs.offence(env, actor). Skill gems' own effects (damage effectiveness, conversions, added
-- damage, speed multipliers) are not modelled.

local calcs = ...

local ipairs = ipairs
local m_min = math.min
local m_max = math.max

local offenceKeys = { "AverageHit", "Speed", "CritChance", "CritMultiplier", "TotalDPS" }

-- INC and MORE mods that scale damage of one type.
local function damageModNames(damageType)
	if ElementalTypes[damageType] then
		return "Damage", damageType .. "Damage", "ElementalDamage"
	end
	return "Damage", damageType .. "Damage"
end

function calcs.offence(env, actor)
	local modDB = actor.modDB
	local output = actor.output
	for _, key in ipairs(offenceKeys) do
		output[key] = 0
	end

	local weapon = actor.weaponData1
	if not weapon then
		local item = actor.mainHandWithoutAttack
		output.Unsupported = "main skill '" .. env.mainSkill.name .. "': the main-hand "
			.. (item and item.base.type or "item") .. " has no attack; only weapon attacks are modelled"
		return
	end

	local keywordFlags = OR64(KeywordFlag.Attack, KeywordFlag.Hit)
	if bit.band(weapon.flags, ModFlag.Melee) ~= 0 then
		keywordFlags = OR64(keywordFlags, KeywordFlag.Melee)
	else
		keywordFlags = OR64(keywordFlags, KeywordFlag.Projectile)
	end
	local cfg = { flags = weapon.flags, keywordFlags = keywordFlags }
	env.mainSkill.cfg = cfg

	-- Accuracy first: "per N Accuracy Rating" mods read it.
	output.Accuracy = m_max(round(modDB:Total(cfg, "Accuracy")), 0)

	-- Speed: the weapon's attack rate (after its local attack speed) * (1 + INC/100) * MORE.
	output.Speed = weapon.AttackRate * (1 + modDB:Sum("INC", cfg, "Speed") / 100) * modDB:More(cfg, "Speed")

	-- Crit chance: (weapon base + "+N% to Critical Hit Chance") * (1 + INC/100) * MORE, 0..100.
	local critBase = weapon.CritChance + modDB:Sum("BASE", cfg, "CritChance")
	local crit = critBase * (1 + modDB:Sum("INC", cfg, "CritChance") / 100) * modDB:More(cfg, "CritChance")
	output.CritChance = m_max(m_min(crit, 100), 0)

	-- Crit multiplier: 1 + bonus/100, where the bonus is BASE (100 + "+N% to Critical Damage
	-- Bonus") * (1 + "increased Critical Damage Bonus"/100) * MORE, as in PoE2.
	local critBonus = modDB:Sum("BASE", cfg, "CritMultiplier")
		* (1 + modDB:Sum("INC", cfg, "CritMultiplier") / 100) * modDB:More(cfg, "CritMultiplier")
	output.CritMultiplier = 1 + m_max(critBonus, 0) / 100

	-- Base damage per type: the weapon's (after its local mods) plus global added damage.
	local baseMin, baseMax = { }, { }
	local baseTotal = 0
	for _, damageType in ipairs(DamageTypes) do
		local min = (weapon[damageType .. "Min"] or 0) + modDB:Sum("BASE", cfg, damageType .. "Min")
		local max = (weapon[damageType .. "Max"] or 0) + modDB:Sum("BASE", cfg, damageType .. "Max")
		baseMin[damageType] = min
		baseMax[damageType] = max
		baseTotal = baseTotal + (min + max) / 2
	end

	-- Average hit: per type, (min + max) / 2 plus the damage gained as extra of that type ("gain
	-- N% of [<source>] damage as extra <type> damage", taken from the base damage of the source
	-- types), times (1 + INC/100) * MORE of that type's damage mods.
	local averageHit = 0
	for _, damageType in ipairs(DamageTypes) do
		local average = (baseMin[damageType] + baseMax[damageType]) / 2
		local gained = baseTotal * modDB:Sum("BASE", cfg, "DamageGainAs" .. damageType)
		local elementalBase = 0
		for _, sourceType in ipairs(DamageTypes) do
			if sourceType ~= damageType then
				local sourceAverage = (baseMin[sourceType] + baseMax[sourceType]) / 2
				gained = gained + sourceAverage * modDB:Sum("BASE", cfg, sourceType .. "DamageGainAs" .. damageType)
				if ElementalTypes[sourceType] then
					elementalBase = elementalBase + sourceAverage
				end
			end
		end
		gained = gained + elementalBase * modDB:Sum("BASE", cfg, "ElementalDamageGainAs" .. damageType)
		average = average + gained / 100
		if average > 0 then
			local inc = modDB:Sum("INC", cfg, damageModNames(damageType))
			local more = modDB:Sum("MORE", cfg, damageModNames(damageType))
			local value = m_max(average * (1 + inc / 100) * more, 0)
			output[damageType .. "HitAverage"] = value
			averageHit = averageHit + value
		end
	end
	output.AverageHit = averageHit

	output.TotalDPS = averageHit * (1 + (output.CritMultiplier - 1) * output.CritChance / 100) * output.Speed
end
