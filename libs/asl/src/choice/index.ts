export { evaluateChoiceRule, CHOICE_OPERATOR_NAMES } from './choice-rule.choice';
export { parseTimestamp, compareTimestamps, type TimestampInstant } from '../time/rfc3339-timestamp';
