/** Short, readable labels for Choice rules, drawn on the Choice state's edges. */

/** Longest label drawn on an edge; the whole rule is in the definition beside the graph. */
export const MAX_CHOICE_LABEL_LENGTH = 48;

const COMPARISONS: ReadonlyArray<readonly [suffix: string, symbol: string]> = [
  ['GreaterThanEquals', '>='],
  ['LessThanEquals', '<='],
  ['GreaterThan', '>'],
  ['LessThan', '<'],
  ['Equals', '=='],
  ['Matches', 'matches'],
];
const TYPE_TESTS = ['IsPresent', 'IsNull', 'IsNumeric', 'IsString', 'IsBoolean', 'IsTimestamp'];
const KIND_PREFIXES = ['String', 'Numeric', 'Boolean', 'Timestamp'];

type Rule = Readonly<Record<string, unknown>>;

/** The rule as text, e.g. `$.age >= 18`, `not ($.vip == true)`, `$.a == 1 and $.b present`. */
export function choiceRuleLabel(rule: Rule): string {
  const label = describe(rule);
  return label.length > MAX_CHOICE_LABEL_LENGTH ? `${label.slice(0, MAX_CHOICE_LABEL_LENGTH - 1)}…` : label;
}

function describe(rule: Rule): string {
  if (typeof rule.Condition === 'string') return rule.Condition.replace(/^\{%\s*|\s*%\}$/g, '');
  if (Array.isArray(rule.And)) return combine(rule.And as Rule[], 'and');
  if (Array.isArray(rule.Or)) return combine(rule.Or as Rule[], 'or');
  if (isRule(rule.Not)) return `not ${nested(rule.Not)}`;
  const variable = typeof rule.Variable === 'string' ? rule.Variable : '?';
  for (const test of TYPE_TESTS) {
    if (test in rule) return `${variable} ${rule[test] === false ? 'is not' : 'is'} ${test.slice(2).toLowerCase()}`;
  }
  for (const [name, value] of Object.entries(rule)) {
    const comparison = comparisonOf(name);
    if (comparison) return `${variable} ${comparison.symbol} ${comparison.path ? String(value) : JSON.stringify(value)}`;
  }
  return variable;
}

function comparisonOf(name: string): { symbol: string; path: boolean } | undefined {
  const path = name.endsWith('Path');
  const operator = path ? name.slice(0, -'Path'.length) : name;
  const kind = KIND_PREFIXES.find((prefix) => operator.startsWith(prefix));
  if (!kind) return undefined;
  const found = COMPARISONS.find(([suffix]) => operator === `${kind}${suffix}`);
  return found && { symbol: found[1], path };
}

function combine(rules: Rule[], word: string): string {
  return rules.map(nested).join(` ${word} `);
}

function nested(rule: Rule): string {
  const text = describe(rule);
  return 'And' in rule || 'Or' in rule ? `(${text})` : text;
}

function isRule(value: unknown): value is Rule {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
