--[[
  Commits one step of one run: the run's new record, new child runs, history events with their
  final ids, the execution's end or restart, and the jobs to send next (kept for replays).
  KEYS[1] execution hash   KEYS[2] runs hash   KEYS[3] history list   KEYS[4] applied hash
  KEYS[5] fan-out results hash: where a finished child stores its output, or the results the
          parent has just consumed
  KEYS[6] inbox hash of completions waiting for a parent run: where a finished child leaves its
          completion, or the one a drain has just consumed
  ARGV[1] JSON {
    jobId,             -- the transition job; applying it twice changes nothing
    runId, runVersion, -- the run as read (its record's version); it must not have moved
    eventCount,        -- the execution's event count the step numbered its events from
    exactIds,          -- the step quoted event ids in text: the count must not have moved either
    nonce,             -- marks provisional event ids in the records: "\u0001<nonce>:<offset>"
    deleteRun,         -- drop the run's record instead of writing ARGV[2] (a finished child)
    events,            -- [ { k, prev, prevRel, body } ]: offset, predecessor, JSON after the ids
    fields,            -- { field: string } execution fields to set (status, output, ...); '' deletes one
    results,           -- { field: value }: outputs stored by child index in KEYS[5] (a finished
                       -- child's, or those a redriven fan-out carries over)
    dropResults,       -- the parent consumed KEYS[5]: delete it
    completion,        -- { field, value, drain }: a finished child's completion for KEYS[6]; the
                       -- child that finds the inbox empty also sends the drain job (JSON)
    consumed,          -- [field]: the completions this drain applied, removed from KEYS[6]
    followUp,          -- with consumed: the drain job (JSON) to send when completions remain
    ended              -- { channel, status }: the execution ended; published once committed
  }
  ARGV[2] the run's new record (JSON)
  ARGV[3] the jobs to send (JSON)
  ARGV[4] the run's payloads field (<runId>:p, for records that store large payloads apart):
          '' leaves it, '-' deletes it, anything else is written to it
  ARGV[5], ARGV[6], ...: child run id, its record (JSON), for each child run to create
  Run records are stored as JSON that starts with {"version":N, so the version is read without
  decoding the record (a Map's holds all its items); a record written before that is decoded.
  Final id of offset k: the execution's current event count + k, so runs commit concurrently.
  Returns { Ok, jobs, count } (count: the event count before this commit's events) |
  { AlreadyApplied, jobs } | { Conflict, run, payloads, fields }: what a transition would read
  instead (the run's stored record and payloads field, the execution's LoadedFields), so the caller
  steps again without a read.
]]
local opts = cjson.decode(ARGV[1])
local applied = redis.call('HGET', KEYS[4], opts.jobId)
if applied then
  return { AlreadyApplied, applied }
end
local count = tonumber(redis.call('HGET', KEYS[1], 'eventCount') or '0')
local current = redis.call('HGET', KEYS[2], opts.runId)
local payloadsField = opts.runId .. ':p'
local function conflict()
  return { Conflict, current, redis.call('HGET', KEYS[2], payloadsField), redis.call('HMGET', KEYS[1], unpack(LoadedFields)) }
end
if opts.exactIds and count ~= opts.eventCount then
  return conflict()
end
if current then
  local version = tonumber(string.match(current, '^{"version":(%d+)')) or cjson.decode(current).version or 0
  if version ~= opts.runVersion then
    return conflict()
  end
end

local marker = '"\\u0001' .. opts.nonce .. ':(%d+)"'
local function finalIds(record)
  return (string.gsub(record, marker, function(offset) return tostring(count + tonumber(offset)) end))
end

if opts.deleteRun then
  redis.call('HDEL', KEYS[2], opts.runId, payloadsField)
else
  redis.call('HSET', KEYS[2], opts.runId, finalIds(ARGV[2]))
end
if ARGV[4] == '-' then
  redis.call('HDEL', KEYS[2], payloadsField)
elseif ARGV[4] ~= '' then
  redis.call('HSET', KEYS[2], payloadsField, ARGV[4])
end
for i = 5, #ARGV, 2 do
  redis.call('HSETNX', KEYS[2], ARGV[i], finalIds(ARGV[i + 1]))
end
for _, event in ipairs(opts.events) do
  local prev = event.prev
  if event.prevRel then prev = count + prev end
  redis.call('RPUSH', KEYS[3], '{"id":' .. (count + event.k) .. ',"previousEventId":' .. prev .. ',' .. event.body)
end
redis.call('HSET', KEYS[1], 'eventCount', count + #opts.events)
for field, value in pairs(opts.fields) do
  if value == '' then
    redis.call('HDEL', KEYS[1], field)
  else
    redis.call('HSET', KEYS[1], field, value)
  end
end
if opts.results then
  for field, value in pairs(opts.results) do redis.call('HSET', KEYS[5], field, value) end
end
if opts.dropResults then
  redis.call('DEL', KEYS[5])
end

local jobs = ARGV[3]
local function send(job)
  if jobs == '[]' then jobs = '[' .. job .. ']' else jobs = string.sub(jobs, 1, -2) .. ',' .. job .. ']' end
end
-- One drain at a time per inbox: the child that opens an empty inbox sends it, and a drain that
-- leaves completions behind (they arrived after its read) sends the next.
if opts.completion then
  if redis.call('HLEN', KEYS[6]) == 0 then send(opts.completion.drain) end
  redis.call('HSET', KEYS[6], opts.completion.field, opts.completion.value)
end
if opts.consumed then
  for _, field in ipairs(opts.consumed) do redis.call('HDEL', KEYS[6], field) end
  if redis.call('HLEN', KEYS[6]) > 0 then send(opts.followUp) end
end
redis.call('HSET', KEYS[4], opts.jobId, jobs)
if opts.ended then
  redis.call('PUBLISH', opts.ended.channel, opts.ended.status)
end
return { Ok, jobs, count }
