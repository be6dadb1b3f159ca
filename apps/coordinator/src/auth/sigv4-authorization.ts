import { authError } from './auth.error';

/** The only signing algorithm Signature V4 over HTTP headers uses. */
export const SIGV4_ALGORITHM = 'AWS4-HMAC-SHA256';

/** The parts of an `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` header. */
export interface SigV4Authorization {
  readonly accessKeyId: string;
  /** `YYYYMMDD` of the credential scope. */
  readonly scopeDate: string;
  readonly region: string;
  readonly service: string;
  /** Lower-case header names, as listed. */
  readonly signedHeaders: readonly string[];
  readonly signature: string;
}

/** Reads the header; IncompleteSignatureException (as AWS) names every part that is missing or malformed. */
export function parseSigV4Authorization(authorization: string, amzDate: string | undefined): SigV4Authorization {
  const [algorithm = '', rest = ''] = authorization.trim().split(/\s+(.*)/s, 2);
  const fields = new Map<string, string>();
  for (const part of rest.split(',')) {
    const equals = part.indexOf('=');
    if (equals > 0) fields.set(part.slice(0, equals).trim(), part.slice(equals + 1).trim());
  }
  const problems: string[] = [];
  if (algorithm !== SIGV4_ALGORITHM) problems.push(`Unsupported AWS 'algorithm': '${algorithm}'.`);
  for (const name of ['Credential', 'Signature', 'SignedHeaders']) {
    if (!fields.get(name)) problems.push(`Authorization header requires '${name}' parameter.`);
  }
  if (amzDate === undefined) problems.push("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
  const credential = fields.get('Credential') ?? '';
  const scope = credential.split('/');
  if (credential && (scope.length !== 5 || scope.some((part) => part === '') || scope[4] !== 'aws4_request')) {
    problems.push(`Credential should be scoped to a valid region, service and term: keyid/date/region/service/aws4_request, got '${credential}'.`);
  }
  if (problems.length > 0) throw authError.incompleteSignature(problems, authorization);
  const signedHeaders = (fields.get('SignedHeaders') as string).split(';').map((name) => name.toLowerCase());
  if (!signedHeaders.includes('host')) throw authError.incompleteSignature(["'Host' must be a 'SignedHeader' in the AWS Authorization."], authorization);
  const [accessKeyId, scopeDate, region, service] = scope;
  return { accessKeyId, scopeDate, region, service, signedHeaders, signature: fields.get('Signature') as string };
}

/** `20240131T235959Z` as epoch milliseconds; undefined when it is not in ISO-8601 basic format. */
export function parseAmzDate(value: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  const time = Date.UTC(year, month - 1, day, hour, minute, second);
  return formatAmzDate(time) === value ? time : undefined;
}

export function formatAmzDate(time: number): string {
  return new Date(time).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
