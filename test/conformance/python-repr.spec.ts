import { pythonFloatRepr, pythonFormat, pythonRepr, pythonStringRepr } from './python-repr';

// Expected strings were produced by CPython 3.11's repr(json.loads(...)).
describe('pythonRepr', () => {
  it('prints dicts, lists and constants as Python does', () => {
    expect(pythonRepr({ a: 1, b: [true, false, null], c: "it's" })).toBe(`{'a': 1, 'b': [True, False, None], 'c': "it's"}`);
    expect(pythonRepr([])).toBe('[]');
    expect(pythonRepr({})).toBe('{}');
  });

  it.each([
    [0.1, '0.1'],
    [1e-5, '1e-05'],
    [0.0001, '0.0001'],
    [1.5e16, '1.5e+16'],
    [123.456, '123.456'],
    [-2.5e-7, '-2.5e-07'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [5e-324, '5e-324'],
    [0.1 + 0.2, '0.30000000000000004'],
    [1234567890123456.5, '1234567890123456.5'],
  ])('prints the float %p as %p', (value, text) => {
    expect(pythonFloatRepr(value)).toBe(text);
    expect(pythonRepr(value)).toBe(text);
  });

  it('prints integral numbers below 1e16 as Python ints', () => {
    expect(pythonRepr(42)).toBe('42');
    expect(pythonRepr(-7)).toBe('-7');
    expect(pythonRepr(9999999999999998)).toBe('9999999999999998');
    expect(pythonRepr(1e16)).toBe('1e+16');
  });
});

describe('pythonStringRepr', () => {
  it('chooses double quotes only when the text has a single quote and no double quote', () => {
    expect(pythonStringRepr("it's")).toBe(`"it's"`);
    expect(pythonStringRepr(`quote" and ' both`)).toBe(`'quote" and \\' both'`);
    expect(pythonStringRepr('plain')).toBe(`'plain'`);
  });

  it('escapes control characters, backslashes and non-printable code points', () => {
    expect(pythonStringRepr('tab\there\n')).toBe(`'tab\\there\\n'`);
    expect(pythonStringRepr('\u00e9\u00a0\u200b\u{1f600}\u0001\\\u007f\ud800')).toBe(`'é\\xa0\\u200b😀\\x01\\\\\\x7f\\ud800'`);
  });
});

describe('pythonFormat', () => {
  it('replaces {event} with the repr of the event and unescapes doubled braces', () => {
    expect(pythonFormat('input-event-{event}', { k: 'v' })).toBe(`input-event-{'k': 'v'}`);
    expect(pythonFormat('{{x}}-{event}', 1)).toBe('{x}-1');
  });

  it('rejects replacement fields other than {event}', () => {
    expect(() => pythonFormat('{other}', 1)).toThrow('unsupported replacement field');
  });
});
