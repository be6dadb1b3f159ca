import { isJsonObject, type Json, type JsonObject } from '../json';
import { has, type StateNode } from './definition-walk';
import { schemaError, type Diagnostic } from './diagnostic';
import { isRfc3339Timestamp } from '../time/rfc3339-timestamp';
import type { ValidationContext } from './validation-context';
import {
  checkString,
  emptyValue,
  expectedType,
  notSupported,
  onlyOneOf,
  otherLanguageField,
  requiredFields,
} from './value-checks';

/** The operand type of each JSONPath comparison operator (`Path` variants take a path string). */
type OperandType = 'string' | 'number' | 'boolean' | 'timestamp' | 'path';
const OPERATOR_TYPES: Readonly<Record<string, OperandType>> = {
  ...family('String', ['Equals', 'LessThan', 'GreaterThan', 'LessThanEquals', 'GreaterThanEquals'], 'string'),
  StringMatches: 'string',
  ...family('Numeric', ['Equals', 'LessThan', 'GreaterThan', 'LessThanEquals', 'GreaterThanEquals'], 'number'),
  ...family('Boolean', ['Equals'], 'boolean'),
  ...family('Timestamp', ['Equals', 'LessThan', 'GreaterThan', 'LessThanEquals', 'GreaterThanEquals'], 'timestamp'),
  IsNull: 'boolean',
  IsPresent: 'boolean',
  IsNumeric: 'boolean',
  IsString: 'boolean',
  IsBoolean: 'boolean',
  IsTimestamp: 'boolean',
};

function family(prefix: string, names: string[], type: OperandType): Record<string, OperandType> {
  return Object.fromEntries(names.flatMap((n) => [[`${prefix}${n}`, type], [`${prefix}${n}Path`, 'path']]));
}

export function isComparisonOperator(field: string): boolean {
  return Object.prototype.hasOwnProperty.call(OPERATOR_TYPES, field);
}

const COMBINATORS = ['And', 'Or', 'Not'];
const SELECTORS = ['And', 'Or', 'Not', 'Variable', 'Condition'];

/** A Choice rule with its location; `nested` rules sit inside And/Or/Not and carry no Next. */
export interface ChoiceRuleNode {
  readonly rule: JsonObject;
  readonly location: string;
  readonly nested: boolean;
  readonly state: StateNode;
}

/** Every rule of a Choice state, nested ones included. */
export function choiceRules(node: StateNode): ChoiceRuleNode[] {
  const choices = node.state.Choices;
  if (!Array.isArray(choices)) return [];
  const rules: ChoiceRuleNode[] = [];
  const visit = (rule: Json, location: string, nested: boolean): void => {
    if (!isJsonObject(rule)) return;
    rules.push({ rule, location, nested, state: node });
    for (const combinator of ['And', 'Or']) {
      const list = rule[combinator];
      if (Array.isArray(list)) list.forEach((sub, i) => visit(sub, `${location}/${combinator}[${i}]`, true));
    }
    if (rule.Not !== undefined) visit(rule.Not, `${location}/Not`, true);
  };
  choices.forEach((rule, i) => visit(rule, `${node.location}/Choices[${i}]`, false));
  return rules;
}

/** Choice rules: exactly one operator each, Next on top-level rules only, operands of the right type. */
export function checkChoiceRules(context: ValidationContext): Diagnostic[] {
  return context.states
    .filter(({ state }) => state.Type === 'Choice')
    .flatMap((node) => [...checkChoicesList(node), ...choiceRules(node).flatMap(checkRule)]);
}

function checkChoicesList({ state, location }: StateNode): Diagnostic[] {
  const choices = state.Choices;
  if (choices === undefined) return [];
  if (!Array.isArray(choices)) return [expectedType(['ARRAY'], `${location}/Choices`)];
  if (choices.length === 0) return [emptyValue(`${location}/Choices`)];
  return choices.flatMap((rule, i) => (isJsonObject(rule) ? [] : [expectedType(['OBJECT'], `${location}/Choices[${i}]`)]));
}

function checkRule({ rule, location, nested, state }: ChoiceRuleNode): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const jsonata = state.language === 'JSONata';
  if (!nested && !has(rule, 'Next')) diagnostics.push(requiredFields(['Next'], location));
  diagnostics.push(...checkString(rule.Next, `${location}/Next`), ...checkString(rule.Comment, `${location}/Comment`));

  for (const field of Object.keys(rule)) {
    const known = field === 'Comment' || SELECTORS.includes(field) || isComparisonOperator(field);
    const topLevelOnly = field === 'Next' || field === 'Assign' || field === 'Output';
    if (topLevelOnly ? nested : !known) diagnostics.push(notSupported(field, location));
  }

  const foreign = jsonata
    ? Object.keys(rule).filter((f) => f === 'Variable' || COMBINATORS.includes(f) || isComparisonOperator(f))
    : Object.keys(rule).filter((f) => f === 'Condition' || f === 'Output');
  for (const field of foreign) diagnostics.push(otherLanguageField(state.language, field, location));
  if (foreign.length > 0) return diagnostics;

  if (jsonata) {
    if (!has(rule, 'Condition')) diagnostics.push(requiredFields(['Condition'], location));
    else if (typeof rule.Condition !== 'string' && typeof rule.Condition !== 'boolean') {
      diagnostics.push(expectedType(['STRING', 'BOOLEAN'], `${location}/Condition`));
    }
    return diagnostics;
  }
  const selectors = SELECTORS.filter((f) => has(rule, f));
  if (selectors.length !== 1) {
    diagnostics.push(schemaError(`The object must have only one of the following fields, [${SELECTORS.join(', ')}]`, location));
    return diagnostics;
  }
  return [...diagnostics, ...checkSelector(rule, selectors[0], location)];
}

function checkSelector(rule: JsonObject, selector: string, location: string): Diagnostic[] {
  const operators = Object.keys(rule).filter(isComparisonOperator);
  if (selector !== 'Variable') {
    const operand = rule[selector];
    const at = `${location}/${selector}`;
    const extra = operators.map((op) => notSupported(op, location));
    if (selector === 'Not') return isJsonObject(operand) ? extra : [...extra, expectedType(['OBJECT'], at)];
    if (!Array.isArray(operand)) return [...extra, expectedType(['ARRAY'], at)];
    return operand.length === 0 ? [...extra, emptyValue(at)] : extra;
  }
  const variable = checkString(rule.Variable, `${location}/Variable`);
  if (operators.length === 0) {
    return [...variable, schemaError("A rule with 'Variable' must have one comparison operator", location)];
  }
  if (operators.length > 1) return [...variable, onlyOneOf(operators, location)];
  return [...variable, ...checkOperand(operators[0], rule[operators[0]], `${location}/${operators[0]}`)];
}

function checkOperand(operator: string, value: Json, location: string): Diagnostic[] {
  switch (OPERATOR_TYPES[operator]) {
    case 'number':
      return typeof value === 'number' ? [] : [expectedType(['NUMBER'], location)];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [expectedType(['BOOLEAN'], location)];
    case 'timestamp':
      if (typeof value !== 'string') return [expectedType(['STRING'], location)];
      return isRfc3339Timestamp(value) ? [] : [schemaError('String does not match RFC3339 timestamp', location)];
    default:
      return typeof value === 'string' ? [] : [expectedType(['STRING'], location)];
  }
}
