import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface SchemaObject {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
  allOf?: SchemaObject[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: SchemaObject;
}

export interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content: Record<string, { schema?: SchemaObject }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

/** One route of the running application, with what its OpenAPI operation says about its inputs. */
export interface Route {
  method: string;
  /** OpenAPI spelling: `/users/{id}`. */
  path: string;
  operation: OpenApiOperation | undefined;
}

const joinPath = (...parts: string[]) =>
  `/${parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/')}`;

/**
 * Every route the Nest controllers of the running app declare (not a hand-written list), so a
 * route another module adds later is fuzzed without anyone editing the suite.
 */
export function controllerRoutes(app: NestFastifyApplication): Array<{ method: string; path: string }> {
  const routes = new Map<string, { method: string; path: string }>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!controller) continue;
      const bases = [Reflect.getMetadata(PATH_METADATA, controller) ?? ''].flat() as string[];
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (paths === undefined || method === undefined) continue;
        for (const base of bases) {
          for (const path of [paths].flat()) {
            const full = joinPath(base, path).replace(/:([A-Za-z0-9_]+)/g, '{$1}');
            const verb = RequestMethod[method].toLowerCase();
            routes.set(`${verb} ${full}`, { method: verb, path: full });
          }
        }
      }
    }
  }
  return [...routes.values()].sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`));
}

export async function liveOpenApi(app: NestFastifyApplication): Promise<OpenApiDocument> {
  const res = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/docs-json' });
  if (res.statusCode !== 200) throw new Error(`/docs-json answered ${res.statusCode}`);
  return res.json() as OpenApiDocument;
}

export function routesWithOperations(app: NestFastifyApplication, document: OpenApiDocument): Route[] {
  return controllerRoutes(app).map((route) => ({ ...route, operation: document.paths[route.path]?.[route.method] }));
}

export function resolveSchema(schema: SchemaObject | undefined, document: OpenApiDocument): SchemaObject | undefined {
  if (!schema) return undefined;
  if (schema.$ref) return resolveSchema(document.components?.schemas?.[schema.$ref.split('/').pop() as string], document);
  if (schema.allOf?.length === 1) return resolveSchema(schema.allOf[0], document);
  return schema;
}
