import type { Lang } from '@tropa/core';
import type { ChannelSection } from '../api/report.ts';
import { useLang } from '../i18n/lang.tsx';
import { channelName } from './channelNames.ts';
import { integer, percent } from './format.ts';
import { ribbonPath, sankeyLayout } from './sankeyLayout.ts';

const text = {
  title: { en: 'Where partners switch to', ru: 'Куда переходят партнёры' },
  hint: {
    en: '{switches} switches of {transitions} transitions ({p}): channel of an event → channel of the next one. Ribbon width is the count; staying on a channel is on the matrix diagonal.',
    ru: '{switches} смен канала из {transitions} переходов ({p}): канал события → канал следующего. Ширина ленты — число; оставшиеся в канале — на диагонали матрицы.',
  },
  ribbon: { en: '{from} → {to}: {n}', ru: '{from} → {to}: {n}' },
  none: { en: 'No channel switches in this data.', ru: 'В этих данных нет смены канала.' },
};

const W = 1100;
const H = 380;
const NODE = 14;
const LEFT = 190;
const RIGHT = W - 210;

// One colour per source channel, so a ribbon can be followed from its start.
const PALETTE = [
  '#6366f1',
  '#0ea5e9',
  '#10b981',
  '#f59e0b',
  '#ef4444',
  '#8b5cf6',
  '#ec4899',
  '#14b8a6',
  '#64748b',
];

/** A Sankey of channel → next channel switches (hand-made ribbons, widths by count). */
export function ChannelSankey({ channels, lang }: { channels: ChannelSection; lang: Lang }) {
  const { t } = useLang();
  const flows = channels.matrix.filter((m) => m.from !== m.to);
  const layout = sankeyLayout(flows, H - 20, 12);
  const colour = new Map(layout.sources.map((n, i) => [n.name, PALETTE[i % PALETTE.length]]));
  const hint = t(text.hint, {
    switches: integer(channels.switches, lang),
    transitions: integer(channels.transitions, lang),
    p: percent(channels.transitions === 0 ? 0 : channels.switches / channels.transitions, lang),
  });
  return (
    <div className="channel-sankey">
      <h3>{t(text.title)}</h3>
      <p className="muted chart-hint">{hint}</p>
      {flows.length === 0 ? (
        <p className="empty">{t(text.none)}</p>
      ) : (
        <svg viewBox={`0 0 ${W} ${H}`} className="chart sankey" role="img">
          <title>{t(text.title)}</title>
          <g transform="translate(0,10)">
            {layout.ribbons.map((r) => (
              <path
                key={`${r.from}>${r.to}`}
                d={ribbonPath(r, LEFT + NODE, RIGHT)}
                className="ribbon"
                fill={colour.get(r.from)}
              >
                <title>
                  {t(text.ribbon, {
                    from: channelName(r.from, t),
                    to: channelName(r.to, t),
                    n: integer(r.count, lang),
                  })}
                </title>
              </path>
            ))}
            {layout.sources.map((n) => (
              <g key={`s-${n.name}`} className="sankey-node">
                <rect
                  x={LEFT}
                  y={n.y}
                  width={NODE}
                  height={Math.max(n.height, 1)}
                  fill={colour.get(n.name)}
                />
                <text x={LEFT - 8} y={n.y + n.height / 2 + 4} textAnchor="end">
                  {channelName(n.name, t)} <tspan className="n-label">{integer(n.total, lang)}</tspan>
                </text>
              </g>
            ))}
            {layout.targets.map((n) => (
              <g key={`t-${n.name}`} className="sankey-node">
                <rect x={RIGHT} y={n.y} width={NODE} height={Math.max(n.height, 1)} className="target" />
                <text x={RIGHT + NODE + 8} y={n.y + n.height / 2 + 4}>
                  {channelName(n.name, t)} <tspan className="n-label">{integer(n.total, lang)}</tspan>
                </text>
              </g>
            ))}
          </g>
        </svg>
      )}
    </div>
  );
}
