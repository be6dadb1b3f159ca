import { authorizationCredentials, presentedApiKey } from './presented-api-key';

describe('presented API keys', () => {
  it('read a Bearer token and a Basic password whatever the scheme\'s case, and nothing of another scheme', () => {
    expect(authorizationCredentials('Bearer k-1', 'bearer')).toBe('k-1');
    expect(authorizationCredentials('  bearer   k-1 ', 'bearer')).toBe('k-1');
    expect(authorizationCredentials('Bearer', 'bearer')).toBeUndefined();
    expect(authorizationCredentials('Basic Zm9v', 'bearer')).toBeUndefined();
  });

  it('come from X-Api-Key, then Authorization (Bearer, or Basic with the key as password), then ?apiKey=', () => {
    const basic = `Basic ${Buffer.from('anyone:k-3').toString('base64')}`;
    expect(presentedApiKey({ 'x-api-key': 'k-1', authorization: 'Bearer k-2' }, '/?apiKey=k-4')).toBe('k-1');
    expect(presentedApiKey({ authorization: 'Bearer k-2' }, '/?apiKey=k-4')).toBe('k-2');
    expect(presentedApiKey({ authorization: basic }, '/?apiKey=k-4')).toBe('k-3');
    expect(presentedApiKey({}, '/v1/x?apiKey=k-4')).toBe('k-4');
    expect(presentedApiKey({}, '/v1/x')).toBeUndefined();
  });
});
