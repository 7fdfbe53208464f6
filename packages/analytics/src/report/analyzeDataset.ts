import { ces, csat, type Estimate, type Journey, nps } from '@tropa/core';
import type { Dataset, IngestSummary } from '../engine/engine.ts';
import type { DfgResult, NodeCount } from '../engine/queries.ts';
import type { JourneyRules } from '../mapping/journeyRules.ts';
import type { TextModel } from '../text/classifier.ts';
import { textReport } from '../text/textReport.ts';
import { type AnalysisReport, REPORT_SCHEMA_VERSION } from './reportSchema.ts';

export interface AnalyzeOptions {
  /** The journey map's rules, with its id and title, for the journey sections. */
  journey?: JourneyRules & { id: string; title: string };
  /** The whole map, for its KPIs (targets, improvements); needs `journey` too. */
  journeyDocument?: Journey;
  topVariants?: number;
  windowDays?: number;
  churnAfterDays?: number;
  repeatWindowHours?: number;
  /** Attributes to break the journey down by (each tested against the rest). */
  segmentBy?: string[];
  minN?: number;
  /** The user's trained text model (`tropa text train`), used instead of the shipped lexicon. */
  textModel?: TextModel;
  source: { events: string; surveys?: string; feedback?: string };
}

const nullIfNaN = (x: number) => (Number.isFinite(x) ? x : null);
const estimate = (e: Estimate) => ({
  n: e.n,
  value: nullIfNaN(e.value),
  low: nullIfNaN(e.low),
  high: nullIfNaN(e.high),
  weak: e.weak,
});
const record = (list: NodeCount[]) => Object.fromEntries(list.map((n) => [n.name, n.count]));
const graph = (g: DfgResult) => ({ nodes: g.nodes, edges: g.edges });
/** A deep copy with NaN and infinities as null, as JSON would write them. */
const nullNaN = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * Runs every query a report needs on an ingested dataset and assembles the versioned report.
 * @example analyzeDataset(dataset, summary, { source: { events: 'log.csv' }, journey })
 */
export async function analyzeDataset(
  dataset: Dataset,
  summary: Pick<IngestSummary, 'mapping' | 'surveys' | 'feedback'>,
  options: AnalyzeOptions,
): Promise<AnalysisReport> {
  const stats = await dataset.run({ kind: 'stats' });
  const dfg = await dataset.run({ kind: 'dfg' });
  const variants = await dataset.run({ kind: 'variants', top: options.topVariants ?? 20 });
  const minN = options.minN;
  const report: AnalysisReport = {
    schema: 'tropa.analysis',
    version: REPORT_SCHEMA_VERSION,
    generatedAt: new Date().toISOString(),
    source: { ...options.source, mapping: { ...summary.mapping } },
    stats: { ...stats, surveys: summary.surveys, feedback: summary.feedback },
    dfg: graph(dfg),
    startActivities: record(dfg.startActivities),
    endActivities: record(dfg.endActivities),
    variants,
  };
  const journey = options.journey;
  if (journey) {
    const churn = options.churnAfterDays;
    const funnel = await dataset.run({
      kind: 'funnel',
      journey,
      ...(options.windowDays ? { windowDays: options.windowDays } : {}),
    });
    const dropOff = await dataset.run({
      kind: 'dropoff',
      journey,
      ...(churn ? { churnAfterDays: churn } : {}),
    });
    const channels = await dataset.run({
      kind: 'channels',
      journey,
      ...(options.repeatWindowHours ? { repeatWindowHours: options.repeatWindowHours } : {}),
      ...(options.segmentBy?.[0] ? { segmentBy: options.segmentBy[0] } : {}),
    });
    report.journey = {
      id: journey.id,
      title: journey.title,
      stages: journey.stages,
      mapping: await dataset.run({ kind: 'mapping', journey }),
      touchpointGraph: graph(await dataset.run({ kind: 'dfg', level: 'touchpoint', journey })),
      stageGraph: graph(await dataset.run({ kind: 'dfg', level: 'stage', journey })),
      funnel: { windowDays: funnel.windowDays, steps: funnel.steps },
      dropOff,
      stageTimes: (await dataset.run({ kind: 'stageTimes', journey })).transitions,
      channels: {
        repeatWindowHours: channels.repeatWindowHours,
        channels: channels.channels,
        matrix: channels.matrix,
        transitions: channels.transitions,
        switches: channels.switches,
        stages: channels.stages,
        mix: channels.mix,
      },
    };
    report.segments = [];
    for (const attribute of options.segmentBy ?? []) {
      const s = await dataset.run({
        kind: 'segments',
        journey,
        attribute,
        ...(churn ? { churnAfterDays: churn } : {}),
        ...(minN ? { minN } : {}),
      });
      report.segments.push({
        ...s,
        segments: s.segments.map((x) => ({
          ...x,
          medianStageSeconds: x.medianStageSeconds.map((v) => (v === null ? null : nullIfNaN(v))),
        })),
      });
    }
  }
  if (options.journeyDocument) {
    report.kpis = nullNaN(
      await dataset.run({ kind: 'kpis', journey: options.journeyDocument, ...(minN ? { minN } : {}) }),
    );
  }
  report.drivers = await dataset.run({
    kind: 'drivers',
    attributes: options.segmentBy ?? [],
    ...(options.churnAfterDays ? { churnAfterDays: options.churnAfterDays } : {}),
    ...(minN ? { minN } : {}),
  });
  const overall = await dataset.run({ kind: 'surveyScores', groupBy: 'none' });
  if (overall.present) {
    const byStage = await dataset.run({ kind: 'surveyScores', groupBy: 'stage' });
    const byTouchpoint = await dataset.run({ kind: 'surveyScores', groupBy: 'touchpoint' });
    const opts = minN ? { minN } : {};
    const kpi = (scope: string, g: (typeof overall.groups)[number]) => ({
      scope,
      nps: estimate(nps(g.nps, opts)),
      csat: estimate(csat(g.csat, opts)),
      ces: estimate(
        g.ces.n === 0
          ? { n: 0, value: Number.NaN, low: Number.NaN, high: Number.NaN, weak: true }
          : ces(g.ces, opts),
      ),
    });
    report.surveyKpis = [
      ...overall.groups.map((g) => kpi('all', g)),
      ...byStage.groups.filter((g) => g.group !== null).map((g) => kpi(`stage:${g.group}`, g)),
      ...byTouchpoint.groups.filter((g) => g.group !== null).map((g) => kpi(`touchpoint:${g.group}`, g)),
    ];
  }
  if (summary.surveys > 0 || summary.feedback > 0) {
    const rows = await dataset.run({
      kind: 'textRows',
      ...(journey ? { journey } : {}),
      ...(journey && options.segmentBy?.[0] ? { segmentBy: options.segmentBy[0] } : {}),
    });
    const sections = textReport(rows, {
      ...(options.journeyDocument ? { journey: options.journeyDocument } : {}),
      ...(options.textModel ? { model: options.textModel } : {}),
      ...(minN ? { minN } : {}),
    });
    if (sections.text) report.text = sections.text;
    if (sections.emotion) report.emotion = sections.emotion;
  }
  return report;
}
