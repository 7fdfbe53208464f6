import type { Lang } from '@tropa/core';
import type { Report } from '../api/report.ts';
import { useLang } from '../i18n/lang.tsx';
import { ChannelMatrix } from './ChannelMatrix.tsx';
import { ChannelSankey } from './ChannelSankey.tsx';
import { ChannelStages } from './ChannelStages.tsx';
import { DriversForest } from './DriversForest.tsx';
import { EmotionCompare } from './EmotionCompare.tsx';
import { FeedbackThemes } from './FeedbackThemes.tsx';
import { FunnelChart } from './FunnelChart.tsx';
import { KpiTrends } from './KpiTrends.tsx';
import { Section } from './Section.tsx';
import { SegmentCompare } from './SegmentCompare.tsx';
import { StageTimes } from './StageTimes.tsx';
import { SurveyKpis } from './SurveyKpis.tsx';

const text = {
  noJourney: {
    en: 'This map has no stages matched to the data.',
    ru: 'Этапы карты не сопоставлены с данными.',
  },
  times: { en: 'Time between stages', ru: 'Время между этапами' },
  channels: { en: 'Channels', ru: 'Каналы' },
  kpis: { en: 'KPI trends', ru: 'Динамика KPI' },
  feedback: { en: 'Feedback themes', ru: 'Темы отзывов' },
  noKpis: { en: 'No KPIs in this report.', ru: 'В отчёте нет KPI.' },
};

/** The report's sections in the order of the section nav: funnel, times, channels, segments, KPIs, feedback. */
export function InsightsReport(props: {
  report: Report;
  analyticsUrl: string;
  attributes: string[] | undefined;
  lang: Lang;
}) {
  const { report, lang } = props;
  const { t } = useLang();
  const journey = report.journey;
  if (!journey) return <p className="empty">{t(text.noJourney)}</p>;
  const names = new Map(journey.stages.map((s) => [s.id, s.name]));
  return (
    <>
      <div id="funnel" className="report-anchor">
        <FunnelChart journey={journey} lang={lang} />
        {report.drivers && report.drivers.drivers.length > 0 && (
          <div className="insight-card">
            <DriversForest drivers={report.drivers} lang={lang} />
          </div>
        )}
      </div>
      <Section id="times" title={t(text.times)}>
        <StageTimes times={journey.stageTimes} names={names} lang={lang} />
      </Section>
      <Section id="channels" title={t(text.channels)}>
        <ChannelSankey channels={journey.channels} lang={lang} />
        <div className="channel-pair">
          <ChannelMatrix channels={journey.channels} lang={lang} />
          <ChannelStages channels={journey.channels} names={names} lang={lang} />
        </div>
      </Section>
      <SegmentCompare
        analyticsUrl={props.analyticsUrl}
        attributes={props.attributes}
        stages={journey.stages.map((s) => s.id)}
        names={names}
        lang={lang}
      />
      <Section id="kpis" title={t(text.kpis)}>
        {report.kpis ? (
          <KpiTrends kpis={report.kpis} lang={lang} />
        ) : (
          <p className="empty">{t(text.noKpis)}</p>
        )}
      </Section>
      <div className="insight-row">
        {report.emotion && <EmotionCompare emotion={report.emotion} names={names} />}
        {report.surveyKpis && <SurveyKpis kpis={report.surveyKpis} lang={lang} />}
      </div>
      {report.text && (
        <Section id="feedback" title={t(text.feedback)}>
          <FeedbackThemes text={report.text} names={names} lang={lang} />
        </Section>
      )}
    </>
  );
}
