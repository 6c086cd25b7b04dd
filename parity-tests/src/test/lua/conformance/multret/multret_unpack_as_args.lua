-- checks unpack results expanded into argument lists and constructors
local t = {1, 2, 3}
print(unpack(t))
print(unpack(t), "end")
print("start", unpack(t))
print(math.max(unpack(t)))
print(select("#", unpack(t)))
local copy = {unpack(t)}
print(#copy, copy[3])
local partial = {unpack(t), unpack(t)}
print(#partial, partial[1], partial[2], partial[4])
print(string.char(unpack({72, 105})))
