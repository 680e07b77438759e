import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { Permission } from '@tafel/shared/contracts';
import { PERMISSION_KEY, PUBLIC_KEY } from '../../src/common/auth/decorators';
import { TestApp } from './test-app';

export interface Endpoint {
  method: string;
  path: string;
  permission: Permission | null;
}

/**
 * Every route of the running app, with its declared rule, found through Nest's own metadata; a route
 * with neither @Public() nor @Allow() fails the suite here.
 */
export function discoverEndpoints(t: TestApp): Endpoint[] {
  const reflector = new Reflector();
  const scanner = new MetadataScanner();
  const controllers = [...t.app.get(ModulesContainer).values()].flatMap((m) => [...m.controllers.values()]);
  return controllers.flatMap((wrapper) => {
    const instance = wrapper.instance as object;
    const proto = Object.getPrototypeOf(instance) as Record<string, () => unknown>;
    const base = String(Reflect.getMetadata(PATH_METADATA, instance.constructor) ?? '');
    return scanner.getAllMethodNames(proto).flatMap((name) => {
      const handler = proto[name];
      const sub = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (sub === undefined) return [];
      const targets = [handler, instance.constructor];
      const isPublic = reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
      const permission = reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
      if (!isPublic && !permission) throw new Error(`${name} declares no rule`);
      const path = `/api/v1/${[base, sub].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/');
      return [
        {
          method: RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number],
          path,
          permission: permission ?? null,
        },
      ];
    });
  });
}
