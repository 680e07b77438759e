import { HttpStatus, INestApplication, RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type {
  OperationObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { API_PREFIX, API_VERSION, ERROR_CODES, SESSION_COOKIE } from '@tafel/shared/contracts';
import { AppConfig } from '../../config/app-config';
import { documentUuidPathParams } from './openapi-uuid-params';
import { routeHandlers } from './route-handlers';

const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details; never echoes the request.',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string', enum: [...ERROR_CODES] },
    invalidParams: {
      type: 'array',
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, reason: { type: 'string' } },
      },
    },
  },
};

const VERSION_HEADER = {
  'API-Version': {
    description: 'The full version of the API that answered (Dutch API Design Rules, /core/version-header).',
    schema: { type: 'string', example: API_VERSION },
  },
};

/**
 * The API's OpenAPI 3 description, shaped to the Dutch API Design Rules (checked by the Logius ADR linter
 * in test/openapi.int-spec.ts): the major version in the server URL, a contact, an API-Version header on
 * every success, a 400 and problem+json on every operation, a success response on every operation.
 */
export function openApiDocument(app: INestApplication, config: AppConfig): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Tafel API')
      .setDescription('Case coordination for jeugdbeschermingstafels')
      .setVersion(API_VERSION)
      .setContact('Functioneel beheer Tafel', config.appUrl, config.apiContactEmail)
      .addServer(`/${API_PREFIX}`)
      .addCookieAuth(SESSION_COOKIE)
      .addGlobalResponse({ status: 400, description: 'Invalid request (invalidParams names the fields)' })
      .addGlobalResponse({ status: 500, description: 'Internal error; nothing internal is echoed' })
      .build(),
    { ignoreGlobalPrefix: true },
  );
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA },
  };
  const successes = successStatuses(app);
  for (const operations of Object.values(document.paths)) {
    for (const operation of Object.values(operations) as OperationObject[]) {
      if (typeof operation !== 'object' || !operation.responses) continue;
      const codes = Object.keys(operation.responses);
      if (!codes.some((code) => /^[23]/.test(code))) {
        operation.responses[String(successes.get(operation.operationId ?? '') ?? HttpStatus.OK)] = {
          description: 'Success',
        };
      }
      for (const [code, response] of Object.entries(operation.responses) as [string, ResponseObject][]) {
        if (/^[23]/.test(code)) response.headers = { ...response.headers, ...VERSION_HEADER };
        else
          response.content = {
            'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
          };
      }
    }
  }
  return documentUuidPathParams(app, document);
}

/** Each handler's success status as Nest answers it (@HttpCode, else 201 for POST, else 200), by operationId. */
function successStatuses(app: INestApplication): Map<string, number> {
  const statuses = new Map<string, number>();
  for (const { operationId, handler } of routeHandlers(app)) {
    const status =
      (Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined) ??
      (Reflect.getMetadata(METHOD_METADATA, handler) === RequestMethod.POST
        ? HttpStatus.CREATED
        : HttpStatus.OK);
    statuses.set(operationId, status);
  }
  return statuses;
}
