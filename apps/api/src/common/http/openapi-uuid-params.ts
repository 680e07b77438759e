import { INestApplication, ParseUUIDPipe } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  ParameterObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { routeHandlers } from './route-handlers';

interface RouteArg {
  data?: unknown;
  pipes?: unknown[];
}

const isUuidPipe = (pipe: unknown) => pipe === ParseUUIDPipe || pipe instanceof ParseUUIDPipe;

/**
 * Marks as `format: uuid` each path parameter that its handler validates with a `ParseUUIDPipe` (the
 * app's `uuidPipe`), read from the same route metadata Nest validates with, so the document cannot
 * claim a UUID the API does not check, nor miss one. Parameters checked otherwise (a version number, an
 * invitation token, a metric name) keep their plain string; one checked in a service says so with
 * `@ApiParam` on its handler.
 */
export function documentUuidPathParams(app: INestApplication, document: OpenAPIObject): OpenAPIObject {
  const operations = new Map<string, OperationObject>();
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as OperationObject[]) {
      if (typeof operation === 'object' && operation?.operationId)
        operations.set(operation.operationId, operation);
    }
  }
  for (const [operationId, names] of uuidPathParams(app)) {
    for (const parameter of (operations.get(operationId)?.parameters ?? []) as ParameterObject[]) {
      if (parameter.in === 'path' && names.has(parameter.name))
        parameter.schema = { ...(parameter.schema as SchemaObject), type: 'string', format: 'uuid' };
    }
  }
  return document;
}

/** Per handler (by its default operationId, `Controller_method`): the path parameters a UUID pipe checks. */
function uuidPathParams(app: INestApplication): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const { operationId, controller, method } of routeHandlers(app)) {
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<
      string,
      RouteArg
    >;
    const names = Object.entries(args)
      .filter(([key, arg]) => key.startsWith(`${RouteParamtypes.PARAM}:`) && arg.pipes?.some(isUuidPipe))
      .map(([, arg]) => arg.data)
      .filter((data): data is string => typeof data === 'string');
    if (names.length) found.set(operationId, new Set(names));
  }
  return found;
}
