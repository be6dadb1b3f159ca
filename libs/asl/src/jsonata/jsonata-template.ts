const OPEN = '{%';
const CLOSE = '%}';

/**
 * Whether a field value is a JSONata template. AWS evaluates a string only when its whole text
 * is `{% ... %}`: a string with whitespace before `{%` or after `%}` is a plain constant.
 */
export function isJsonataTemplate(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length >= OPEN.length + CLOSE.length &&
    value.startsWith(OPEN) &&
    value.endsWith(CLOSE)
  );
}

/** The expression inside a template, trimmed, as AWS quotes it in error causes. */
export function jsonataExpressionOf(template: string): string {
  return template.slice(OPEN.length, template.length - CLOSE.length).trim();
}
