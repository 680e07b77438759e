import { INestApplication } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';

/** A controller method that handles a route, with the operationId the OpenAPI document gives it. */
export interface RouteHandler {
  /** `Controller_method`, as @nestjs/swagger names the operation by default. */
  operationId: string;
  controller: object;
  method: string;
  handler: object;
}

/** Every route handler of the app's controllers, read from the metadata Nest routes with. */
export function* routeHandlers(app: INestApplication): Generator<RouteHandler> {
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      const prototype = (metatype as { prototype?: Record<string, unknown> } | null)?.prototype;
      if (!metatype || !prototype) continue;
      for (const method of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[method];
        if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined)
          continue;
        const operationId = `${(metatype as { name: string }).name}_${method}`;
        yield { operationId, controller: metatype, method, handler };
      }
    }
  }
}
