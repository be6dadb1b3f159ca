/** Injection token of the process's runtime Engine (undefined when no Redis is configured). */
export const ENGINE = Symbol('Engine');
