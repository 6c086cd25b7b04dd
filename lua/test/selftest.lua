-- Self-test of the engine's building blocks (no game data needed):
--
--   luajit lua/test/selftest.lua
--
-- Checks the Common helpers, the class system, ModDB/ModList queries and tags, and what ModParser
-- makes of a set of lines. Prints one line per failed check and a summary; exits with 1 on failure.

local scriptDir = (arg and arg[0] or ""):match("^(.*)[/\\][^/\\]*$") or "."
local srcDir = scriptDir .. "/../src/"

function LoadModule(name, ...)
	local chunk, err = loadfile(srcDir .. name .. ".lua")
	if not chunk then
		error(err, 2)
	end
	return chunk(...)
end

function ConPrintf(fmt, ...)
	print(string.format(fmt, ...))
end

LoadModule("Engine")

local checks, failures = 0, 0

local function check(name, actual, expected)
	checks = checks + 1
	if actual ~= expected then
		failures = failures + 1
		print(string.format("FAIL %s: got %s, expected %s", name, tostring(actual), tostring(expected)))
	end
end

-- 64-bit flags
check("OR64 high+low", OR64(0x100000000, 1), 0x100000001)
check("AND64 high", AND64(0x300000001, 0x100000003), 0x100000001)
check("AND64 bit 31 stays positive", AND64(0xFFFFFFFF, 0x80000000), 0x80000000)
check("AND64 disjoint", AND64(0x200000000, 0x100000000), 0)

