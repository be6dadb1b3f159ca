import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ListStateMachinesCommand, SFNClient, SFNServiceException } from '@aws-sdk/client-sfn';
import { loadSettings } from '@lib/config';
import { CoordinatorModule } from '../coordinator.module';
import { AuthMiddleware } from './auth.middleware';
import { applyAuthentication } from './auth.module';

const API_KEY = 'api-key-1';
const ACCESS_KEY = { accessKeyId: 'AKIDSTEPWISE', secretAccessKey: 'the-secret' };

/** What the SDK got back: the AWS error type, or 'ok'. */
async function listWith(url: string, credentials: typeof ACCESS_KEY): Promise<string> {
  const sfn = new SFNClient({ endpoint: url, region: 'us-east-1', credentials, maxAttempts: 1 });
  try {
    await sfn.send(new ListStateMachinesCommand({}));
    return 'ok';
  } catch (error) {
    return (error as SFNServiceException).name;
  } finally {
    sfn.destroy();
  }
}

describe(AuthMiddleware.name, () => {
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    // No REDIS_URL: a request that gets past the credentials is answered ServiceUnavailable.
    const settings = loadSettings({ STEPWISE_API_KEYS: `other,${API_KEY}`, STEPWISE_ACCESS_KEYS: `${ACCESS_KEY.accessKeyId}:${ACCESS_KEY.secretAccessKey}` });
    app = await NestFactory.create(CoordinatorModule.forRoot(settings), { logger: false, bodyParser: false });
    applyAuthentication(app);
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });

  afterAll(async () => {
    await app?.close();
  });

  describe('at the AWS door', () => {
    it('lets a request signed with a configured key through', async () => {
      expect(await listWith(url, ACCESS_KEY)).toBe('ServiceUnavailable');
    });

    it('refuses a wrong secret, an unknown key and no signature, as AWS does', async () => {
      expect(await listWith(url, { ...ACCESS_KEY, secretAccessKey: 'wrong' })).toBe('InvalidSignatureException');
      expect(await listWith(url, { ...ACCESS_KEY, accessKeyId: 'AKIDUNKNOWN' })).toBe('UnrecognizedClientException');
      const unsigned = await fetch(url, { method: 'POST', headers: { 'x-amz-target': 'AWSStepFunctions.ListStateMachines' }, body: '{}' });
      expect(unsigned.status).toBe(403);
      expect(unsigned.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
      expect(await unsigned.json()).toEqual({ __type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' });
    });

    it('answers a malformed Authorization header with IncompleteSignatureException', async () => {
      const response = await fetch(url, { method: 'POST', headers: { authorization: 'AWS4-HMAC-SHA256 Credential=x' }, body: '{}' });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { __type: string; message: string };
      expect(body.__type).toBe('IncompleteSignatureException');
      expect(body.message).toContain("Authorization header requires 'Signature' parameter.");
    });
  });

  describe('on the API-key doors', () => {
    it('answers REST without a key 401, with no login box (the console asks for the key itself)', async () => {
      const response = await fetch(`${url}/v1/state-machines`);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBeNull();
      expect(await response.json()).toEqual({ error: 'UnrecognizedClientException', message: expect.stringContaining('API key') });
    });

    it("answers Bull Board's pages without a key 401, asking browsers for one", async () => {
      const response = await fetch(`${url}/queues`);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm="Stepwise"/);
    });

    it.each([
      ['X-Api-Key', { 'x-api-key': API_KEY }, ''],
      ['a bearer token', { authorization: `Bearer ${API_KEY}` }, ''],
      ['HTTP Basic', { authorization: `Basic ${Buffer.from(`admin:${API_KEY}`).toString('base64')}` }, ''],
      ['?apiKey=', {}, `?apiKey=${API_KEY}`],
    ])('lets a key in %s through', async (_how, headers: Record<string, string>, query) => {
      const response = await fetch(`${url}/queues${query}`, { headers });
      expect(response.status).toBe(404); // past the check; without Redis there is no board
    });

    it('refuses a wrong key', async () => {
      expect((await fetch(`${url}/v1/executions`, { headers: { 'x-api-key': `${API_KEY}x` } })).status).toBe(401);
    });

    it("leaves /health, /metrics and the console's files open", async () => {
      expect((await fetch(`${url}/health`)).status).toBe(200);
      expect((await fetch(`${url}/metrics`)).status).toBe(200);
      expect((await fetch(`${url}/ui/`)).status).not.toBe(401);
    });
  });
});
