export { evaluateChoiceRule, CHOICE_OPERATOR_NAMES } from './choice-rule.choice';
export { parseTimestamp, compareTimestamps, type TimestampInstant } from './rfc3339-timestamp';
