import type { Lang } from '@tropa/core';
import type { ChannelSection } from '../api/report.ts';
import { useLang } from '../i18n/lang.tsx';
import { channelName } from './channelNames.ts';
import { integer, percent } from './format.ts';
import { heat } from './scale.ts';

const text = {
  title: { en: 'Channel switch matrix', ru: 'Матрица смены каналов' },
  hint: {
    en: 'Consecutive events of a partner: rows are the channel of an event, columns the channel of the next one. The diagonal is staying on a channel; colour is the share of the row.',
    ru: 'Соседние события партнёра: строка — канал события, столбец — канал следующего. Диагональ — остались в том же канале; цвет — доля в строке.',
  },
  corner: { en: 'from ↓ / to →', ru: 'из ↓ / в →' },
  total: { en: 'total', ru: 'всего' },
  cell: { en: '{from} → {to}: {n} ({p} of the row)', ru: '{from} → {to}: {n} ({p} строки)' },
};

/** The from × to heat map of channel transitions with the count in each cell. */
export function ChannelMatrix({ channels, lang }: { channels: ChannelSection; lang: Lang }) {
  const { t } = useLang();
  const order = channels.channels.map((c) => c.name);
  for (const m of channels.matrix) {
    if (!order.includes(m.from)) order.push(m.from);
    if (!order.includes(m.to)) order.push(m.to);
  }
  const count = new Map(channels.matrix.map((m) => [`${m.from}>${m.to}`, m.count]));
  const rowTotal = (from: string) => order.reduce((s, to) => s + (count.get(`${from}>${to}`) ?? 0), 0);
  return (
    <div className="channel-matrix">
      <h3>{t(text.title)}</h3>
      <p className="muted chart-hint">{t(text.hint)}</p>
      <div className="chart-scroll">
        <table className="heat-table">
          <thead>
            <tr>
              <th className="corner">{t(text.corner)}</th>
              {order.map((to) => (
                <th key={to} scope="col">
                  {channelName(to, t)}
                </th>
              ))}
              <th scope="col">{t(text.total)}</th>
            </tr>
          </thead>
          <tbody>
            {order.map((from) => {
              const total = rowTotal(from);
              return (
                <tr key={from}>
                  <th scope="row">{channelName(from, t)}</th>
                  {order.map((to) => {
                    const n = count.get(`${from}>${to}`) ?? 0;
                    const share = total === 0 ? 0 : n / total;
                    return (
                      <td
                        key={to}
                        className={`heat-cell ${from === to ? 'stay' : ''} ${share > 0.45 ? 'dark' : ''}`}
                        style={{ background: n === 0 ? undefined : heat(share) }}
                        title={t(text.cell, {
                          from: channelName(from, t),
                          to: channelName(to, t),
                          n: integer(n, lang),
                          p: percent(share, lang),
                        })}
                        data-count={n}
                      >
                        {n === 0 ? '·' : integer(n, lang)}
                      </td>
                    );
                  })}
                  <td className="row-total">{integer(total, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
