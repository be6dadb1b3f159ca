import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TaskContext } from '../task-handler';
import type { TaskFailure } from '../task-failure';
import { createHttpInvokeHandler } from './http-invoke.handler';

let server: Server;
let base: string;
const openResponses = new Set<ServerResponse>();

beforeAll(async () => {
  server = createServer((request, response) => void route(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const response of openResponses) response.destroy();
  await new Promise((resolve) => server.close(resolve));
});

async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
  let body = '';
  for await (const chunk of request) body += chunk;
  const path = new URL(request.url ?? '/', base).pathname;
  if (path === '/echo') {
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify({ method: request.method, url: request.url, headers: request.headers, body }));
  } else if (path === '/text') {
    response.writeHead(201, { 'Content-Type': 'text/plain' }).end('{"looks":"like json"}');
  } else if (path === '/cookies') {
    response.writeHead(200, [['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2']]).end();
  } else if (path === '/missing') {
    response.writeHead(404, { 'Content-Type': 'application/problem+json' }).end('{"title":"no such item"}');
  } else if (path === '/hang') {
    openResponses.add(response);
  }
}

describe('the built-in HTTP task (http:invoke)', () => {
  const handler = createHttpInvokeHandler();

  it("sends the request the parameters describe and returns AWS's result shape, the JSON body parsed", async () => {
    const result = await handler(
      {
        ApiEndpoint: `${base}/echo`,
        Method: 'POST',
        Headers: { Authorization: 'Bearer t' },
        QueryParameters: { q: 'a b' },
        RequestBody: { order: 7 },
      },
      context(),
    );
    expect(result).toMatchObject({ StatusCode: '200', StatusText: 'OK' });
    expect(result.Headers['content-type']).toEqual(['application/json; charset=utf-8']);
    expect(result.ResponseBody).toMatchObject({
      method: 'POST',
      url: '/echo?q=a+b',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: '{"order":7}',
    });
  });

  it('sends a URL-encoded body when Transform says so', async () => {
    const result = await handler(
      {
        ApiEndpoint: `${base}/echo`,
        Method: 'PATCH',
        RequestBody: { ids: [1, 2] },
        Transform: { RequestBodyEncoding: 'URL_ENCODED', RequestEncodingOptions: { ArrayFormat: 'BRACKETS' } },
      },
      context(),
    );
    expect(result.ResponseBody).toMatchObject({
      method: 'PATCH',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'ids%5B%5D=1&ids%5B%5D=2',
    });
  });

  it('keeps a body that is not declared JSON as text, and lists each Set-Cookie value', async () => {
    const text = await handler({ ApiEndpoint: `${base}/text`, Method: 'GET' }, context());
    expect(text).toMatchObject({ StatusCode: '201', StatusText: 'Created', ResponseBody: '{"looks":"like json"}' });
    const cookies = await handler({ ApiEndpoint: `${base}/cookies`, Method: 'GET' }, context());
    expect(cookies.Headers['set-cookie']).toEqual(['a=1', 'b=2']);
  });

  it('fails a non-2xx answer with States.Http.StatusCode.<code>, the result as its cause', async () => {
    const failure = await rejection(handler({ ApiEndpoint: `${base}/missing`, Method: 'DELETE' }, context()));
    expect(failure.error).toBe('States.Http.StatusCode.404');
    expect(JSON.parse(failure.cause!)).toMatchObject({ StatusCode: '404', StatusText: 'Not Found', ResponseBody: { title: 'no such item' } });
  });

  it('fails a refused connection with States.Http.Socket', async () => {
    const closedPort = await unusedPort();
    const failure = await rejection(handler({ ApiEndpoint: `http://127.0.0.1:${closedPort}/`, Method: 'GET' }, context()));
    expect(failure.error).toBe('States.Http.Socket');
    expect(failure.cause).toBe(`The request to http://127.0.0.1:${closedPort} failed: connect ECONNREFUSED 127.0.0.1:${closedPort}`);
  });

  it('fails a request that outlasts the timeout with States.Http.Socket', async () => {
    const quick = createHttpInvokeHandler({ timeoutMs: 100 });
    const failure = await rejection(quick({ ApiEndpoint: `${base}/hang`, Method: 'GET' }, context()));
    expect(failure).toMatchObject({ error: 'States.Http.Socket', cause: `The request to ${base} did not complete within 100 ms` });
  });

  it("stops the request when the task's signal is aborted, with the signal's reason", async () => {
    const controller = new AbortController();
    const pending = handler({ ApiEndpoint: `${base}/hang`, Method: 'GET' }, context(controller.signal));
    const reason = new DOMException('The task ran past its TimeoutSeconds (1 s)', 'TimeoutError');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });
});

function context(signal = new AbortController().signal): TaskContext {
  return {
    idempotencyKey: 'exec.r0.Call.1',
    attempt: 1,
    stateName: 'Call',
    resource: 'arn:aws:states:::http:invoke',
    signal,
    heartbeat: async () => {},
  };
}

async function rejection(pending: unknown): Promise<TaskFailure> {
  try {
    await pending;
  } catch (error) {
    return error as TaskFailure;
  }
  throw new Error('expected the task to fail');
}

async function unusedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
