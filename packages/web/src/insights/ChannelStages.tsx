import type { Lang } from '@tropa/core';
import type { ChannelSection } from '../api/report.ts';
import { useLang } from '../i18n/lang.tsx';
import { integer, MIN_N, percent } from './format.ts';

const text = {
  title: { en: 'Switches and repeat contacts by stage', ru: 'Смены канала и повторные обращения по этапам' },
  hint: {
    en: 'A repeat contact is a switch within {h} h inside the same stage: the partner had to come back through another channel. That is friction.',
    ru: 'Повторное обращение — смена канала в пределах {h} ч внутри этапа: партнёру пришлось вернуться через другой канал. Это трение.',
  },
  stage: { en: 'Stage', ru: 'Этап' },
  rate: { en: 'Switch rate', ru: 'Доля смен канала' },
  repeats: { en: 'Repeat contacts', ru: 'Повторные обращения' },
  of: { en: '{s} of {n} transitions', ru: '{s} из {n} переходов' },
  weak: { en: 'weak', ru: 'ненадёжно' },
};

/** Per stage: the share of transitions that change channel, and the repeat contacts, the worst highlighted. */
export function ChannelStages(props: { channels: ChannelSection; names: Map<string, string>; lang: Lang }) {
  const { channels, names, lang } = props;
  const { t } = useLang();
  const maxRepeats = Math.max(1, ...channels.stages.map((s) => s.repeatContacts));
  return (
    <div className="channel-stages">
      <h3>{t(text.title)}</h3>
      <p className="muted chart-hint">{t(text.hint, { h: channels.repeatWindowHours })}</p>
      <table className="stage-switches">
        <thead>
          <tr>
            <th>{t(text.stage)}</th>
            <th>{t(text.rate)}</th>
            <th>{t(text.repeats)}</th>
          </tr>
        </thead>
        <tbody>
          {channels.stages.map((s) => {
            const weak = s.transitions < MIN_N;
            const worst = s.repeatContacts > 0 && s.repeatContacts >= maxRepeats * 0.6;
            return (
              <tr key={s.stage} className={weak ? 'weak' : ''} data-stage={s.stage}>
                <th scope="row">{names.get(s.stage) ?? s.stage}</th>
                <td>
                  <div className="bar-cell">
                    <span className="mini-bar">
                      <span style={{ width: `${s.switchRate * 100}%` }} />
                    </span>
                    <strong>{s.transitions === 0 ? '—' : percent(s.switchRate, lang)}</strong>
                    <span className="muted">
                      {t(text.of, { s: integer(s.switches, lang), n: integer(s.transitions, lang) })}
                      {weak ? ` · ${t(text.weak)}` : ''}
                    </span>
                  </div>
                </td>
                <td>
                  <span
                    className={`repeat-count ${s.repeatContacts > 0 ? 'friction' : ''} ${worst ? 'worst' : ''}`}
                    data-repeats={s.repeatContacts}
                  >
                    {integer(s.repeatContacts, lang)}
                  </span>
                  <span className="mini-bar repeat">
                    <span style={{ width: `${(s.repeatContacts / maxRepeats) * 100}%` }} />
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
