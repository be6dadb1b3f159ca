import { MAX_JSON_NESTING_DEPTH } from '@lib/asl';
import { parseBody } from './json-body.middleware';

describe(parseBody.name, () => {
  it('reads a JSON object, and an empty body as no members', () => {
    expect(parseBody('{"name":"orders","input":{"a":[1]}}')).toEqual({ name: 'orders', input: { a: [1] } });
    expect(parseBody('  ')).toEqual({});
  });

  it.each([
    ['{"name":', /not valid JSON/],
    ['[1,2]', /must be a JSON object/],
    ['"text"', /must be a JSON object/],
    ['null', /must be a JSON object/],
  ])('refuses %s with a ValidationException', (text, message) => {
    expect(() => parseBody(text)).toThrow(expect.objectContaining({ type: 'ValidationException', message: expect.stringMatching(message) }));
  });

  it('takes a payload nested as deep as AWS allows, and refuses a deeper one', () => {
    const nested = (depth: number) => `{"input":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    expect(parseBody(nested(MAX_JSON_NESTING_DEPTH))).toHaveProperty('input');
    expect(() => parseBody(nested(MAX_JSON_NESTING_DEPTH + 1))).toThrow(expect.objectContaining({ message: expect.stringMatching(/nesting depth/) }));
  });
});
