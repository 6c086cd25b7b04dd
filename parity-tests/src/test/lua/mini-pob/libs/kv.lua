-- A library found through require, from the second source directory (like PoB's runtime/lua).
local kv = { }
function kv.attributes(xml, element)
	local tag = xml:match("<" .. element .. "%s([^>]*)>") or xml:match("<" .. element .. "%s([^>]*)/>")
	if not tag then
		return nil
	end
	local attrs = { }
	for k, v in tag:gmatch('([%w_]+)="([^"]*)"') do
		attrs[k] = v
	end
	return attrs
end
return kv