-- strings and numbers
local parts = ("a,b,,c"):split(",")
check("split count", #parts, 4)
check("split empty piece", parts[3], "")
check("split no separator", #("abc"):split(","), 1)
check("trim", ("  x y \t"):trim(), "x y")
check("round half up", round(2.5), 3)
check("round half down negative", round(-2.5), -3)
check("round digits", round(1.2345, 2), 1.23)

-- class system: parent constructor through self.ParentName, inherited and overridden methods
local Parent = newClass("SelfTestParent", function(self, value)
	self.value = value
end)
function Parent:Describe()
	return "parent " .. self.value
end
function Parent:Twice()
	return self.value * 2
end
local Child = newClass("SelfTestChild", "SelfTestParent", function(self, value)
	self.SelfTestParent(self, value + 1)
end)
function Child:Describe()
	return "child " .. self.value
end
local object = new("SelfTestChild", 4)
check("parent constructor", object.value, 5)
check("inherited method", object:Twice(), 10)
check("own method", object:Describe(), "child 5")
check("memoised into class", rawget(Child, "Twice"), Parent.Twice)

-- ModDB queries and tags
local actor = { output = { Str = 55 } }
local modDB = new("ModDB")
modDB.actor = actor
modDB:NewMod("Life", "BASE", 100, "Base")
modDB:NewMod("Life", "INC", 10, "Tree:1")
modDB:NewMod("Life", "INC", 20, "Tree:2", { type = "Condition", var = "FullLife" })
modDB:NewMod("Life", "MORE", 10, "Tree:3")
modDB:NewMod("Life", "MORE", -20, "Tree:4")
modDB:NewMod("Life", "BASE", 2, "Base", { type = "PerStat", stat = "Str", div = 10 })
modDB:NewMod("Damage", "INC", 5, "Tree:5", { type = "Multiplier", var = "PowerCharge" })
modDB:NewMod("Damage", "INC", 7, "Tree:6", ModFlag.Attack)
modDB:NewMod("Damage", "INC", 9, "Tree:7", 0, KeywordFlag.Herald)
modDB:NewMod("Life", "OVERRIDE", 1, "Tree:8", { type = "Condition", var = "Inoculated" })
modDB:NewMod("Unbreakable", "FLAG", true, "Tree:9")
modDB:NewMod("GrantedPassive", "LIST", "alpha", "Item:Amulet")
check("BASE with PerStat", modDB:Sum("BASE", nil, "Life"), 110)
check("INC without condition", modDB:Sum("INC", nil, "Life"), 10)
modDB.conditions.FullLife = true
check("INC with condition", modDB:Sum("INC", nil, "Life"), 30)
check("MORE product", math.floor(modDB:More(nil, "Life") * 1000 + 0.5), 880)
modDB.multipliers.PowerCharge = 3
check("Multiplier tag", modDB:Sum("INC", nil, "Damage"), 15)
check("flags match", modDB:Sum("INC", { flags = ModFlag.Attack + ModFlag.Hit }, "Damage"), 22)
check("keyword flag above 2^32", modDB:Sum("INC", { keywordFlags = OR64(KeywordFlag.Herald, KeywordFlag.Attack) }, "Damage"), 24)
check("source filter", modDB:Sum("INC", { source = "Tree" }, "Life"), 30)
check("override inactive", modDB:Override(nil, "Life"), nil)
modDB.conditions.Inoculated = true
check("override active", modDB:Override(nil, "Life"), 1)
check("flag", modDB:Flag(nil, "Unbreakable"), true)
check("list", modDB:List(nil, "GrantedPassive")[1], "alpha")
check("tabulate", #modDB:Tabulate("INC", nil, "Life"), 2)

local modList = new("ModList")
modList:AddMod(modLib.createMod("Armour", "INC", 30))
modList:AddMod(modLib.createMod("Defences", "INC", 12))
modList:AddMod(modLib.createMod("Armour", "BASE", 40))
check("ModList sum over names", modList:Sum("INC", nil, "Armour", "Defences"), 42)
check("ModList base", modList:Sum("BASE", nil, "Armour"), 40)

-- ModParser: each line -> its mods, formatted
local parserCases = {
	{ "+40 to maximum Life", "Life BASE 40" },
	{ "12% increased maximum Life", "Life INC 12" },
	{ "8% reduced maximum Mana", "Mana INC -8" },
	{ "+15 to all Attributes", "Str BASE 15; Dex BASE 15; Int BASE 15" },
	{ "+5 to any Attribute", "AnyAttribute BASE 5" },
	{ "+25% to all Elemental Resistances", "FireResist BASE 25; ColdResist BASE 25; LightningResist BASE 25" },
	{ "-13% to Chaos Resistance", "ChaosResist BASE -13" },
	{ "+2% to Maximum Fire Resistance", "FireResistMax BASE 2" },
	{ "30% increased Armour and Evasion Rating", "ArmourAndEvasion INC 30" },
	{ "Adds 3 to 7 Cold damage to Attacks", "ColdMin BASE 3 flags=1; ColdMax BASE 7 flags=1" },
	{ "Adds 10 to 20 Physical Damage", "PhysicalMin BASE 10; PhysicalMax BASE 20" },
	{ "10% increased Attack Speed", "Speed INC 10 flags=1" },
	{ "20% more Attack Damage", "Damage MORE 20 flags=1" },
	{ "15% less Damage", "Damage MORE -15" },
	{ "Attacks have +1.5% to Critical Hit Chance", "CritChance BASE 1.5 flags=1" },
	{ "25% increased Critical Damage Bonus for Attack Damage", "CritMultiplier INC 25 flags=1" },
	{ "16% increased Damage with Maces", "Damage INC 16 flags=1024" },
	{ "20% increased Attack Damage while on Full Life", "Damage INC 20 flags=1 [Condition:FullLife]" },
	{ "1% increased Attack Damage per 10 Strength", "Damage INC 1 flags=1 [PerStat:Str]" },
	{ "Gain 8% of Damage as Extra Fire Damage", "DamageGainAsFire BASE 8" },
	{ "Gain 10% of Physical Damage as Extra Lightning Damage", "PhysicalDamageGainAsLightning BASE 10" },
	{ "30% increased Armour from Equipped Body Armour", "Armour INC 30 [SlotName:Body Armour]" },
	{ "Maximum Life is 1", "Life OVERRIDE 1" },
	{ "10% increased Damage while affected by a Herald", "Damage INC 10 [Condition:AffectedByHerald]" },
	{ "Minions deal 20% increased Damage", "unsupported" },
	{ "Allies in your Presence Gain 5% of Damage as Extra Fire Damage", "unsupported" },
	{ "+2 to Level of all Melee Skills", "unsupported" },
}
for _, case in ipairs(parserCases) do
	local line, expected = case[1], case[2]
	local modList = modLib.parseMod(line)
	local text = "unsupported"
	if modList then
		local pieces = { }
		for _, mod in ipairs(modList) do
			pieces[#pieces + 1] = modLib.formatMod(mod)
		end
		text = table.concat(pieces, "; ")
	end
	check("parse '" .. line .. "'", text, expected)
end
check("parse cache reuses lists", modLib.parseMod("+40 to maximum Life"), modLib.parseMod("+40 to maximum Life"))

print(string.format("%d checks, %d failed", checks, failures))
os.exit(failures == 0 and 0 or 1)
