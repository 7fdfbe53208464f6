import { renderJourneyHtml, stringifyJourneyDocument } from '@tropa/core';
import { z } from 'zod';
import { renderInChromium } from '../exports/chromium.ts';
import { journeyToCsv } from '../exports/csv.ts';
import { notFound } from '../http/errors.ts';
import { defineRoute } from '../http/route.ts';
import { journeyOf } from '../maps/resolve.ts';
import { loadMap, parseStoredDocument } from '../maps/store.ts';
import { MapParams } from './fields.ts';
import { MAP } from './maps.ts';

const FORMATS = ['yaml', 'json', 'csv', 'html', 'png', 'pdf'] as const;

const CONTENT_TYPES: Record<(typeof FORMATS)[number], string> = {
  yaml: 'application/yaml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
  png: 'image/png',
  pdf: 'application/pdf',
};

/**
 * Even though the renderer escapes all user text, the HTML is served with a policy that runs no script
 * and loads nothing from anywhere: a second wall in case the first ever cracks.
 */
const HTML_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

/**
 * A map (current or `version`) as YAML, JSON, CSV (cards), HTML, PNG or PDF. Role maps are resolved against
 * their base map for the drawn and tabular formats; YAML and JSON give the document itself.
 */
export const exportMap = defineRoute({
  id: 'maps.export',
  method: 'GET',
  url: '/api/workspaces/:workspaceId/maps/:mapId/export',
  params: MapParams,
  query: z.object({
    format: z.enum(FORMATS),
    version: z.coerce.number().int().min(1).optional(),
    download: z.enum(['0', '1']).default('1'),
  }),
  async handle({ db, params, query, lang }) {
    const loaded = await loadMap(db, params.mapId, query.version);
    if (!loaded) throw notFound(MAP);
    const document = parseStoredDocument(loaded.version);
    let body: string | Buffer;
    if (query.format === 'yaml' || query.format === 'json') {
      body =
        loaded.version.format === query.format
          ? loaded.version.source
          : stringifyJourneyDocument(document, query.format);
    } else {
      const journey = await journeyOf(db, params.workspaceId, document, lang);
      if (query.format === 'csv') body = journeyToCsv(journey);
      else {
        const html = renderJourneyHtml(journey, { lang });
        body = query.format === 'html' ? html : await renderInChromium(html, query.format);
      }
    }
    // The slug is an ASCII id (letters, digits, . _ -), so it is safe in the header as it is.
    const file = `${loaded.map.slug}-v${loaded.version.version}.${query.format}`;
    const headers: Record<string, string> = {
      'content-type': CONTENT_TYPES[query.format],
      'content-disposition': `${query.download === '1' ? 'attachment' : 'inline'}; filename="${file}"`,
    };
    if (query.format === 'html') headers['content-security-policy'] = HTML_POLICY;
    return { headers, body };
  },
});
