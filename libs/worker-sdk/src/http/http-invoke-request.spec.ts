import { TaskFailure } from '../task-failure';
import { httpInvokeRequest } from './http-invoke-request';

describe(httpInvokeRequest.name, () => {
  it('appends QueryParameters to the ApiEndpoint and sends an object body as JSON', () => {
    const request = httpInvokeRequest({
      ApiEndpoint: 'https://api.example.com/v1/items?existing=1',
      Method: 'POST',
      Headers: { 'X-Trace': 7 },
      QueryParameters: { page: 2, ids: ['a', 'b'] },
      RequestBody: { name: 'widget' },
      Authentication: { ConnectionArn: 'arn:aws:events:us-east-1:123456789012:connection/c/1' },
    });
    expect(request.url.toString()).toBe('https://api.example.com/v1/items?existing=1&page=2&ids%5B0%5D=a&ids%5B1%5D=b');
    expect(request.method).toBe('POST');
    expect(Object.fromEntries(request.headers)).toEqual({ 'x-trace': '7', 'content-type': 'application/json' });
    expect(request.body).toBe('{"name":"widget"}');
  });

  it('URL-encodes the body with the given ArrayFormat, keeping a content type from Headers', () => {
    const request = httpInvokeRequest({
      ApiEndpoint: 'http://127.0.0.1/form',
      Method: 'PUT',
      Headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' },
      RequestBody: { tags: ['a', 'b'] },
      Transform: { RequestBodyEncoding: 'URL_ENCODED', RequestEncodingOptions: { ArrayFormat: 'REPEAT' } },
    });
    expect(request.body).toBe('tags=a&tags=b');
    expect(request.headers.get('content-type')).toBe('application/x-www-form-urlencoded; charset=utf-8');
  });

  it('sends a string body as it is', () => {
    expect(httpInvokeRequest({ ApiEndpoint: 'http://127.0.0.1/', Method: 'POST', RequestBody: 'plain' })).toMatchObject({ body: 'plain' });
  });

  it('fails with States.Runtime, listing every problem, when the parameters cannot make a request', () => {
    const failure = thrownBy(() =>
      httpInvokeRequest({
        ApiEndpoint: 'ftp://example.com',
        Method: 'FETCH',
        Headers: { 'X-List': ['a'] },
        Transform: { RequestBodyEncoding: 'BASE64' },
        Extra: 1,
      }),
    );
    expect(failure).toBeInstanceOf(TaskFailure);
    expect(failure.error).toBe('States.Runtime');
    expect(failure.cause).toMatch(/^The Parameters '\{.*\}' could not be used to start the HTTP Task: \[/);
    expect(failure.cause).toContain("The field 'Extra' is not supported");
    expect(failure.cause).toContain("The field 'ApiEndpoint' must be an http or https URL, got 'ftp://example.com'");
    expect(failure.cause).toContain("The field 'Method' must be one of GET, POST, PUT, DELETE, PATCH, OPTIONS, HEAD");
    expect(failure.cause).toContain("The header 'X-List' must be a string, number or boolean");
    expect(failure.cause).toContain("The field 'Transform.RequestBodyEncoding' must be one of NONE, URL_ENCODED");
  });

  it.each([
    [{ ApiEndpoint: 'http://127.0.0.1/', Method: 'GET', RequestBody: { a: 1 } }, 'A GET request cannot have a RequestBody'],
    [{ ApiEndpoint: 'http://127.0.0.1/', Method: 'POST', RequestBody: [1], Transform: { RequestBodyEncoding: 'URL_ENCODED' } }, 'A URL_ENCODED RequestBody must be a JSON object'],
    [{ Method: 'GET' }, "The field 'ApiEndpoint' is required and must be a string"],
    [{ ApiEndpoint: 'http://127.0.0.1/', Method: 'GET', QueryParameters: 'a=1' }, "The field 'QueryParameters' must be a JSON object"],
    ['GET http://127.0.0.1/', 'The Parameters must be a JSON object'],
  ])('rejects %j', (parameters, problem) => {
    expect(thrownBy(() => httpInvokeRequest(parameters)).cause).toContain(problem);
  });
});

function thrownBy(run: () => unknown): TaskFailure {
  try {
    run();
  } catch (error) {
    return error as TaskFailure;
  }
  throw new Error('expected a TaskFailure');
}
