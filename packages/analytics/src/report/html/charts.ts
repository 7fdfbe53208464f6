import { type Html, html } from './escape.ts';

/** Horizontal bars, one per row, labelled with the name and a value text. */
export function barChart(rows: { label: string; value: number; text: string }[], color = '#3b6fb6'): Html {
  const width = 640;
  const labelWidth = 220;
  const rowHeight = 24;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const bars = rows.map((r, i) => {
    const w = ((width - labelWidth - 130) * r.value) / max;
    const y = i * rowHeight;
    return html`<g transform="translate(0,${y})"><text x="${labelWidth - 6}" y="16" text-anchor="end">${truncate(r.label, 32)}</text>
      <rect x="${labelWidth}" y="4" width="${w.toFixed(1)}" height="16" fill="${color}" rx="2"><title>${r.label}: ${r.text}</title></rect>
      <text x="${(labelWidth + w + 6).toFixed(1)}" y="16">${r.text}</text></g>`;
  });
  return html`<svg class="chart" viewBox="0 0 ${width} ${rows.length * rowHeight + 4}" width="${width}" role="img">${bars}</svg>`;
}

/** A heatmap of counts: rows × columns, darker for more. */
export function heatmap(
  rowsLabels: string[],
  colLabels: string[],
  value: (r: string, c: string) => number,
): Html {
  const cell = 44;
  const left = 120;
  const top = 90;
  const max = Math.max(1, ...rowsLabels.flatMap((r) => colLabels.map((c) => value(r, c))));
  const cells = rowsLabels.flatMap((r, i) =>
    colLabels.map((c, j) => {
      const v = value(r, c);
      const alpha = v === 0 ? 0.04 : 0.15 + 0.85 * (v / max);
      const x = left + j * cell;
      const y = top + i * cell;
      return html`<rect x="${x}" y="${y}" width="${cell - 2}" height="${cell - 2}" fill="rgba(192,57,43,${alpha.toFixed(3)})"><title>${r} → ${c}: ${v}</title></rect>
        <text x="${x + cell / 2 - 1}" y="${y + cell / 2 + 4}" text-anchor="middle" class="${alpha > 0.55 ? 'light' : ''}">${v}</text>`;
    }),
  );
  const rowText = rowsLabels.map(
    (r, i) =>
      html`<text x="${left - 6}" y="${top + i * cell + cell / 2 + 4}" text-anchor="end">${truncate(r, 16)}</text>`,
  );
  const colText = colLabels.map(
    (c, j) =>
      html`<text transform="translate(${left + j * cell + cell / 2},${top - 6}) rotate(-45)">${truncate(c, 16)}</text>`,
  );
  const w = left + colLabels.length * cell + 80;
  const h = top + rowsLabels.length * cell + 10;
  return html`<svg class="chart" viewBox="0 0 ${w} ${h}" width="${w}" role="img">${rowText}${colText}${cells}</svg>`;
}

/** Time box plots on a log axis: the box spans p25–p75, the thick line is the median, the whisker ends at p90. */
export function boxPlots(
  rows: { label: string; p25: number; median: number; p75: number; p90: number; text: string }[],
  tickLabel: (seconds: number) => string,
): Html {
  const width = 760;
  const left = 300;
  const right = width - 90;
  const rowHeight = 30;
  const axis = 24;
  const values = rows.flatMap((r) => [r.p25, r.p90]).filter((v) => v > 0);
  const lo = Math.log10(Math.max(1, Math.min(...values) / 2));
  const hi = Math.log10(Math.max(10, ...values));
  const x = (v: number) =>
    left + ((Math.log10(Math.max(1, v)) - lo) / Math.max(0.001, hi - lo)) * (right - left);
  const ticks = TIME_TICKS.filter((v) => Math.log10(v) >= lo - 0.01 && Math.log10(v) <= hi + 0.01).map(
    (
      v,
    ) => html`<line x1="${x(v).toFixed(1)}" x2="${x(v).toFixed(1)}" y1="${axis - 4}" y2="${rows.length * rowHeight + axis}" stroke="#e3e8ef"/>
      <text x="${x(v).toFixed(1)}" y="${axis - 8}" text-anchor="middle">${tickLabel(v)}</text>`,
  );
  const items = rows.map((r, i) => {
    const y = i * rowHeight + axis;
    return html`<g transform="translate(0,${y})"><text x="${left - 6}" y="19" text-anchor="end">${truncate(r.label, 40)}</text>
      <line x1="${x(r.p75).toFixed(1)}" x2="${x(r.p90).toFixed(1)}" y1="15" y2="15" stroke="#555"/>
      <line x1="${x(r.p90).toFixed(1)}" x2="${x(r.p90).toFixed(1)}" y1="9" y2="21" stroke="#555"/>
      <rect x="${x(r.p25).toFixed(1)}" y="6" width="${Math.max(1, x(r.p75) - x(r.p25)).toFixed(1)}" height="18" fill="#cfe0f5" stroke="#3b6fb6"><title>${r.text}</title></rect>
      <line x1="${x(r.median).toFixed(1)}" x2="${x(r.median).toFixed(1)}" y1="6" y2="24" stroke="#1d3d6b" stroke-width="2"/>
      <text x="${right + 6}" y="19">${r.text.split(' · ')[0] ?? ''}</text></g>`;
  });
  return html`<svg class="chart" viewBox="0 0 ${width} ${rows.length * rowHeight + axis + 4}" width="${width}" role="img">${ticks}${items}</svg>`;
}

/** Tick marks of the time axis: a minute, an hour, a day, a week, a month, a year. */
const TIME_TICKS = [60, 3600, 86400, 7 * 86400, 30 * 86400, 365 * 86400];

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
