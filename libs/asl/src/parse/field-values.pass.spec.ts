import type { JsonObject } from '../json';
import { checkFieldValues } from './field-values.pass';
import { validationContext } from './validation-context';

const run = (state: JsonObject, top: JsonObject = {}) =>
  checkFieldValues(validationContext({ ...top, StartAt: 'S', States: { S: state } }, 'STANDARD')).map((d) => [d.message, d.location]);

describe('checkFieldValues', () => {
  it('checks Task timeouts and Credentials', () => {
    expect(run({ Type: 'Task', Resource: 'r', TimeoutSeconds: 0, HeartbeatSeconds: 1.5, Credentials: { Other: 1 }, End: true })).toEqual([
      ['Minimum value is 1', '/States/S/TimeoutSeconds'],
      ['Expected value of type [INTEGER]', '/States/S/HeartbeatSeconds'],
      ["The field 'RoleArn' is required but was missing", '/States/S/Credentials'],
    ]);
  });

  it('lets JSONata give timeouts and credentials as expressions', () => {
    const task = { Type: 'Task', Resource: 'r', TimeoutSeconds: '{% $t %}', Credentials: { RoleArn: '{% $r %}' }, End: true };
    expect(run(task, { QueryLanguage: 'JSONata' })).toEqual([]);
  });

  it('requires exactly one way to wait', () => {
    expect(run({ Type: 'Wait', Seconds: 1, SecondsPath: '$.s', End: true })).toEqual([
      ['There should only be one of the following fields: [SecondsPath, Seconds, TimestampPath, Timestamp]', '/States/S'],
    ]);
    expect(run({ Type: 'Wait', End: true })).toEqual([
      ['This object should have only one of the following fields: [SecondsPath, Seconds, TimestampPath, Timestamp]', '/States/S'],
    ]);
  });

  it('requires an RFC 3339 Timestamp, unless a JSONata state computes it', () => {
    expect(run({ Type: 'Wait', Timestamp: "{% '2016-03-14T01:59:00Z' %}", End: true })).toEqual([
      ['String does not match RFC3339 timestamp', '/States/S/Timestamp'],
    ]);
    expect(run({ Type: 'Wait', Timestamp: '{% $t %}', End: true }, { QueryLanguage: 'JSONata' })).toEqual([]);
    expect(run({ Type: 'Wait', Timestamp: '2016-03-14T01:59:00Z', End: true })).toEqual([]);
  });

  it('requires at least one Parallel branch', () => {
    expect(run({ Type: 'Parallel', Branches: [], End: true })).toEqual([['Value cannot be empty', '/States/S/Branches']]);
  });
});
