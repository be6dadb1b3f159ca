import { ServerInterceptingCall, ServerListenerBuilder, ResponderBuilder, status, type Metadata, type ServerInterceptor } from '@grpc/grpc-js';
import type { ApiKeyCheck } from './api-key.check';
import { authError } from './auth.error';
import { API_KEY_HEADER, authorizationCredentials } from './presented-api-key';

/**
 * Refuses gRPC calls without one of STEPWISE_API_KEYS in the `x-api-key` metadata (or
 * `authorization: Bearer <key>`) with UNAUTHENTICATED, before any handler runs.
 */
export function grpcApiKeyInterceptor(apiKeys: ApiKeyCheck): ServerInterceptor {
  return (_method, call) => {
    const listener = new ServerListenerBuilder()
      .withOnReceiveMetadata((metadata, next) => {
        if (apiKeys.accepts(presentedKey(metadata))) return next(metadata);
        const { type, message } = authError.invalidApiKey(`send it in the ${API_KEY_HEADER} metadata`);
        call.sendStatus({ code: status.UNAUTHENTICATED, details: `${type}: ${message}` });
      })
      .build();
    return new ServerInterceptingCall(call, new ResponderBuilder().withStart((next) => next(listener)).build());
  };
}

function presentedKey(metadata: Metadata): string | undefined {
  const [key] = metadata.get(API_KEY_HEADER);
  if (typeof key === 'string') return key;
  const [authorization] = metadata.get('authorization');
  return typeof authorization === 'string' ? authorizationCredentials(authorization, 'bearer') : undefined;
}
