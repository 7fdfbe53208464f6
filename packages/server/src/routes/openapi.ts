import { defineRoute } from '../http/route.ts';
import { renderDocsPage } from '../openapi/docsPage.ts';
import { buildOpenApi } from '../openapi/document.ts';

export const openApiDocument = defineRoute({
  id: 'openapi.document',
  method: 'GET',
  url: '/api/openapi.json',
  async handle({ app }) {
    return { headers: { 'cache-control': 'public, max-age=300' }, body: buildOpenApi(app.routes) };
  },
});

export const openApiDocs = defineRoute({
  id: 'openapi.docs',
  method: 'GET',
  url: '/api/docs',
  async handle({ app }) {
    return {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      },
      body: renderDocsPage(app.routes),
    };
  },
});
