import type jsonata from 'jsonata';
import type { JsonataFailure } from './jsonata-failure';

/*
 * AWS runs JSONata 2.0.6; the installed jsonata is newer. Its only syntax 2.0.6 lacks is the
 * coalescing `??` and default `?:` operators (2.1.0), which 2.0.6 reads as a `?` followed by an
 * operator with no left operand.
 */
const NEWER_OPERATORS: Readonly<Record<string, string>> = { '??': '?', '?:': ':' };

/** The syntax error JSONata 2.0.6 raises for an expression using a newer operator, if any. */
export function newerSyntaxFailure(ast: jsonata.ExprNode, text: string): JsonataFailure | undefined {
  for (const node of conditionNodes(ast)) {
    // A condition node's position is just past its operator token.
    const position = node.position ?? 0;
    const symbol = NEWER_OPERATORS[text.slice(position - 2, position)];
    if (symbol !== undefined) {
      return { code: 'S0211', message: `The symbol "${symbol}" cannot be used as a unary operator` };
    }
  }
  return undefined;
}

function* conditionNodes(value: unknown): Generator<jsonata.ExprNode> {
  if (Array.isArray(value)) {
    for (const item of value) yield* conditionNodes(item);
  } else if (typeof value === 'object' && value !== null) {
    if ((value as jsonata.ExprNode).type === 'condition') yield value as jsonata.ExprNode;
    for (const child of Object.values(value)) yield* conditionNodes(child);
  }
}
