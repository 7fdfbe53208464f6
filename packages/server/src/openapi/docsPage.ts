import { escapeMarkup } from '@tropa/core';
import type { AnyRoute } from '../http/route.ts';
import { policies } from '../policies/table.ts';
import { describePolicy } from './document.ts';

/** A readable page of the API that needs no script and no network: one section per route. */
export function renderDocsPage(routes: readonly AnyRoute[]): string {
  const sections = routes.map((route) => {
    const policy = describePolicy(policies[route.id]);
    return `<section id="${escapeMarkup(route.id)}"><h2><span class="m">${escapeMarkup(route.method)}</span> <code>${escapeMarkup(route.url)}</code></h2>
<p><b>${escapeMarkup(route.id)}</b> — ${escapeMarkup(policy)}</p></section>`;
  });
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Tropa API</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2330}
h2{font-size:1rem;margin:1.5rem 0 .2rem}.m{display:inline-block;min-width:4.5rem;color:#3552a8}code{font-size:.95rem}p{margin:0}</style>
</head><body><h1>Tropa API</h1>
<p>The machine-readable description, with every request schema, is at <a href="/api/openapi.json">/api/openapi.json</a>.
Errors always read <code>{ "error": { "status", "code", "message", "path" } }</code>.</p>
${sections.join('\n')}
</body></html>
`;
}
