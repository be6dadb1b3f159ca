import { newTaskToken, readTaskToken } from './task-token';

describe('task tokens', () => {
  const id = 'a'.repeat(32);

  it.each(['r', 'r-3-0', 'r-3-0-7-12'])('say where the task of run %s waits', (runId) => {
    expect(readTaskToken(newTaskToken(id, runId))).toEqual({ executionId: id, runId });
  });

  it('differ every time', () => {
    expect(newTaskToken(id, 'r')).not.toBe(newTaskToken(id, 'r'));
  });

  it.each(['', 'not-a-token', `${id}.r`, `${id}.x.00000000-0000-4000-8000-000000000000`])('refuse %j', (token) => {
    expect(readTaskToken(token)).toBeUndefined();
  });
});
