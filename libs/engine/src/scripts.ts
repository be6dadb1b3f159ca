import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { LUA_CODES_PREAMBLE } from './lua/codes';

/** One atomic operation: its Lua file and how many of its arguments are keys. */
interface ScriptSpec {
  readonly file: string;
  readonly numberOfKeys: number;
}

/** The registry of Lua scripts, by the command name ioredis gives them. */
export const SCRIPTS = {
  createExecution: { file: 'create-execution.lua', numberOfKeys: 4 },
  commitTransition: { file: 'commit-transition.lua', numberOfKeys: 6 },
} as const satisfies Record<string, ScriptSpec>;
export type ScriptName = keyof typeof SCRIPTS;

/** A Redis connection with Stepwise's scripts defined on it. */
export type ScriptedRedis = Redis & Record<ScriptName, (...args: (string | number)[]) => Promise<unknown>>;

/** Defines every script on a connection (with the return codes prepended) and returns it typed. */
export function defineScripts(redis: Redis): ScriptedRedis {
  for (const [name, spec] of Object.entries(SCRIPTS)) {
    const source = readFileSync(join(__dirname, 'lua', spec.file), 'utf8');
    redis.defineCommand(name, { numberOfKeys: spec.numberOfKeys, lua: `${LUA_CODES_PREAMBLE}\n${source}` });
  }
  return redis as ScriptedRedis;
}
