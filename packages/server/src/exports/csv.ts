import type { Card, Journey } from '@tropa/core';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell. A value a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a
 * leading apostrophe, so "=HYPERLINK(…)" in a card stays text when the file is opened (CSV injection).
 */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

const COLUMNS = [
  'stage_id',
  'stage',
  'lane_id',
  'lane_type',
  'card_id',
  'text',
  'severity',
  'emotion',
  'feeling',
  'reference',
  'note',
] as const;

function cardText(card: Card): string | undefined {
  if ('quote' in card) return card.quote;
  return 'text' in card ? card.text : undefined;
}

function cardReference(card: Card): string | undefined {
  if ('touchpoint' in card) return card.touchpoint;
  if ('channel' in card) return card.channel;
  if ('kpi' in card) return card.kpi;
  return undefined;
}

/** The map's cards as a table, one row per card, in stage then lane order, for spreadsheets. */
export function journeyToCsv(journey: Journey): string {
  const rows: (string | number)[][] = [];
  for (const stage of journey.stages) {
    for (const lane of journey.lanes) {
      for (const card of lane.cards as Card[]) {
        if (card.stage !== stage.id) continue;
        rows.push([
          stage.id,
          stage.name,
          lane.id,
          lane.type,
          card.id ?? '',
          cardText(card) ?? '',
          'severity' in card ? card.severity : '',
          'emotion' in card ? card.emotion : '',
          'feeling' in card ? (card.feeling ?? '') : '',
          cardReference(card) ?? '',
          card.note ?? '',
        ]);
      }
    }
  }
  const lines = [COLUMNS.join(','), ...rows.map((row) => row.map((cell) => csvCell(cell)).join(','))];
  // A byte-order mark tells spreadsheet programs the file is UTF-8 (Cyrillic stays readable).
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
