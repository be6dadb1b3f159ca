import { isJsonObject } from '../json';
import { statesOf, type MachineScope, type StateNode } from './definition-walk';
import { DiagnosticCode, error, type Diagnostic } from './diagnostic';
import type { ValidationContext } from './validation-context';

interface Transition {
  readonly target: string;
  readonly location: string;
}

/**
 * The state graph of every scope: `StartAt`, `Next`, `Default` and Catcher `Next` must name a state
 * of the same scope, every state must be reachable, and the state machine itself needs a terminal
 * state (AWS checks that at the top level only, and then skips the reachability walk).
 */
export function checkTransitions(context: ValidationContext): Diagnostic[] {
  return context.scopes.flatMap(checkScope);
}

function checkScope(scope: MachineScope): Diagnostic[] {
  const states = statesOf(scope);
  const names = new Set(states.map((s) => s.name));
  const diagnostics: Diagnostic[] = [];
  const missing = (t: Transition): void => {
    if (!names.has(t.target)) {
      diagnostics.push(error(DiagnosticCode.MissingTransitionTarget, `Missing 'Next' target: ${t.target}`, t.location));
    }
  };
  const startAt = scope.machine.StartAt;
  if (typeof startAt === 'string') missing({ target: startAt, location: `${scope.location}/StartAt` });
  for (const node of states) transitionsOf(node).forEach(missing);

  if (scope.kind === 'root' && !states.some(isTerminal)) {
    diagnostics.push(error(DiagnosticCode.MissingEndState, 'Workflow has no terminal state'));
    return diagnostics;
  }
  const reached = new Set<string>();
  const byName = new Map(states.map((s) => [s.name, s]));
  const pending = typeof startAt === 'string' ? [startAt] : [];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    const node = byName.get(name);
    if (node === undefined || reached.has(name)) continue;
    reached.add(name);
    pending.push(...transitionsOf(node).map((t) => t.target));
  }
  for (const node of states) {
    if (!reached.has(node.name)) {
      diagnostics.push(error(DiagnosticCode.MissingTransitionTarget, `State "${node.name}" is not reachable.`, node.location));
    }
  }
  return diagnostics;
}

function isTerminal({ state }: StateNode): boolean {
  return state.End === true || state.Type === 'Succeed' || state.Type === 'Fail';
}

/** Where a state can go next: Next, Choice rules and Default, and Catchers. */
function transitionsOf({ state, location }: StateNode): Transition[] {
  const transitions: Transition[] = [];
  if (typeof state.Next === 'string' && state.Type !== 'Choice') transitions.push({ target: state.Next, location: `${location}/Next` });
  for (const list of ['Choices', 'Catch']) {
    const entries = state[list];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry, i) => {
      if (isJsonObject(entry) && typeof entry.Next === 'string') {
        transitions.push({ target: entry.Next, location: `${location}/${list}[${i}]/Next` });
      }
    });
  }
  if (state.Type === 'Choice' && typeof state.Default === 'string') {
    transitions.push({ target: state.Default, location: `${location}/Default` });
  }
  return transitions;
}
