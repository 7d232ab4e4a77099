-- wrk script of scripts/bench-national.sh: rotates the request over a list of paths (PATHS, separated by "|")
-- and prints one line with the median and 99th percentile latency, requests per second and non-2xx answers.
local paths = {}

local function encode(text)
  return (text:gsub("[^%w%-%._~/?=&,]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

init = function(args)
  for path in string.gmatch(os.getenv("PATHS") or "/", "[^|]+") do
    table.insert(paths, encode(path))
  end
  counter = math.random(#paths)
end

request = function()
  counter = counter % #paths + 1
  return wrk.format(nil, paths[counter])
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT %.1f %.1f %.0f %d %d\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.requests / seconds, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
