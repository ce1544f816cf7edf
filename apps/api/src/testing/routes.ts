import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface DiscoveredRoute {
  method: string;
  /** `/api/...` with `:param` placeholders, as a client calls it. */
  path: string;
  key: string;
  /** The DTO classes of its @Body() and @Query() parameters, when it takes them. */
  bodyType?: new () => object;
  queryType?: new () => object;
}

function paramTypes(controller: object, name: string): { bodyType?: new () => object; queryType?: new () => object } {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, { index: number; data?: unknown }>;
  const types = (Reflect.getMetadata('design:paramtypes', (controller as { prototype: object }).prototype, name) ?? []) as Array<new () => object>;
  const of = (kind: RouteParamtypes) => {
    const arg = Object.entries(args).find(([key, value]) => key.split(':')[0] === String(kind) && value.data === undefined)?.[1];
    const type = arg ? types[arg.index] : undefined;
    return type && type !== Object ? type : undefined;
  };
  return { bodyType: of(RouteParamtypes.BODY), queryType: of(RouteParamtypes.QUERY) };
}

function joinPath(...parts: string[]): string {
  const joined = parts
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}

/**
 * Every route the running Nest app serves, read from the controllers' metadata (the same data
 * the router is built from), keyed "METHOD /api/path".
 */
export function discoverRoutes(app: NestFastifyApplication, globalPrefix = 'api'): DiscoveredRoute[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const routes = new Map<string, DiscoveredRoute>();
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const controllerPaths = ([] as string[]).concat(Reflect.getMetadata(PATH_METADATA, wrapper.metatype) ?? '');
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as object;
      const methodPath = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (methodPath === undefined || requestMethod === undefined) continue;
      for (const base of controllerPaths) {
        for (const sub of ([] as string[]).concat(methodPath)) {
          const method = RequestMethod[requestMethod];
          const path = joinPath(globalPrefix, base, sub);
          const key = `${method} ${path}`;
          routes.set(key, { method, path, key, ...paramTypes(wrapper.metatype, name) });
        }
      }
    }
  }
  return [...routes.values()].sort((a, b) => a.key.localeCompare(b.key));
}
