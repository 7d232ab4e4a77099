-- wrk script of scripts/bench-real.sh: each request asks a random path of the file PATHS_FILE (one path a line,
-- already encoded), every thread with its own seed; prints one line:
-- RESULT p50 p99 max (ms) requests seconds non-2xx (answers of 400 and more, as wrk counts them) errors
local threads = 0

setup = function(thread)
  threads = threads + 1
  thread:set("number", threads)
end

init = function(args)
  paths = {}
  for line in io.lines(os.getenv("PATHS_FILE")) do
    if line ~= "" then
      table.insert(paths, line)
    end
  end
  math.randomseed(os.time() + 7919 * number)
end

request = function()
  return wrk.format(nil, paths[math.random(#paths)])
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.1f %.1f %d %.3f %d %d\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests, summary.duration / 1e6,
    summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
