import { isRfc3339Timestamp } from './rfc3339-timestamp';

describe('isRfc3339Timestamp', () => {
  it.each(['2016-03-14T01:59:00Z', '2016-03-05T21:29:29.243167252Z', '2024-02-29T00:00:00+05:30'])('accepts %s', (t) => {
    expect(isRfc3339Timestamp(t)).toBe(true);
  });

  it.each([
    '2016-12-05 21:29:29Z',
    '2016-12-05T21:29:29',
    '2016-13-05T21:29:29Z',
    '2016-12-05T25:29:29Z',
    '05-12-2016T21:29:29Z',
    '2023-02-29T00:00:00Z',
    '2016-12-05t21:29:29z',
    "{% '2016-03-14T01:59:00Z' %}",
  ])('refuses %s', (t) => {
    expect(isRfc3339Timestamp(t)).toBe(false);
  });
});
