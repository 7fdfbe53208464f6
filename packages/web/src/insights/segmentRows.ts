import type { SegmentBreakdown, SegmentTest } from '../api/report.ts';

/** One segment's figures with the test of each against the rest of the partners. */
export interface SegmentRow {
  segment: string;
  cases: number;
  weak: boolean;
  /** Share of the segment's partners reaching each stage, with its test (none for the first stage). */
  reach: { stage: string; share: number; test: SegmentTest | undefined }[];
  quit: { share: number; test: SegmentTest | undefined };
  times: { from: string; to: string; seconds: number | null; test: SegmentTest | undefined }[];
}

/**
 * The breakdown as rows by segment, tests found by their metric name (`conversion:<stage>`, `quit`,
 * `time:<from>-><to>`); a segment with fewer than `minN` partners is weak. Largest segments first.
 */
export function segmentRows(breakdown: SegmentBreakdown, stages: string[], minN: number): SegmentRow[] {
  const tests = new Map(breakdown.tests.map((x) => [`${x.segment}|${x.metric}`, x]));
  const testOf = (segment: string, metric: string) => tests.get(`${segment}|${metric}`);
  return [...breakdown.segments]
    .sort((a, b) => b.cases - a.cases || a.segment.localeCompare(b.segment))
    .map((s) => ({
      segment: s.segment,
      cases: s.cases,
      weak: s.cases < minN,
      reach: stages.map((stage, i) => ({
        stage,
        share: s.cases === 0 ? 0 : (s.reached[i] ?? 0) / s.cases,
        test: testOf(s.segment, `conversion:${stage}`),
      })),
      quit: { share: s.cases === 0 ? 0 : s.quit / s.cases, test: testOf(s.segment, 'quit') },
      times: stages.slice(1).map((to, i) => {
        const from = stages[i] ?? '';
        return {
          from,
          to,
          seconds: s.medianStageSeconds[i] ?? null,
          test: testOf(s.segment, `time:${from}->${to}`),
        };
      }),
    }));
}

/** Significance as the report marks it: q (Benjamini–Hochberg) below 0.05 on a strong sample. */
export function isMarked(test: SegmentTest | undefined): boolean {
  return test?.significant === true && test.q < 0.05;
}

/** The attributes one can segment by: the dataset's case attributes, ids left out. */
export function segmentAttributes(attributes: string[] | undefined): string[] {
  return (attributes ?? []).filter((a) => !/(^|_)id$/i.test(a));
}
