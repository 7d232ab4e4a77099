-- wrk script of scripts/bench-real.sh: each request asks a random path of the file PATHS_FILE (one path a line,
-- already encoded), every thread with its own seed; prints one line:
-- RESULT requests seconds p50 p99 max (ms) non-2xx 429 5xx errors
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
  thread:set("number", #threads)
end

init = function(args)
  paths = {}
  for line in io.lines(os.getenv("PATHS_FILE")) do
    if line ~= "" then
      table.insert(paths, line)
    end
  end
  math.randomseed(os.time() + 7919 * number)
  non2xx, throttled, server = 0, 0, 0
end

request = function()
  return wrk.format(nil, paths[math.random(#paths)])
end

response = function(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if status == 429 then
      throttled = throttled + 1
    elseif status >= 500 then
      server = server + 1
    end
  end
end

done = function(summary, latency, requests)
  local bad, tooMany, failed = 0, 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non2xx")
    tooMany = tooMany + thread:get("throttled")
    failed = failed + thread:get("server")
  end
  io.write(string.format("RESULT %d %.3f %.1f %.1f %.1f %d %d %d %d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, bad, tooMany, failed,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
