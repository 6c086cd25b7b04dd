-- checks deep nesting of do blocks with shadowing at each level
local v = 0
do local v = v + 1
  do local v = v + 1
    do local v = v + 1
      do local v = v + 1
        print("depth 4", v)
      end
      print("depth 3", v)
    end
    print("depth 2", v)
  end
  print("depth 1", v)
end
print("depth 0", v)
