import type { Json } from '../json';
import { TaskFailure } from '../task-failure';
import { ArrayFormat, formPairs, urlEncode } from './url-encoding';

/** The methods AWS's HTTP Task accepts. */
export const HTTP_INVOKE_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'] as const;
export type HttpInvokeMethod = (typeof HTTP_INVOKE_METHODS)[number];

/** `Transform.RequestBodyEncoding`: NONE sends JSON (or a string as it is), URL_ENCODED a form. */
export const RequestBodyEncoding = { None: 'NONE', UrlEncoded: 'URL_ENCODED' } as const;
export type RequestBodyEncoding = (typeof RequestBodyEncoding)[keyof typeof RequestBodyEncoding];

/** The Parameters (or Arguments) of an `arn:aws:states:::http:invoke` Task, as AWS defines them. */
export interface HttpInvokeParameters {
  readonly ApiEndpoint: string;
  readonly Method: HttpInvokeMethod;
  readonly Headers?: { readonly [name: string]: string | number | boolean };
  /** Appended to ApiEndpoint's query, encoded as a URL_ENCODED body is (arrays as Transform's ArrayFormat says). */
  readonly QueryParameters?: { readonly [name: string]: Json };
  readonly RequestBody?: Json;
  readonly Transform?: {
    readonly RequestBodyEncoding?: RequestBodyEncoding;
    readonly RequestEncodingOptions?: { readonly ArrayFormat?: ArrayFormat };
  };
  /**
   * AWS requires an EventBridge connection here. Stepwise has none: the field is accepted and
   * ignored, and credentials go in Headers.
   */
  readonly Authentication?: { readonly [field: string]: Json };
}

/** The HTTP request an HTTP Task makes. */
export interface HttpInvokeRequest {
  readonly url: URL;
  readonly method: HttpInvokeMethod;
  readonly headers: Headers;
  readonly body?: string;
}

const KNOWN_FIELDS = new Set(['ApiEndpoint', 'Method', 'Headers', 'QueryParameters', 'RequestBody', 'Transform', 'Authentication']);
const BODYLESS_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD']);

/**
 * Builds the request from the Task's parameters. Parameters that cannot make a request fail the
 * task with States.Runtime, listing every problem, as AWS reports parameters it cannot use.
 */
export function httpInvokeRequest(parameters: unknown): HttpInvokeRequest {
  const problems: string[] = [];
  if (!isObject(parameters)) throw invalidParameters(parameters, ['The Parameters must be a JSON object']);
  for (const field of Object.keys(parameters)) {
    if (!KNOWN_FIELDS.has(field)) problems.push(`The field '${field}' is not supported`);
  }
  const url = endpoint(parameters.ApiEndpoint, problems);
  const method = methodOf(parameters.Method, problems);
  const headers = headersOf(parameters.Headers, problems);
  const { encoding, arrayFormat } = transformOf(parameters.Transform, problems);
  if (parameters.QueryParameters !== undefined) {
    if (!isObject(parameters.QueryParameters)) problems.push("The field 'QueryParameters' must be a JSON object");
    else if (url) for (const [name, value] of formPairs(parameters.QueryParameters, arrayFormat)) url.searchParams.append(name, value);
  }
  if (parameters.Authentication !== undefined && !isObject(parameters.Authentication)) {
    problems.push("The field 'Authentication' must be a JSON object");
  }
  const body = bodyOf(parameters.RequestBody, encoding, arrayFormat, headers, problems);
  if (body !== undefined && method && BODYLESS_METHODS.has(method)) problems.push(`A ${method} request cannot have a RequestBody`);
  if (problems.length > 0 || !url || !method) throw invalidParameters(parameters, problems);
  return { url, method, headers, ...(body !== undefined && { body }) };
}

function endpoint(value: Json | undefined, problems: string[]): URL | undefined {
  if (typeof value !== 'string') {
    problems.push("The field 'ApiEndpoint' is required and must be a string");
    return undefined;
  }
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url;
  } catch {
    // reported below
  }
  problems.push(`The field 'ApiEndpoint' must be an http or https URL, got '${value}'`);
  return undefined;
}

function methodOf(value: Json | undefined, problems: string[]): HttpInvokeMethod | undefined {
  const method = HTTP_INVOKE_METHODS.find((known) => known === value);
  if (method === undefined) problems.push(`The field 'Method' must be one of ${HTTP_INVOKE_METHODS.join(', ')}`);
  return method;
}

function headersOf(value: Json | undefined, problems: string[]): Headers {
  const headers = new Headers();
  if (value === undefined) return headers;
  if (!isObject(value)) {
    problems.push("The field 'Headers' must be a JSON object");
    return headers;
  }
  for (const [name, header] of Object.entries(value)) {
    if (typeof header !== 'string' && typeof header !== 'number' && typeof header !== 'boolean') {
      problems.push(`The header '${name}' must be a string, number or boolean`);
      continue;
    }
    try {
      headers.append(name, String(header));
    } catch {
      problems.push(`The header '${name}' is not a valid HTTP header`);
    }
  }
  return headers;
}

function transformOf(value: Json | undefined, problems: string[]): { encoding: RequestBodyEncoding; arrayFormat: ArrayFormat } {
  const defaults = { encoding: RequestBodyEncoding.None, arrayFormat: ArrayFormat.Indices };
  if (value === undefined) return defaults;
  if (!isObject(value)) {
    problems.push("The field 'Transform' must be a JSON object");
    return defaults;
  }
  const encoding = Object.values(RequestBodyEncoding).find((known) => known === (value.RequestBodyEncoding ?? RequestBodyEncoding.None));
  if (encoding === undefined) problems.push(`The field 'Transform.RequestBodyEncoding' must be one of ${Object.values(RequestBodyEncoding).join(', ')}`);
  const options = value.RequestEncodingOptions;
  const format = isObject(options) ? (options.ArrayFormat ?? ArrayFormat.Indices) : ArrayFormat.Indices;
  const arrayFormat = Object.values(ArrayFormat).find((known) => known === format);
  if (options !== undefined && !isObject(options)) problems.push("The field 'Transform.RequestEncodingOptions' must be a JSON object");
  else if (arrayFormat === undefined) {
    problems.push(`The field 'Transform.RequestEncodingOptions.ArrayFormat' must be one of ${Object.values(ArrayFormat).join(', ')}`);
  }
  return { encoding: encoding ?? defaults.encoding, arrayFormat: arrayFormat ?? defaults.arrayFormat };
}

/** The body text; sets the content type it implies unless Headers gave one. */
function bodyOf(
  value: Json | undefined,
  encoding: RequestBodyEncoding,
  arrayFormat: ArrayFormat,
  headers: Headers,
  problems: string[],
): string | undefined {
  if (value === undefined) return undefined;
  if (encoding === RequestBodyEncoding.UrlEncoded) {
    if (!isObject(value)) {
      problems.push('A URL_ENCODED RequestBody must be a JSON object');
      return undefined;
    }
    if (!headers.has('content-type')) headers.set('content-type', 'application/x-www-form-urlencoded');
    return urlEncode(value, arrayFormat);
  }
  if (typeof value === 'string') return value;
  if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  return JSON.stringify(value);
}

function invalidParameters(parameters: unknown, problems: readonly string[]): TaskFailure {
  return TaskFailure.create({
    error: 'States.Runtime',
    cause: `The Parameters '${JSON.stringify(parameters)}' could not be used to start the HTTP Task: [${problems.join('; ')}]`,
  });
}

function isObject(value: unknown): value is { readonly [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
