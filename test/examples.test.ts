import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  formatIssue,
  type Journey,
  type JourneyDocument,
  parseJourneyDocument,
  type RoleMap,
  resolveRoleChain,
} from '@tropa/core';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const examplesDir = join(root, 'examples');

function exampleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return exampleFiles(path);
    return /\.(ya?ml|json)$/.test(entry.name) ? [path] : [];
  });
}

const files = exampleFiles(examplesDir).sort();

function load(path: string): JourneyDocument {
  const file = relative(root, path);
  const result = parseJourneyDocument(readFileSync(path, 'utf8'), { file });
  if (!result.ok) throw new Error(result.issues.map((i) => formatIssue(i, 'en')).join('\n'));
  expect(result.warnings.map((w) => formatIssue(w, 'en'))).toEqual([]);
  return result.document;
}

/** A role map's base is found among the documents of its own folder, by id. */
function resolveInFolder(path: string, role: RoleMap): Journey {
  const folder = files.filter((f) => dirname(f) === dirname(path)).map(load);
  const result = resolveRoleChain(role, (ref) =>
    folder.find((d) => (d.kind === 'journey' ? d.journey.id : d.role.id) === ref),
  );
  if (!result.ok)
    throw new Error(result.issues.map((i) => `${i.document} ${i.path.join('.')}: ${i.message}`).join('\n'));
  expect(result.issues.map((i) => i.message)).toEqual([]);
  return result.journey;
}

function journeyOf(path: string): Journey {
  const doc = load(path);
  return doc.kind === 'journey' ? doc.journey : resolveInFolder(path, doc.role);
}

function activities(journey: Journey): string[] {
  const names = journey.touchpoints.flatMap((t) => (t.match ?? []).flatMap((rule) => rule.activity ?? []));
  return [...new Set(names)].sort();
}

/** Every `id` anywhere in a document, in order: the structure two translations must share. */
function idsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(idsOf);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      key === 'id' && typeof v === 'string' ? [v] : idsOf(v),
    );
  }
  return [];
}

describe('examples', () => {
  it('has the maps the README lists', () => {
    const names = files.map((f) => relative(examplesDir, f));
    for (const lang of ['ru', 'en']) {
      expect(names).toContain(`b2b-partner-journey/${lang}/partner-journey.yaml`);
      for (const role of ['chief-engineer', 'procurement', 'director', 'technologist', 'financier']) {
        expect(names).toContain(`b2b-partner-journey/${lang}/role-${role}.yaml`);
      }
    }
    for (const lang of ['ru', 'en']) {
      expect(names).toContain(`b2c-contact-centre/${lang}/contact-centre.yaml`);
      expect(names).toContain(`b2c-contact-centre/${lang}/segment-55-plus.yaml`);
    }
  });

  for (const path of files) {
    it(`${relative(examplesDir, path)} is valid and, for a role map, resolves against its base`, () => {
      const journey = journeyOf(path);
      expect(journey.stages.length).toBeGreaterThan(0);
      const lang = path.split('/').at(-2);
      expect(journey.lang).toBe(lang);
    });
  }

  it('B2B partner journey: touchpoints match exactly the activities of the demo event log', () => {
    // The demo data generator and the analytics tests emit these names; a rename here must be a rename there.
    const demoActivities = [
      'site_visit',
      'catalog_view',
      'price_request',
      'request_form_sent',
      'call_inbound',
      'manager_call',
      'offer_sent',
      'offer_viewed',
      'offer_answered',
      'negotiation_call',
      'contract_draft_sent',
      'contract_approved',
      'contract_signed',
      'invoice_paid',
      'shipment_sent',
      'delivery_done',
      'installation_started',
      'installation_done',
      'support_ticket',
      'service_visit',
      'account_login',
      'repeat_order',
    ];
    for (const lang of ['ru', 'en']) {
      const journey = journeyOf(join(examplesDir, 'b2b-partner-journey', lang, 'partner-journey.yaml'));
      expect(activities(journey)).toEqual([...demoActivities].sort());
    }
  });

  it('B2C contact centre: touchpoints match the contact-centre activities', () => {
    const journey = journeyOf(join(examplesDir, 'b2c-contact-centre', 'ru', 'contact-centre.yaml'));
    const english = journeyOf(join(examplesDir, 'b2c-contact-centre', 'en', 'contact-centre.yaml'));
    expect(activities(english)).toEqual(activities(journey));
    expect(activities(journey)).toEqual(
      [
        'social_message',
        'chat_started',
        'bot_answer',
        'chat_operator',
        'callback_requested',
        'call_inbound',
        'ivr',
        'call_operator',
        'ticket_created',
        'ticket_resolved',
        'survey_sent',
      ].sort(),
    );
    const ageGroups = journey.personas.map((p) => p.ageGroup);
    expect(ageGroups).toEqual(['18-24', '25-34', '35-54', '55+']);
  });

  it('the English maps are translations: the same files and the same ids in the same places as the Russian ones', () => {
    const russian = files.filter((f) => f.includes('/ru/'));
    const english = files.filter((f) => f.includes('/en/'));
    expect(english.map((f) => f.replace('/en/', '/ru/'))).toEqual(russian);
    for (const path of english) {
      expect(idsOf(load(path))).toEqual(idsOf(load(path.replace('/en/', '/ru/'))));
    }
  });

  it('every KPI and every touchpoint a derived map adds is shown on the map', () => {
    for (const path of files) {
      const doc = load(path);
      const journey = journeyOf(path);
      const shown = new Set(
        journey.lanes.flatMap((l) => l.cards.flatMap((c) => ('kpi' in c ? [c.kpi] : []))),
      );
      expect(journey.kpis.map((k) => k.id).filter((id) => !shown.has(id))).toEqual([]);
      if (doc.kind !== 'role') continue;
      const onMap = new Set(
        journey.lanes.flatMap((l) => l.cards.flatMap((c) => ('touchpoint' in c ? [c.touchpoint] : []))),
      );
      const added = (doc.role.add?.touchpoints ?? []).map((t) => t.id);
      expect(added.filter((id) => !onMap.has(id))).toEqual([]);
    }
  });

  it('every role map differs from the base where the role feels differently', () => {
    const base = journeyOf(join(examplesDir, 'b2b-partner-journey', 'ru', 'partner-journey.yaml'));
    const emotions = (j: Journey) => JSON.stringify(j.lanes.find((l) => l.type === 'emotions')?.cards);
    for (const path of files.filter((f) => /\/ru\/role-/.test(f))) {
      const role = journeyOf(path);
      expect(role.persona).not.toBe(base.persona);
      expect(emotions(role)).not.toBe(emotions(base));
    }
  });
});
