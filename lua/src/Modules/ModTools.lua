-- Modifier tools: the flag constants every calc module uses, the mod constructor, and the mod
-- parser (Modules/ModParser, loaded into modLib.parseMod). Loaded once per engine instance by
-- Engine.lua, which makes ModFlag, KeywordFlag and modLib globals of that instance.

local type = type
local select = select

-- Flags describing what a damage calculation is for (the cfg.flags of a Sum); a mod applies when
-- all of its flags are present: bit.band(cfg.flags, mod.flags) == mod.flags. They stay below 2^31
-- so bit.band can test them directly.
ModFlag = {
	Attack = 0x00000001,
	Spell = 0x00000002,
	Hit = 0x00000004,
	Melee = 0x00000008,
	Projectile = 0x00000010,
	Area = 0x00000020,
	Weapon = 0x00000040,
	Unarmed = 0x00000080,
	Bow = 0x00000100,
	Crossbow = 0x00000200,
	Mace = 0x00000400,
	Staff = 0x00000800,
	Sword = 0x00001000,
	Axe = 0x00002000,
	Dagger = 0x00004000,
	Claw = 0x00008000,
	Spear = 0x00010000,
	Flail = 0x00020000,
	Wand = 0x00040000,
	Talisman = 0x00080000,
	Weapon1H = 0x00100000,
	Weapon2H = 0x00200000,
	Ailment = 0x00400000,
	Dot = 0x00800000,
}

-- Flags describing the skill (the cfg.keywordFlags of a Sum). Some sit above 2^32, so they are
-- combined and tested with the OR64/AND64 helpers from Common.
KeywordFlag = {
	Attack = 0x00000001,
	Spell = 0x00000002,
	Hit = 0x00000004,
	Melee = 0x00000008,
	Projectile = 0x00000010,
	Area = 0x00000020,
	Minion = 0x00000040,
	Totem = 0x00000080,
	Warcry = 0x00000100,
	Slam = 0x00000200,
	Strike = 0x00000400,
	Physical = 0x00000800,
	Fire = 0x00001000,
	Cold = 0x00002000,
	Lightning = 0x00004000,
	Chaos = 0x00008000,
	Herald = 0x0000000100000000,
	Companion = 0x0000000200000000,
	Empowered = 0x0000000400000000,
}

-- The damage types in the order every damage loop walks them.
DamageTypes = { "Physical", "Lightning", "Cold", "Fire", "Chaos" }
ElementalTypes = { Lightning = true, Cold = true, Fire = true }

modLib = { }

-- modLib.createMod(name, type, value, [source], [flags], [keywordFlags], tag...)
-- Strings after the value are the source, numbers are flags then keyword flags, tables are tags
-- (stored in the mod's array part: mod[1], mod[2], ...).
function modLib.createMod(modName, modType, modVal, ...)
	local mod = {
		name = modName,
		type = modType,
		value = modVal,
		flags = 0,
		keywordFlags = 0,
	}
	local numbers = 0
	for i = 1, select("#", ...) do
		local arg = select(i, ...)
		local argType = type(arg)
		if argType == "string" then
			mod.source = arg
		elseif argType == "number" then
			numbers = numbers + 1
			if numbers == 1 then
				mod.flags = arg
			else
				mod.keywordFlags = arg
			end
		elseif argType == "table" then
			mod[#mod + 1] = arg
		end
	end
	return mod
end

-- Copies a mod (tags are shared: they are never modified once built) with a new source.
function modLib.setSource(mod, source)
	local out = {
		name = mod.name,
		type = mod.type,
		value = mod.value,
		flags = mod.flags,
		keywordFlags = mod.keywordFlags,
		source = source,
	}
	for i = 1, #mod do
		out[i] = mod[i]
	end
	return out
end

-- A one-line description, for debugging: "Life BASE 40 (Tree:123)".
function modLib.formatMod(mod)
	local text = string.format("%s %s %s", mod.name, mod.type, tostring(mod.value))
	if mod.flags ~= 0 then
		text = text .. string.format(" flags=%d", mod.flags)
	end
	if mod.keywordFlags ~= 0 then
		text = text .. string.format(" keywordFlags=%.0f", mod.keywordFlags)
	end
	for _, tag in ipairs(mod) do
		text = text .. " [" .. tostring(tag.type) .. ":" .. tostring(tag.var or tag.stat or tag.slotName) .. "]"
	end
	if mod.source then
		text = text .. " (" .. mod.source .. ")"
	end
	return text
end

LoadModule("Modules/ModParser", modLib)
