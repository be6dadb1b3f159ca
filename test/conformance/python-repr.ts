import type { Json } from '@lib/asl';

/**
 * Python's `repr` of a value decoded from JSON, as the LocalStack Lambdas (Python) printed their
 * events: `{'a': 1, 'b': [True, None]}`.
 *
 * JSON numbers reach us as JS numbers, so `1.0` and `1` are the same value here: integral numbers
 * below 1e16 print as Python ints (`1`), the others as Python floats (`0.5`, `1e-05`, `1e+16`;
 * past 2^53 an int's digits are lost in JS anyway).
 */
export function pythonRepr(value: Json): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return pythonNumberRepr(value);
  if (typeof value === 'string') return pythonStringRepr(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  const entries = Object.entries(value).map(([k, v]) => `${pythonStringRepr(k)}: ${pythonRepr(v)}`);
  return `{${entries.join(', ')}}`;
}

/** Python's `str.format(event=...)` for templates such as `input-event-{event}`. */
export function pythonFormat(template: string, event: Json): string {
  return template.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (match, field: string | undefined) => {
    if (match === '{{') return '{';
    if (match === '}}') return '}';
    if (field === 'event') return pythonRepr(event);
    throw new Error(`python_format: unsupported replacement field {${field}} in ${JSON.stringify(template)}`);
  });
}

export function pythonNumberRepr(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return BigInt(n).toString();
  return pythonFloatRepr(n);
}

/** `repr(float)`: shortest round-trip digits, exponent form when the exponent is < -4 or >= 16. */
export function pythonFloatRepr(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  const [mantissa, exponentText] = Math.abs(n).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  // Python's "decimal point position": value = 0.<digits> * 10^decpt.
  const decpt = exponent + 1;
  if (decpt > -4 && decpt <= 16) return sign + fixedNotation(digits, decpt);
  const rest = digits.slice(1);
  const expSign = exponent < 0 ? '-' : '+';
  const expDigits = String(Math.abs(exponent)).padStart(2, '0');
  return `${sign}${digits[0]}${rest ? `.${rest}` : ''}e${expSign}${expDigits}`;
}

function fixedNotation(digits: string, decpt: number): string {
  if (decpt <= 0) return `0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${digits}${'0'.repeat(decpt - digits.length)}.0`;
  return `${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

/** Characters Python's `str.isprintable()` rejects (beyond ASCII, handled separately). */
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** `repr(str)`: single quotes unless the text has `'` and no `"`; Python's escapes. */
export function pythonStringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${hex(code, 2)}`;
    else if (code < 0x7f) out += ch;
    else if (!NOT_PRINTABLE.test(ch)) out += ch;
    else if (code <= 0xff) out += `\\x${hex(code, 2)}`;
    else if (code <= 0xffff) out += `\\u${hex(code, 4)}`;
    else out += `\\U${hex(code, 8)}`;
  }
  return out + quote;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}
