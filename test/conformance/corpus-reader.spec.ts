import { parseCorpus } from './corpus-reader';

describe('parseCorpus', () => {
  it('tells execution, validation and malformed lines apart', () => {
    const lines = [
      JSON.stringify({ id: 'e', definition: { StartAt: 'A', States: {} }, expected: { status: 'SUCCEEDED' }, features: ['Pass'] }),
      '',
      JSON.stringify({ id: 'v', definitionString: ' ', expected: { validateResult: 'FAIL', diagnostics: [] } }),
      '{not json',
      JSON.stringify({ id: 'x', expected: { status: 'SUCCEEDED' } }),
    ].join('\n');
    const cases = parseCorpus(lines, 'f.jsonl');
    expect(cases.map((c) => [c.kind, c.id])).toEqual([
      ['execution', 'e'],
      ['validation', 'v'],
      ['malformed', 'f.jsonl:4'],
      ['malformed', 'x'],
    ]);
    expect(cases[0]).toMatchObject({ input: {}, features: ['Pass'] });
    expect(cases[1]).toMatchObject({ features: ['Validation:validateResult'] });
  });
});
