import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConfigService } from '@lib/config';
import { AwsApiError } from '../aws-api/aws-api.error';
import { readAwsBodyText, sendAwsJson } from '../aws-api/aws-json-wire';
import { sendJson } from '../rest/rest-json';
import { ApiKeyCheck } from './api-key.check';
import { authError } from './auth.error';
import { AwsSignatureVerifier } from './aws-signature.verifier';
import { guardedDoor } from './guarded-door';
import { presentedApiKey } from './presented-api-key';

/** Browsers asked for a key show a login box; the key goes in as the password. */
const BASIC_CHALLENGE = 'Basic realm="Stepwise", charset="UTF-8"';

type Request = IncomingMessage & { body?: unknown };

/**
 * Lets a request through only with the credentials its door needs: a Signature V4 by one of
 * STEPWISE_ACCESS_KEYS at the AWS door, one of STEPWISE_API_KEYS for REST, Bull Board and the
 * console. A door whose credentials are not configured is open.
 */
@Injectable()
export class AuthMiddleware implements NestMiddleware<Request, ServerResponse> {
  private readonly apiKeys: ApiKeyCheck;
  private readonly signatures: AwsSignatureVerifier;

  constructor(config: ConfigService) {
    this.apiKeys = new ApiKeyCheck(config.settings.apiKeys);
    this.signatures = new AwsSignatureVerifier(config.settings.accessKeys);
  }

  async use(request: Request, response: ServerResponse, next: () => void): Promise<void> {
    const door = guardedDoor(request.method, request.url);
    if (door === 'aws-signature' && this.signatures.required) return this.checkSignature(request, response, next);
    const needsKey = door === 'api-key' || door === 'api-key-page';
    if (needsKey && this.apiKeys.required && !this.apiKeys.accepts(presentedApiKey(request.headers, request.url ?? '/'))) {
      const { type, message, status } = authError.invalidApiKey();
      if (door === 'api-key-page') response.setHeader('WWW-Authenticate', BASIC_CHALLENGE);
      sendJson(response, status, { error: type, message });
      return;
    }
    next();
  }

  /** The signature covers the body, so it is read here; the AWS door takes it from `request.body`. */
  private async checkSignature(request: Request, response: ServerResponse, next: () => void): Promise<void> {
    try {
      const body = await readAwsBodyText(request);
      await this.signatures.verify({ method: 'POST', url: request.url ?? '/', headers: request.headers, body });
      request.body = body;
    } catch (error) {
      if (!(error instanceof AwsApiError)) throw error;
      sendAwsJson(response, error.status, { __type: error.type, message: error.message }, { 'x-amzn-ErrorType': error.type });
      return;
    }
    next();
  }
}
