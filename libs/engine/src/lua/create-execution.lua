--[[
  Creates an execution: its record, its root run, the ARN index and the start-time index.
  KEYS[1] execution hash   KEYS[2] runs hash   KEYS[3] ARN → id hash   KEYS[4] start-time zset
  KEYS[5..7] start-time zsets of the state machine, version and alias it was started from (the
             state machine's repeated when there is no version or alias)
  ARGV[1] JSON { id, arn, fields: {field: string}, rootRun: string, startedAt: number }
  Returns { Ok } or { Exists, existingId }.
]]
local opts = cjson.decode(ARGV[1])
local existing = redis.call('HGET', KEYS[3], opts.arn)
if existing then
  return { Exists, existing }
end
for field, value in pairs(opts.fields) do
  redis.call('HSET', KEYS[1], field, value)
end
redis.call('HSET', KEYS[1], 'eventCount', 0)
redis.call('HSET', KEYS[2], 'r', opts.rootRun)
redis.call('HSET', KEYS[3], opts.arn, opts.id)
redis.call('ZADD', KEYS[4], opts.startedAt, opts.id)
for i = 5, 7 do
  redis.call('ZADD', KEYS[i], opts.startedAt, opts.id)
end
return { Ok }
