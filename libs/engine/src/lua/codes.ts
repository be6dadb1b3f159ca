/** Return codes of the Lua scripts, defined once and injected into every script at load. */
export const LuaCode = {
  Ok: 0,
  /** The transition job was applied before: the stored jobs come back to be re-sent. */
  AlreadyApplied: 1,
  /** The run or the event count moved since it was read: re-read and step again. */
  Conflict: 2,
  /** An execution with that id exists. */
  Exists: 3,
} as const;
export type LuaCode = (typeof LuaCode)[keyof typeof LuaCode];

/** The Lua preamble that defines every code as a local. */
export const LUA_CODES_PREAMBLE = Object.entries(LuaCode)
  .map(([name, value]) => `local ${name} = ${value}`)
  .join('\n');
