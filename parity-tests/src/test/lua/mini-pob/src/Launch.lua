#@ mini-pob
-- Entry point with the shape of PoB's Launch.lua: a main object, OnInit, OnFrame, error prompts.
local startTime = GetTime()
APP_NAME = "mini-pob"
SetWindowTitle(APP_NAME)
ConExecute("set vid_mode 8")
launch = { }
SetMainObject(launch)
jit.opt.start('maxtrace=4000', 'maxmcode=8192')
collectgarbage("setpause", 400)

function launch:OnInit()
	self.startTime = startTime
	local firstRun = io.open("first.run", "r")
	self.firstRun = firstRun ~= nil
	local errMsg
	errMsg, self.main = PLoadModule("Modules/Main", self)
	if errMsg then
		self:ShowErrMsg("In 'OnInit': %s", errMsg)
	elseif not self.main then
		self:ShowErrMsg("Modules/Main returned nothing")
	else
		errMsg = PCall(self.main.Init, self.main)
		if errMsg then
			self:ShowErrMsg("In 'Init': %s", errMsg)
		end
	end
end

function launch:OnFrame()
	if self.main and self.main.OnFrame then
		local errMsg = PCall(self.main.OnFrame, self.main)
		if errMsg then
			self:ShowErrMsg("In 'OnFrame': %s", errMsg)
		end
	end
	SetDrawLayer(1000)
	SetViewport()
end

function launch:ShowErrMsg(fmt, ...)
	if not self.promptMsg then
		self.promptMsg = "^1Error:\n\n^0" .. string.format(fmt, ...)
	end
end
