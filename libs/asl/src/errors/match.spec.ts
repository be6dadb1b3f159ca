import { errorEqualsMatches } from './match';

describe('errorEqualsMatches', () => {
  it.each`
    errorEquals                                  | error                                 | matches
    ${['States.ALL']}                            | ${'Custom.Error'}                     | ${true}
    ${['States.ALL']}                            | ${'States.Timeout'}                   | ${true}
    ${['States.ALL']}                            | ${'States.Runtime'}                   | ${false}
    ${['States.ALL']}                            | ${'States.DataLimitExceeded'}         | ${true}
    ${['States.Runtime']}                        | ${'States.Runtime'}                   | ${false}
    ${['States.DataLimitExceeded']}              | ${'States.DataLimitExceeded'}         | ${true}
    ${['States.TaskFailed']}                     | ${'Lambda.Unknown'}                   | ${true}
    ${['States.TaskFailed']}                     | ${'States.Timeout'}                   | ${false}
    ${['States.TaskFailed']}                     | ${'States.HeartbeatTimeout'}          | ${true}
    ${['States.Timeout']}                        | ${'States.Timeout'}                   | ${true}
    ${['A', 'B']}                                | ${'B'}                                | ${true}
    ${['A', 'B']}                                | ${'C'}                                | ${false}
    ${['States.ALL']}                            | ${null}                               | ${true}
  `('$errorEquals matches $error: $matches', ({ errorEquals, error, matches }) => {
    expect(errorEqualsMatches(errorEquals, error)).toBe(matches);
  });
});
