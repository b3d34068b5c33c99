-- wrk script: GET /api/v1/products?q=<word>, a word drawn at random per request from words.txt
-- (the name words of the generated catalog), and a report of percentiles at the end.
-- wrk -t2 -c50 -d30s -s search.lua http://127.0.0.1:9480 -- words.txt
local words = {}
local counter = 0

local function load(file)
  local list = {}
  for line in io.lines(file) do
    if line ~= "" then list[#list + 1] = line end
  end
  return list
end

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

function init(args)
  words = load(args[1] or "words.txt")
  math.randomseed(os.time() + (seed or 0) * 7919)
end

function request()
  local word = words[math.random(#words)]
  return wrk.format("GET", "/api/v1/products?q=" .. word)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("requests %d in %.1f s: %.1f requests/s\n",
    summary.requests, seconds, summary.requests / seconds))
  io.write(string.format("latency ms: p50 %.1f  p90 %.1f  p95 %.1f  p99 %.1f  max %.1f  mean %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000))
  io.write(string.format("errors: status %d, connect %d, read %d, write %d, timeout %d\n",
    summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout))
end
