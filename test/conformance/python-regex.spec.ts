import { compilePythonPattern, expandPythonTemplate, pythonSub } from './python-regex';

describe('pythonSub', () => {
  it('keeps unknown non-letter escapes such as \\" in the replacement, as re.sub does', () => {
    const text = JSON.stringify({ C: JSON.stringify({ requestId: 'ab-12' }) });
    const out = pythonSub('\\\\"requestId\\\\":\\\\"([a-f0-9\\-]+)\\\\"', '\\"requestId\\":<request-id>\\"', text);
    expect(out).toBe('{"C":"{\\"requestId\\":<request-id>\\"}"}');
  });

  it('expands numbered and named groups and simple escapes', () => {
    expect(pythonSub('(\\w+)@(?P<d>\\w+)', '\\g<d>:\\1\\\\x\\n', 'me@host')).toBe('host:me\\x\n');
  });

  it('replaces every match', () => {
    expect(pythonSub('us-east-1', '<region>', 'us-east-1/us-east-1')).toBe('<region>/<region>');
  });

  it('rejects bad letter escapes like Python', () => {
    expect(() => expandPythonTemplate('\\q', ['x'], undefined)).toThrow('bad escape');
  });
});

describe('compilePythonPattern', () => {
  it('translates Python-only syntax', () => {
    expect(compilePythonPattern('(?i)(?P<a>x)(?P=a)\\Z').test('XX')).toBe(true);
    expect(compilePythonPattern('\\Aab').test('cab')).toBe(false);
  });
});
