import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { IncomingHttpHeaders } from 'node:http';
import { AwsSignatureVerifier, MAX_SIGNATURE_SKEW_MS } from './aws-signature.verifier';

const KEY = { accessKeyId: 'AKIDSTEPWISE', secretAccessKey: 'the-secret' };
const SIGNED_AT = Date.UTC(2025, 0, 31, 23, 59, 30);
const BODY = '{"maxResults":10}';

/** A request as the SDK signs it (same signer, client side), with header names as Node receives them. */
async function signedRequest(body = BODY, headers: Record<string, string> = {}) {
  const signer = new SignatureV4({ credentials: KEY, region: 'us-east-1', service: 'states', sha256: Sha256 });
  const signed = await signer.sign(
    { method: 'POST', protocol: 'http:', hostname: '127.0.0.1', port: 8080, path: '/', query: {}, body,
      headers: { host: '127.0.0.1:8080', 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AWSStepFunctions.ListStateMachines', ...headers } },
    { signingDate: new Date(SIGNED_AT) },
  );
  const received: IncomingHttpHeaders = Object.fromEntries(Object.entries(signed.headers).map(([name, value]) => [name.toLowerCase(), value]));
  return { method: 'POST', url: '/', headers: received, body };
}

async function failure(verifier: AwsSignatureVerifier, request: Awaited<ReturnType<typeof signedRequest>>) {
  return verifier.verify(request).then(
    () => 'accepted',
    (error: { type: string; message: string; status: number }) => ({ type: error.type, status: error.status, message: error.message }),
  );
}

describe(AwsSignatureVerifier.name, () => {
  const verifier = new AwsSignatureVerifier([KEY], () => SIGNED_AT + 1_000);

  it('accepts the request its signer signed', async () => {
    await expect(verifier.verify(await signedRequest())).resolves.toBeUndefined();
  });

  it('refuses a body changed after signing', async () => {
    const request = { ...(await signedRequest()), body: '{"maxResults":11}' };
    expect(await failure(verifier, request)).toMatchObject({ type: 'InvalidSignatureException', status: 400 });
  });

  it('refuses a stated payload hash that is not the body\'s', async () => {
    const request = await signedRequest(BODY, { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' });
    expect(await failure(verifier, request)).toMatchObject({ type: 'InvalidSignatureException', message: expect.stringContaining('x-amz-content-sha256') });
  });

  it('refuses a signature more than 15 minutes old or ahead, in AWS\'s words', async () => {
    const late = new AwsSignatureVerifier([KEY], () => SIGNED_AT + MAX_SIGNATURE_SKEW_MS + 31_000);
    expect(await failure(late, await signedRequest())).toEqual({
      type: 'InvalidSignatureException',
      status: 400,
      message: 'Signature expired: 20250131T235930Z is now earlier than 20250201T000001Z (20250201T001501Z - 15 min.)',
    });
    const early = new AwsSignatureVerifier([KEY], () => SIGNED_AT - MAX_SIGNATURE_SKEW_MS - 1_000);
    expect(await failure(early, await signedRequest())).toMatchObject({ type: 'InvalidSignatureException', message: expect.stringMatching(/^Signature not yet current: /) });
  });

  it('names every missing part of an incomplete Authorization header', async () => {
    const request = { method: 'POST', url: '/', headers: { authorization: 'AWS4-HMAC-SHA256 SignedHeaders=host' }, body: '' };
    const answer = await failure(verifier, request);
    expect(answer).toMatchObject({ type: 'IncompleteSignatureException', status: 400 });
    expect((answer as { message: string }).message).toContain("requires 'Credential' parameter. Authorization header requires 'Signature' parameter.");
    expect((answer as { message: string }).message).toContain("'X-Amz-Date'");
  });

  it('is not required without access keys', () => {
    expect(new AwsSignatureVerifier([]).required).toBe(false);
    expect(verifier.required).toBe(true);
  });
});
