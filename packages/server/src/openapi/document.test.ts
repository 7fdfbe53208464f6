import { describe, expect, it } from 'vitest';
import { routes } from '../routes/index.ts';
import { renderDocsPage } from './docsPage.ts';
import { buildOpenApi } from './document.ts';

type Operation = {
  operationId: string;
  parameters: { name: string; in: string }[];
  requestBody?: { content: { 'application/json': { schema: { properties?: Record<string, unknown> } } } };
};

describe('OpenAPI document', () => {
  const doc = buildOpenApi(routes) as { openapi: string; paths: Record<string, Record<string, Operation>> };

  it('describes every route once, under its OpenAPI path', () => {
    const operations = Object.values(doc.paths).flatMap((p) => Object.values(p));
    expect(operations.map((o) => o.operationId).sort()).toEqual(routes.map((r) => r.id).sort());
    expect(doc.paths['/api/workspaces/{workspaceId}/maps/{mapId}']?.put?.operationId).toBe('maps.save');
  });

  it('takes request schemas from the zod schemas the routes validate with', () => {
    const signUp = doc.paths['/api/auth/sign-up']?.post;
    const properties = signUp?.requestBody?.content['application/json'].schema.properties ?? {};
    expect(Object.keys(properties).sort()).toEqual(['email', 'invitation', 'name', 'password']);
    const diff = doc.paths['/api/workspaces/{workspaceId}/maps/{mapId}/diff']?.get;
    expect(diff?.parameters.map((p) => `${p.in}:${p.name}`)).toEqual([
      'path:workspaceId',
      'path:mapId',
      'query:from',
      'query:to',
    ]);
  });

  it('describes the dataset upload as multipart with its files', () => {
    const upload = doc.paths['/api/workspaces/{workspaceId}/datasets']?.post as unknown as {
      requestBody: { content: Record<string, { schema: { required: string[] } }> };
    };
    expect(upload.requestBody.content['multipart/form-data']?.schema.required).toEqual(['name', 'events']);
  });

  it('renders a docs page with every route', () => {
    const html = renderDocsPage(routes);
    for (const route of routes) expect(html).toContain(`id="${route.id}"`);
    expect(html).not.toContain('<script');
  });
});
