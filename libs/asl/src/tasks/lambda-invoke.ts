import { isJsonObject, type Json, type JsonObject } from '../json';

/** The function a Lambda task calls: a bare name, or the name inside a function ARN. */
export function lambdaFunctionName(functionName: string): string {
  const arn = /^arn:aws[\w-]*:lambda:[\w-]+:\d{12}:function:([^:]+)/.exec(functionName);
  if (arn) return arn[1];
  return functionName.split(':')[0];
}

/** The event `arn:aws:states:::lambda:invoke` sends: Payload, `{}` when null or absent, JSON text parsed. */
export function lambdaInvokePayload(parameters: Json): Json {
  const payload = isJsonObject(parameters) ? parameters.Payload : undefined;
  if (payload === undefined || payload === null) return {};
  if (typeof payload === 'string') {
    try {
      return JSON.parse(payload) as Json;
    } catch {
      return payload;
    }
  }
  return payload;
}

/** The result `lambda:invoke` returns: AWS's response wrapper around the function's result. */
export function lambdaInvokeResult(payload: Json, requestId: string, logType?: Json): Json {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Amz-Executed-Version': '$LATEST', 'x-amzn-RequestId': requestId };
  const tail: JsonObject = logType === 'Tail' ? { LogResult: '' } : {};
  if (logType === 'Tail') headers['X-Amz-Log-Result'] = '';
  return {
    ExecutedVersion: '$LATEST',
    ...tail,
    Payload: payload,
    SdkHttpMetadata: {
      AllHttpHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
      HttpHeaders: headers,
      HttpStatusCode: 200,
    },
    SdkResponseMetadata: { RequestId: requestId },
    StatusCode: 200,
  };
}
