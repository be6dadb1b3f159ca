import { diagnosticLine, syntaxErrorLine } from './diagnostic-line';

const text = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'Nowhere' } } }, null, 2);

describe(diagnosticLine.name, () => {
  it('finds the line of the key a location names, key by key', () => {
    expect(text.split('\n')[diagnosticLine(text, '/States/B/Next')! - 1]).toContain('"Nowhere"');
    expect(text.split('\n')[diagnosticLine(text, '/States/A/Next')! - 1]).toContain('"B"');
  });

  it('gives undefined for an empty or unknown location', () => {
    expect(diagnosticLine(text, undefined)).toBeUndefined();
    expect(diagnosticLine(text, '/Nothing')).toBeUndefined();
  });
});

describe(syntaxErrorLine.name, () => {
  it('reads the position or line out of a JSON.parse message', () => {
    expect(syntaxErrorLine('{\n  "a": 1,\n}', 'Expected double-quoted property name in JSON at position 12 (line 3 column 1)')).toBe(3);
    expect(syntaxErrorLine('{}', 'Unexpected end of JSON input')).toBeUndefined();
  });
});
