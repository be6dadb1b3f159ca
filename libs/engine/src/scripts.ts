import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { LUA_CODES_PREAMBLE } from './lua/codes';
import { LOADED_FIELDS } from './execution-record';

/** One atomic operation: its Lua file and how many of its arguments are keys. */
interface ScriptSpec {
  readonly file: string;
  readonly numberOfKeys: number;
}

/** The registry of Lua scripts, by the command name ioredis gives them. */
export const SCRIPTS = {
  createExecution: { file: 'create-execution.lua', numberOfKeys: 7 },
  commitTransition: { file: 'commit-transition.lua', numberOfKeys: 6 },
} as const satisfies Record<string, ScriptSpec>;
export type ScriptName = keyof typeof SCRIPTS;

/** A Redis connection with Stepwise's scripts defined on it. */
export type ScriptedRedis = Redis & Record<ScriptName, (...args: (string | number)[]) => Promise<unknown>>;

/** What every script starts with: the return codes, and the execution fields a transition reads. */
const PREAMBLE = `${LUA_CODES_PREAMBLE}\nlocal LoadedFields = { ${LOADED_FIELDS.map((field) => `'${field}'`).join(', ')} }`;

/** Defines every script on a connection (with the preamble prepended) and returns it typed. */
export function defineScripts(redis: Redis): ScriptedRedis {
  for (const [name, spec] of Object.entries(SCRIPTS)) {
    const source = readFileSync(join(__dirname, 'lua', spec.file), 'utf8');
    redis.defineCommand(name, { numberOfKeys: spec.numberOfKeys, lua: `${PREAMBLE}\n${source}` });
  }
  return redis as ScriptedRedis;
}
