-- checks string.reverse on empty, single-char, palindromes, binary data and numbers
print(("hello"):reverse())
print("[" .. (""):reverse() .. "]")
print(("a"):reverse())
print(("racecar"):reverse() == "racecar")
print(("ab\0cd"):reverse():byte(1, -1))
print(string.reverse(12345), string.reverse(1.5))
print(("\200\100"):reverse():byte(1, -1))
local function isPalindrome(s)
  s = s:lower():gsub("[^%a]", "")
  return s == s:reverse()
end
print(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("Path of Building"))
print(("abc"):reverse():upper():rep(2))
