import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Where the OpenAPI document of the REST API is served: the UI here, the JSON at `<path>-json`. */
export const OPENAPI_PATH = 'docs';

/** Serves the REST API's OpenAPI document at `/docs` (Swagger UI) and `/docs-json`. */
export function serveOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Stepwise REST API')
    .setDescription(
      'State machines, executions (with a Server-Sent Events stream of their history) and task callbacks, under /v1. ' +
        'Errors are { error: <AWS error type>, message }. The AWS Step Functions JSON protocol is served at POST /.',
    )
    .setVersion('1')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'apiKey')
    .addSecurityRequirements('apiKey')
    .build();
  SwaggerModule.setup(OPENAPI_PATH, app, () => SwaggerModule.createDocument(app, config), { jsonDocumentUrl: `${OPENAPI_PATH}-json` });
}
