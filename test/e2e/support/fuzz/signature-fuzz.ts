import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { awsHeaders, type FuzzRequest } from './fuzz-request';
import type { SeededRandom } from './seeded-random';

/** The key pair the coordinator under test is configured with (STEPWISE_ACCESS_KEYS). */
export const FUZZ_ACCESS_KEY = { accessKeyId: 'AKIDFUZZ', secretAccessKey: 'fuzz-secret' };

/** The errors a refused signature may get; anything else (a 2xx above all) lets a bad request in. */
export const AUTH_ERRORS = ['MissingAuthenticationTokenException', 'IncompleteSignatureException', 'UnrecognizedClientException', 'InvalidSignatureException'];

const BODY = '{"maxResults":5}';
const MINUTE_MS = 60_000;

interface Signing {
  readonly key: typeof FUZZ_ACCESS_KEY;
  readonly at: number;
  readonly body?: string;
  readonly region?: string;
}

/** A ListStateMachines request signed as the SDK signs it (or with a fault), with the host it will be sent to. */
async function signed(host: string, signing: Signing): Promise<Record<string, string>> {
  const signer = new SignatureV4({ credentials: signing.key, region: signing.region ?? 'us-east-1', service: 'states', sha256: Sha256 });
  const request = await signer.sign(
    { method: 'POST', protocol: 'http:', hostname: host, path: '/', query: {}, headers: { host, ...awsHeaders('ListStateMachines') }, body: signing.body ?? BODY },
    { signingDate: new Date(signing.at) },
  );
  return request.headers;
}

type Make = (r: SeededRandom, host: string, now: number) => Promise<{ label: string; headers: Record<string, string>; body?: string }>;

const GENERATORS: ReadonlyArray<{ readonly kind: string; readonly make: Make }> = [
  { kind: 'sig-missing', make: async (_r, host) => ({ label: 'no Authorization', headers: { host, ...awsHeaders('ListStateMachines') } }) },
  {
    kind: 'sig-garbage',
    make: async (r, host) => ({ label: 'garbage Authorization', headers: { host, ...awsHeaders('ListStateMachines'), authorization: r.pick(['AWS4-HMAC-SHA256', 'Bearer x', 'AWS4-HMAC-SHA256 Credential=a/b', r.string(r.int(1, 200), 'AWS4=,/ ;abc')]) } }),
  },
  { kind: 'sig-wrong-secret', make: async (r, host, now) => ({ label: 'a wrong secret', headers: await signed(host, { key: { ...FUZZ_ACCESS_KEY, secretAccessKey: r.string(12, 'abcdef') }, at: now }) }) },
  { kind: 'sig-unknown-key', make: async (r, host, now) => ({ label: 'an unknown key', headers: await signed(host, { key: { ...FUZZ_ACCESS_KEY, accessKeyId: `AKID${r.string(8, 'XYZ019')}` }, at: now }) }) },
  {
    kind: 'sig-stale',
    make: async (r, host, now) => {
      const minutes = r.pick([-60 * 24, -16, 16, 60 * 24 * 365]);
      return { label: `signed ${minutes} minutes away`, headers: await signed(host, { key: FUZZ_ACCESS_KEY, at: now + minutes * MINUTE_MS }) };
    },
  },
  { kind: 'sig-tampered', make: async (_r, host, now) => ({ label: 'body changed after signing', headers: await signed(host, { key: FUZZ_ACCESS_KEY, at: now }), body: '{"maxResults":6}' }) },
  {
    kind: 'sig-header-changed',
    make: async (_r, host, now) => ({ label: 'target changed after signing', headers: { ...(await signed(host, { key: FUZZ_ACCESS_KEY, at: now })), 'x-amz-target': 'AWSStepFunctions.ListExecutions' } }),
  },
];

/** Requests to a coordinator that requires signatures; every one must be refused. */
export async function* signatureFuzzRequests(r: SeededRandom, count: number, host: string, now: () => number): AsyncGenerator<FuzzRequest> {
  for (let i = 0; i < count; i++) {
    const generator = r.pick(GENERATORS);
    const made = await generator.make(r, host, now());
    yield { kind: generator.kind, label: made.label, headers: made.headers, body: Buffer.from(made.body ?? BODY) };
  }
}

/** A correctly signed request, which must be let through. */
export async function validlySigned(host: string): Promise<FuzzRequest> {
  return { kind: 'sig-valid', label: 'signed with the configured key', headers: await signed(host, { key: FUZZ_ACCESS_KEY, at: Date.now() }), body: Buffer.from(BODY) };
}
