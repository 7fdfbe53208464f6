import { useLang } from '../../i18n/lang.tsx';
import { useMeasured } from './MeasuredContext.tsx';

const text = {
  designed: { en: 'on the map', ru: 'на карте' },
  measured: { en: 'measured', ru: 'по данным' },
  band: { en: '95% interval', ru: '95% интервал' },
  weak: { en: 'n < {min}', ru: 'n < {min}' },
  legend: { en: 'Emotion lane legend', ru: 'Обозначения кривой эмоций' },
};

/** The emotion lane's key while the data is on: designed line, measured line, its band, a weak point. */
export function MeasuredLegend() {
  const { t } = useLang();
  const emotion = useMeasured()?.report.emotion;
  if (!emotion) return null;
  return (
    <ul className="measured-legend" aria-label={t(text.legend)}>
      <li>
        <svg width="22" height="10" aria-hidden="true">
          <line x1="1" x2="21" y1="5" y2="5" className="key-designed" />
        </svg>
        {t(text.designed)}
      </li>
      <li>
        <svg width="22" height="10" aria-hidden="true">
          <line x1="1" x2="21" y1="5" y2="5" className="key-measured" />
          <circle cx="11" cy="5" r="3.5" className="measured-point" />
        </svg>
        {t(text.measured)}
      </li>
      <li>
        <svg width="22" height="10" aria-hidden="true">
          <rect x="1" y="0" width="20" height="10" rx="2" className="measured-band" />
        </svg>
        {t(text.band)}
      </li>
      <li>
        <svg width="22" height="10" aria-hidden="true">
          <circle cx="11" cy="5" r="3.5" className="measured-point weak" />
        </svg>
        {t(text.weak, { min: emotion.minN })}
      </li>
    </ul>
  );
}
