import { parseIsoTimestamp } from './timestamp';

describe('parseIsoTimestamp', () => {
  it.each([
    ['2016-03-14T01:59:00Z', Date.UTC(2016, 2, 14, 1, 59)],
    ['2016-03-14T01:59:00.123Z', Date.UTC(2016, 2, 14, 1, 59, 0, 123)],
    ['2016-03-14T03:59:00+02:00', Date.UTC(2016, 2, 14, 1, 59)],
    ['2016-03-13T20:59:00-05:00', Date.UTC(2016, 2, 14, 1, 59)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
  ])('reads %s', (text, expected) => {
    expect(parseIsoTimestamp(text)).toBe(expected);
  });

  it.each([
    '2016-12-05 21:29:29Z',
    '2016-12-05T21:29:29',
    '2016-13-05T21:29:29Z',
    '2016-12-05T25:29:29Z',
    '05-12-2016T21:29:29Z',
    '2023-02-29T00:00:00Z',
    '2016-12-05T21:29:29+25:00',
    '',
  ])('rejects %j', (text) => {
    expect(parseIsoTimestamp(text)).toBeUndefined();
  });
});
