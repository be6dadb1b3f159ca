import { resumeAfter, serverSentEvent } from './server-sent-events';

describe(serverSentEvent.name, () => {
  it('writes id, event and one line of JSON data, ended by a blank line', () => {
    expect(serverSentEvent('history', { type: 'ExecutionStarted', note: 'a\nb' }, 1)).toBe('id: 1\nevent: history\ndata: {"type":"ExecutionStarted","note":"a\\nb"}\n\n');
  });

  it('leaves the id out when there is none', () => {
    expect(serverSentEvent('end', { status: 'SUCCEEDED' })).toBe('event: end\ndata: {"status":"SUCCEEDED"}\n\n');
  });
});

describe(resumeAfter.name, () => {
  it.each([
    [undefined, undefined, 0],
    [5, '9', 5],
    [undefined, '9', 9],
    [undefined, 'junk', 0],
    [undefined, '-3', 0],
  ])('after=%s, Last-Event-ID=%s: resumes after event %s', (after, lastEventId, expected) => {
    expect(resumeAfter(after, lastEventId)).toBe(expected);
  });
});
