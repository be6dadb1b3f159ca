import { parseJsonText } from './jackson-json.parse';

describe('parseJsonText', () => {
  it('reads JSON and reports keys repeated inside one object', () => {
    const result = parseJsonText('{"States": {"A": 1, "A": 2}, "n": [1, -2.5e3, true, null, "\\u0041"]}');
    expect(result).toEqual({
      ok: true,
      value: { States: { A: 2 }, n: [1, -2500, true, null, 'A'] },
      duplicateKeys: [{ parent: ['States'], key: 'A' }],
    });
  });

  it('returns no value for blank text, and ignores what follows the root value like Jackson', () => {
    expect(parseJsonText(' \n ')).toEqual({ ok: true, value: undefined, duplicateKeys: [] });
    expect(parseJsonText('{} trailing')).toMatchObject({ ok: true, value: {} });
  });

  it("words an unrecognized token as Jackson does, with the column after the token", () => {
    expect(parseJsonText('not a definition')).toEqual({
      ok: false,
      message:
        "Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\n" +
        ' at [Source: (String)"not a definition"; line: 1, column: 4]',
      location: '[Source: (String)"not a definition"; line: 1, column: 4]',
    });
  });

  it.each([
    ['{"a" 1}', "Unexpected character ('1' (code 49)): was expecting a colon to separate field name and value", 'line: 1, column: 7'],
    ['{"a": 1 "b": 2}', "Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries", 'line: 1, column: 10'],
    ['{"a": 1,}', "Unexpected character ('}' (code 125)): was expecting double-quote to start field name", 'line: 1, column: 10'],
    ['[1 2]', "Unexpected character ('2' (code 50)): was expecting comma to separate Array entries", 'line: 1, column: 5'],
    ['{\n  "a": tru }', "Unrecognized token 'tru': was expecting", 'line: 2, column: 11'],
    ['{"a": "x\\q"}', "Unrecognized character escape 'q' (code 113)", 'line: 1, column: 11'],
    ['{"a": 01}', 'Invalid numeric value: Leading zeroes not allowed', 'line: 1, column: 9'],
  ])('words %j the way Jackson does', (text, message, position) => {
    const result = parseJsonText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message.startsWith(message)).toBe(true);
    expect(result.location).toContain(position);
  });

  it('points an unclosed object at its start marker', () => {
    const result = parseJsonText('{"a": 1');
    expect(result).toMatchObject({
      ok: false,
      message:
        'Unexpected end-of-input: expected close marker for Object (start marker at [Source: (String)"{"a": 1"; line: 1, column: 1])\n' +
        ' at [Source: (String)"{"a": 1"; line: 1, column: 8]',
    });
  });

  it('shows at most 500 characters of the source', () => {
    const text = `x${' '.repeat(600)}`;
    const result = parseJsonText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.location).toContain('"[truncated 101 chars]; line: 1, column: 2]');
  });
});
