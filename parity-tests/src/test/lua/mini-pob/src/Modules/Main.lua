-- The main object: loads the common code and the tree, switches modes, runs frames.
local launch = ...
local main = { modes = { }, launch = launch }

LoadModule("Modules/Common")

function main:Init()
	self.tree = common.loadTree("0_1")
	self.frames = 0
	ConPrintf("Loaded tree %s with %d nodes in %d ms", self.tree.version, #self.tree.nodes, GetTime() - launch.startTime)
	if arg[1] then
		error("no command line expected")
	end
end

function main:SetMode(mode, importing, ...)
	self.newMode = mode
	self.importing = importing
	self.newModeArgs = { ... }
end

function main:OnFrame()
	self.frames = self.frames + 1
	if self.newMode then
		local buildModule = LoadModule("Modules/Build", self)
		self.modes[self.newMode] = buildModule.new(unpack(self.newModeArgs))
		self.newMode = nil
	end
	ResetViewport()
	local r, g, b = GetDrawColor()
	DrawString(0, 0, "LEFT", 16, "VAR", StripEscapes("^7frame ^x33FF77" .. self.frames .. (r + g + b)))
end

return main
