import { z } from 'zod';
import type { AnyRoute } from '../http/route.ts';
import { type Policy, policies } from '../policies/table.ts';

type JsonSchema = Record<string, unknown>;

/** A zod schema as JSON Schema, as the client must send it (before defaults and transforms). */
function toSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}

/** Who may call a route, in words, from the policy table. */
export function describePolicy(policy: Policy): string {
  if (policy.scope === 'public') return 'Public: no sign-in needed.';
  if (policy.scope === 'account') return 'A signed-in person (session cookie).';
  const who = policy.accepts.map(
    (a) => ({ session: 'members', token: 'API tokens', share: 'share links' })[a],
  );
  const target = policy.scope === 'map' ? 'the map’s workspace' : 'the workspace';
  return `Role ${policy.role} or higher in ${target}; accepts ${who.join(', ')}. Non-members get 404.`;
}

function parameters(route: AnyRoute): JsonSchema[] {
  const list: JsonSchema[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!schema) continue;
    const json = toSchema(schema);
    const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json.required ?? []) as string[]);
    for (const [name, property] of Object.entries(properties)) {
      list.push({ name, in: where, required: where === 'path' || required.has(name), schema: property });
    }
  }
  return list;
}

const ERROR = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['status', 'code', 'message'],
      properties: {
        status: { type: 'integer' },
        code: { type: 'string', description: 'Stable, machine-readable.' },
        message: {
          type: 'string',
          description: 'For people, in the Accept-Language of the request (en, ru).',
        },
        path: {
          type: 'string',
          description: 'The field or header at fault, e.g. body.document.stages.0.id.',
        },
      },
    },
  },
};

/** The OpenAPI 3.1 document of the API, generated from the routes' zod schemas and the policy table. */
export function buildOpenApi(routes: readonly AnyRoute[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    const policy: Policy = policies[route.id];
    const operation: JsonSchema = {
      operationId: route.id,
      tags: [route.id.split('.')[0]],
      description: describePolicy(policy),
      parameters: parameters(route),
      responses: {
        '2XX': { description: 'Success.' },
        default: {
          description: 'An error.',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
      ...(policy.scope === 'public' ? { security: [] } : {}),
    };
    if (route.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: toSchema(route.body) } },
      };
    } else if (route.bodyDoc) {
      operation.requestBody = {
        required: true,
        content: { [route.bodyDoc.contentType]: { schema: route.bodyDoc.schema } },
      };
    }
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tropa API',
      version: '0.1.0',
      description:
        'Customer journey maps with history. Browser sessions send the X-CSRF-Token header on writes; scripts use Bearer API tokens.',
    },
    paths,
    components: {
      schemas: { Error: ERROR },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'tropa_session' },
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'An API token (tpa_…) or a share link (tps_…).',
        },
      },
    },
    security: [{ session: [] }, { bearer: [] }],
  };
}
