import { decodePageToken, encodePageToken, pageSize } from './page-token';

describe('page tokens', () => {
  it('carry a position to the next request', () => {
    const token = encodePageToken({ after: 12, arn: 'arn:x' });
    expect(decodePageToken(token, { after: 'number', arn: 'string' })).toEqual({ after: 12, arn: 'arn:x' });
  });

  it.each(['not-a-token', encodePageToken({ after: 'twelve' }), Buffer.from('[1]').toString('base64url')])('refuses %j with InvalidToken', (token) => {
    expect(() => decodePageToken(token, { after: 'number' })).toThrow(expect.objectContaining({ type: 'InvalidToken' }));
  });

  it('read maxResults 0 or absent as the default page of 100', () => {
    expect([pageSize(undefined), pageSize(0), pageSize(7)]).toEqual([100, 100, 7]);
  });
});
