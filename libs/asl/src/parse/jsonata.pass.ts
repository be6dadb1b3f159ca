import jsonata from 'jsonata';
import { isJsonObject, type Json } from '../json';
import type { StateNode } from './definition-walk';
import { DiagnosticCode, error, type Diagnostic } from './diagnostic';
import type { ValidationContext } from './validation-context';
import { isJsonataTemplate, jsonataBody } from './value-checks';

/** Fields of a JSONata state that never hold a `{% %}` template, or hold sub-machines. */
const NOT_EVALUATED = new Set([
  'Type', 'Comment', 'QueryLanguage', 'Next', 'End', 'Resource', 'Default', 'Label',
  'Branches', 'ItemProcessor', 'Iterator', 'Retry', 'Catch', 'Choices',
]);

/**
 * Every `{% %}` template of a JSONata state must compile, and may not use what Step Functions
 * does not offer: `$$`, or `$states.errorOutput` outside a Catcher's own Output and Assign.
 */
export function checkJsonata(context: ValidationContext): Diagnostic[] {
  return context.states.filter((node) => node.language === 'JSONata').flatMap(checkState);
}

function checkState({ state, location }: StateNode): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [field, value] of Object.entries(state)) {
    if (!NOT_EVALUATED.has(field)) diagnostics.push(...checkTemplates(value, `${location}/${field}`, false));
  }
  for (const list of ['Catch', 'Choices'] as const) {
    const entries = state[list];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry, i) => {
      if (!isJsonObject(entry)) return;
      for (const field of ['Output', 'Assign', 'Condition']) {
        if (entry[field] !== undefined) {
          diagnostics.push(...checkTemplates(entry[field], `${location}/${list}[${i}]/${field}`, list === 'Catch'));
        }
      }
    });
  }
  return diagnostics;
}

function checkTemplates(value: Json, location: string, inCatcher: boolean): Diagnostic[] {
  if (isJsonataTemplate(value)) return checkExpression(jsonataBody(value), location, inCatcher);
  if (Array.isArray(value)) return value.flatMap((v) => checkTemplates(v, location, inCatcher));
  if (isJsonObject(value)) return Object.values(value).flatMap((v) => checkTemplates(v, location, inCatcher));
  return [];
}

function checkExpression(expression: string, location: string, inCatcher: boolean): Diagnostic[] {
  let ast: unknown;
  try {
    ast = jsonata(expression).ast();
  } catch (e) {
    const message = (e as { message?: unknown }).message;
    return [error(DiagnosticCode.InvalidJsonataExpression, typeof message === 'string' ? message : String(e), location)];
  }
  const unsupported = unsupportedReference(ast, inCatcher);
  return unsupported === null ? [] : [error(DiagnosticCode.UnsupportedJsonataExpression, unsupported, location)];
}

/** The message for the first reference Step Functions does not offer, or null. */
function unsupportedReference(ast: unknown, inCatcher: boolean): string | null {
  const seen = new Set<object>();
  const visit = (node: unknown): string | null => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return null;
    seen.add(node);
    const n = node as { type?: unknown; value?: unknown; steps?: unknown };
    if (n.type === 'variable' && n.value === '$') return "Reference to '$$' is not supported.";
    if (!inCatcher && n.type === 'path' && Array.isArray(n.steps) && isErrorOutput(n.steps)) {
      return "Field '$states.errorOutput' does not exist.";
    }
    for (const child of Object.values(node)) {
      const found = visit(child);
      if (found !== null) return found;
    }
    return null;
  };
  return visit(ast);
}

function isErrorOutput(steps: unknown[]): boolean {
  const [first, second] = steps as { type?: unknown; value?: unknown }[];
  return first?.type === 'variable' && first.value === 'states' && second?.type === 'name' && second.value === 'errorOutput';
}
