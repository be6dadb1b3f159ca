import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AccessKey } from '@lib/config';
import { authError } from './auth.error';
import { formatAmzDate, parseAmzDate, parseSigV4Authorization, type SigV4Authorization } from './sigv4-authorization';

/** How far a request's X-Amz-Date may be from the coordinator's clock, as AWS allows. */
export const MAX_SIGNATURE_SKEW_MS = 15 * 60 * 1000;

/** The parts of a received HTTP request a Signature V4 covers. */
export interface ReceivedRequest {
  readonly method: string;
  /** The request target as received: path and query. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/**
 * Checks AWS Signature V4 on requests to the AWS door: signs the received request again with the
 * secret of the key it names and compares signatures in constant time. Throws the AWS error a
 * real endpoint would answer with.
 */
export class AwsSignatureVerifier {
  private readonly secrets: ReadonlyMap<string, string>;

  constructor(
    keys: readonly AccessKey[],
    private readonly clock: () => number = Date.now,
  ) {
    this.secrets = new Map(keys.map((key) => [key.accessKeyId, key.secretAccessKey]));
  }

  /** False when no access keys are configured: the AWS door takes any request. */
  get required(): boolean {
    return this.secrets.size > 0;
  }

  async verify(request: ReceivedRequest): Promise<void> {
    const authorization = header(request.headers, 'authorization');
    if (!authorization) throw authError.missingAuthenticationToken();
    const amzDate = header(request.headers, 'x-amz-date');
    const parsed = parseSigV4Authorization(authorization, amzDate);
    const secretAccessKey = this.secrets.get(parsed.accessKeyId);
    if (secretAccessKey === undefined) throw authError.unrecognizedClient();
    const signingDate = this.checkDate(amzDate as string, parsed.scopeDate);
    checkPayloadHash(request);
    const expected = await signature(request, parsed, { accessKeyId: parsed.accessKeyId, secretAccessKey }, signingDate);
    if (!sameText(expected, parsed.signature)) throw authError.invalidSignature();
  }

  private checkDate(amzDate: string, scopeDate: string): Date {
    const time = parseAmzDate(amzDate);
    if (time === undefined) throw authError.incompleteSignature([`Date must be in ISO-8601 'basic format'. Got '${amzDate}'.`], '');
    const now = this.clock();
    if (time < now - MAX_SIGNATURE_SKEW_MS) {
      throw authError.invalidSignature(`Signature expired: ${amzDate} is now earlier than ${formatAmzDate(now - MAX_SIGNATURE_SKEW_MS)} (${formatAmzDate(now)} - 15 min.)`);
    }
    if (time > now + MAX_SIGNATURE_SKEW_MS) {
      throw authError.invalidSignature(`Signature not yet current: ${amzDate} is still later than ${formatAmzDate(now + MAX_SIGNATURE_SKEW_MS)} (${formatAmzDate(now)} + 15 min.)`);
    }
    if (scopeDate !== amzDate.slice(0, 8)) {
      throw authError.invalidSignature(`Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`);
    }
    return new Date(time);
  }
}

/** The signature the client should have sent, computed over exactly the headers it signed. */
async function signature(request: ReceivedRequest, parsed: SigV4Authorization, credentials: AccessKey, signingDate: Date): Promise<string> {
  const target = new URL(request.url, 'http://stepwise');
  const headers: Record<string, string> = {};
  for (const name of parsed.signedHeaders) headers[name] = header(request.headers, name) ?? '';
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(target.searchParams.keys())) {
    const values = target.searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0] : values;
  }
  const signer = new SignatureV4({ credentials, region: parsed.region, service: parsed.service, sha256: Sha256, applyChecksum: false });
  const signed = await signer.sign(
    { method: request.method, protocol: 'http:', hostname: headers.host ?? '', path: decodedPath(target.pathname), query, headers, body: request.body },
    { signingDate, signingRegion: parsed.region, signingService: parsed.service, signableHeaders: new Set(parsed.signedHeaders) },
  );
  return /Signature=([0-9a-f]+)/.exec(signed.headers.authorization ?? '')?.[1] ?? '';
}

/** A client-stated body hash is what gets signed, so it must be the body's. */
function checkPayloadHash(request: ReceivedRequest): void {
  const stated = header(request.headers, 'x-amz-content-sha256');
  if (stated === undefined) return;
  const actual = createHash('sha256').update(request.body, 'utf8').digest('hex');
  if (stated !== actual) throw authError.invalidSignature("The provided 'x-amz-content-sha256' header does not match what was computed.");
}

/** The path the client signed: the signer escapes it again itself. */
function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
