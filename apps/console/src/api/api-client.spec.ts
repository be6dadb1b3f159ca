import { api, ApiError } from './api-client';

describe(ApiError.name, () => {
  const realFetch = globalThis.fetch;
  const answer = (status: number, body: string) => {
    const fetch = jest.fn(async (_url: string) => new Response(body, { status }));
    globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
    return fetch;
  };
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it("carries the API's { error, message } body and tells a 401", async () => {
    answer(401, JSON.stringify({ error: 'UnrecognizedClientException', message: 'no key' }));
    const failure = await api.describeExecution('arn:x').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 401, error: 'UnrecognizedClientException', message: 'no key', unauthorized: true });
  });

  it('falls back to the status and the text when the body is not JSON', async () => {
    answer(502, 'Bad gateway');
    await expect(api.listStateMachines()).rejects.toMatchObject({ error: 'HTTP 502', message: 'Bad gateway', unauthorized: false });
  });

  it('sends list filters as a query, leaving out the empty ones, and the ARN as one path segment', async () => {
    const fetch = answer(200, JSON.stringify({ executions: [] }));
    await api.listExecutions({ stateMachineArn: 'arn:aws:states:us-east-1:1:stateMachine:m', statusFilter: '', maxResults: 100 });
    await api.describeExecution('arn:aws:states:us-east-1:1:execution:m:a/b');
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      '/v1/executions?stateMachineArn=arn%3Aaws%3Astates%3Aus-east-1%3A1%3AstateMachine%3Am&maxResults=100',
      '/v1/executions/arn%3Aaws%3Astates%3Aus-east-1%3A1%3Aexecution%3Am%3Aa%2Fb',
    ]);
  });

  it('lists every state machine, following the pages', async () => {
    const pages = [
      { stateMachines: [{ name: 'a' }], nextToken: 't1' },
      { stateMachines: [{ name: 'b' }] },
    ];
    const fetch = jest.fn(async (_url: string) => new Response(JSON.stringify(pages.shift()), { status: 200 }));
    globalThis.fetch = fetch as unknown as typeof globalThis.fetch;
    const listed = await api.listStateMachines();
    expect(listed.stateMachines.map((m) => m.name)).toEqual(['a', 'b']);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/v1/state-machines?maxResults=1000', '/v1/state-machines?maxResults=1000&nextToken=t1']);
  });
});
