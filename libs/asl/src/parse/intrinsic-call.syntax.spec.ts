import { isIntrinsicCall } from './intrinsic-call.syntax';

describe('isIntrinsicCall', () => {
  it.each([
    'States.UUID()',
    "States.Format('Hello {}, welcome to {}!', $.name, $place)",
    "States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), States.MathAdd(States.ArrayLength($.a), -1))",
    'States.JsonMerge($.a, $.b, false)',
    "States.Format('escaped \\' quote, \\{ brace \\} and \\\\ backslash')",
    "States.StringSplit('Hello\nWorld', '\n')",
    'States.ArrayContains($.items[?(@.a, 1)], 2.5e1)',
  ])('accepts %s', (call) => {
    expect(isIntrinsicCall(call)).toBe(true);
  });

  it.each([
    ['an escaped double quote', "States.StringToJson('{\"text\":\"An \\\"escaped\\\" quote\"}')"],
    ['an unknown function', 'States.Nope($.a)'],
    ['a missing parenthesis', 'States.Format($.a'],
    ['trailing text', 'States.UUID() x'],
    ['an unterminated string', "States.Format('abc)"],
    ['a bad path argument', 'States.ArrayLength($.a[)'],
    ['a bare word', 'States.Format(hello)'],
    ['a plain path', '$.a'],
  ])('refuses %s', (_, call) => {
    expect(isIntrinsicCall(call)).toBe(false);
  });
});
