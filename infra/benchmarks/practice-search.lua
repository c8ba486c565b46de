-- wrk script of infra/benchmarks/practice-search.sh --api: each request is one search of the library through the api,
-- drawn at random for each request of each connection from the same mix as the pgbench run (the searches of a words
-- file, weight 9, and the library's first page without words, weight BROWSE; one in five with a theme filter), plus a
-- share of searches never asked before: a rare place of the scale data ("piscine de Brest": about 150 practices)
-- excluding a word made up for this request, so that no kept answer can serve it (a cache miss by construction).
--
-- wrk -s practice-search.lua URL -- WORDS_FILE BROWSE_WEIGHT NEVER_REPEATED_SHARE (0 to 1)

local words = {}
local browse_weight = 1
local fresh_share = 0.1
made_up = 0   -- globals: wrk's setup() sets thread_id, done() reads made_up in each thread
thread_id = 0

-- The places and towns of infra/local-stack/src/main/resources/scale/70-practices.sql: each pair names ~0.3% of it.
local places = { "médiathèque", "piscine", "lycée", "collège", "école", "mairie annexe", "centre social", "musée",
                 "conservatoire", "archives", "crèche", "déchèterie", "port", "aéroport", "gare", "maison de santé",
                 "office de tourisme", "théâtre", "stade", "cantine" }
local towns = { "Brest", "Quimper", "Rennes", "Lorient", "Vannes", "Saint-Brieuc", "Morlaix", "Lannion", "Concarneau",
                "Douarnenez", "Fougères", "Vitré", "Redon", "Pontivy", "Dinan" }

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("thread_id", counter)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then table.insert(words, line) end
  end
  browse_weight = tonumber(args[2])
  fresh_share = tonumber(args[3])
  math.randomseed(os.time() * 1000 + thread_id)
end

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  local query
  if math.random() < fresh_share then
    made_up = made_up + 1
    query = places[math.random(#places)] .. " de " .. towns[math.random(#towns)]
            .. " -zq" .. thread_id .. "x" .. made_up
    return wrk.format("GET", "/api/v1/practices?limit=20&q=" .. encode(query))
  end
  local path = "/api/v1/practices?limit=20"
  if math.random(9 + browse_weight) <= 9 then
    path = path .. "&q=" .. encode(words[math.random(#words)])
  end
  if math.random(5) == 1 then
    path = path .. "&theme=PROCUREMENT"
  end
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local made = 0
  for _, thread in ipairs(threads) do
    made = made + (thread:get("made_up") or 0)
  end
  io.write(string.format("script: searches never asked before (cache misses by construction): %d of %d (%.1f%%)\n", made, summary.requests,
                         100 * made / math.max(summary.requests, 1)))
end
