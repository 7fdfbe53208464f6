import type { Severity } from '@tropa/core';
import type { TextModel } from './classifier.ts';
import { type AnalyzedText, analyzeText } from './pipeline.ts';
import { repeatPhrase } from './repeatContact.ts';
import type { SentimentLabel } from './sentiment.ts';
import { type StageKeywords, stagesByKeywords } from './stageKeywords.ts';
import type { FeedbackTheme, PainCandidate, TextSection } from './textSection.ts';
import { textSentiment } from './textSentiment.ts';
import { groupThemes, themeQuotes } from './themes.ts';

/** One piece of free text to analyze, with what is known about where it came from. */
export interface FeedbackText {
  text: string;
  origin: 'customer' | 'operator' | 'survey';
  channel?: string | null;
  /** The stage the text is about: a survey's stage, else the stage its case was in at the time. */
  stage?: string | null;
  touchpoint?: string | null;
  /** The NPS answer given with the text, if any (0–6 is a detractor). */
  nps?: number | null;
}

export interface FeedbackAnalysisOptions {
  /** The user's trained model, used instead of the lexicon when it classifies sentiment. */
  model?: TextModel;
  /** The map's stages with their keywords, to link themes to stages. */
  stages?: readonly StageKeywords[];
  maxThemes?: number;
  quotes?: number;
}

interface Scored {
  item: FeedbackText;
  analyzed: AnalyzedText;
  score: number;
  label: SentimentLabel;
}

function tally(values: readonly (string | null | undefined)[]): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Sentences of a text: themes are found per sentence, as one message often names several problems. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}]{3}/u.test(s));
}

function summarizeThemes(scored: readonly Scored[], options: FeedbackAnalysisOptions): FeedbackTheme[] {
  const units = scored.flatMap((s, parent) =>
    sentences(s.item.text).map((sentence) => {
      const analyzed = analyzeText(sentence, s.analyzed.lang);
      return {
        parent,
        analyzed,
        negative: textSentiment(sentence, analyzed, options.model).label === 'negative',
      };
    }),
  );
  const raw = scored.map((s) => s.item.text);
  const withNps = scored.filter((s) => typeof s.item.nps === 'number');
  const detractors = withNps.filter((s) => (s.item.nps ?? 10) <= 6).length;
  return groupThemes(
    units.map((u) => u.analyzed),
    { maxThemes: options.maxThemes ?? 12 },
  ).map((theme) => {
    const parents = [...new Set(theme.docs.map((d) => units[d]?.parent ?? -1))].filter((p) => p >= 0);
    const members = parents.map((p) => scored[p]).filter((s): s is Scored => s !== undefined);
    const negativeUnits = theme.docs.filter((d) => units[d]?.negative);
    const npsIn = members.filter((m) => typeof m.item.nps === 'number');
    const detIn = npsIn.filter((m) => (m.item.nps ?? 10) <= 6).length;
    const npsOut = withNps.length - npsIn.length;
    const detOut = detractors - detIn;
    const share = npsIn.length ? detIn / npsIn.length : 0;
    const othersShare = npsOut ? detOut / npsOut : 0;
    const negativeParents = [...new Set(negativeUnits.map((d) => units[d]?.parent ?? -1))].filter(
      (p) => p >= 0,
    );
    const quoteDocs = negativeParents.length >= (options.quotes ?? 3) ? negativeParents : parents;
    return {
      id: theme.id,
      label: theme.label,
      phrases: theme.phrases.slice(0, 8).map((p) => p.label),
      count: members.length,
      negativeShare: round(theme.docs.length ? negativeUnits.length / theme.docs.length : 0),
      meanScore: round(members.reduce((s, m) => s + m.score, 0) / Math.max(1, members.length)),
      stages: tally(members.map((m) => m.item.stage)),
      mapStages: options.stages
        ? stagesByKeywords(
            theme.phrases.slice(0, 6).map((p) => p.key),
            options.stages,
          )
        : [],
      touchpoints: tally(members.map((m) => m.item.touchpoint)),
      channels: tally(members.map((m) => m.item.channel)),
      detractors:
        npsIn.length === 0
          ? null
          : {
              n: npsIn.length,
              share: round(share),
              othersShare: round(othersShare),
              lift: round(othersShare > 0 ? share / othersShare : share > 0 ? 2 : 1),
            },
      quotes: themeQuotes(
        { ...theme, docs: quoteDocs },
        raw,
        scored.map((s) => s.analyzed),
        options.quotes ?? 3,
      ),
    };
  });
}

/** Negative themes ranked by frequency × negativity × detractor association, ready for the pains lane. */
export function painCandidates(themes: readonly FeedbackTheme[]): PainCandidate[] {
  return themes
    .filter((t) => t.negativeShare >= 0.3 && t.count >= 3)
    .map((t) => {
      const stage = t.stages[0]?.id ?? t.mapStages[0] ?? null;
      const lift = t.detractors?.lift ?? 1;
      // Severity from how negative the theme is and how strongly it goes with detractors.
      const severity: Severity =
        t.negativeShare >= 0.7 && lift >= 2.5
          ? 'critical'
          : t.negativeShare >= 0.6 || lift >= 2
            ? 'high'
            : t.negativeShare >= 0.45 || lift >= 1.3
              ? 'medium'
              : 'low';
      return {
        themeId: t.id,
        label: t.label,
        score: round(t.count * t.negativeShare * Math.max(0.5, t.detractors?.lift ?? 1), 1),
        count: t.count,
        negativeShare: t.negativeShare,
        detractorLift: t.detractors?.lift ?? null,
        stage,
        quotes: t.quotes,
        card: stage
          ? { stage, text: t.quotes[0] ? `${t.label}: «${t.quotes[0]}»` : t.label, severity }
          : null,
      };
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * Analyzes free-text feedback: sentiment per text, themes of customer and survey texts with their stages,
 * channels and detractor association, pain-point candidates, "had to repeat myself" mentions, and
 * operator notes as their own lens.
 */
export function analyzeFeedback(
  items: readonly FeedbackText[],
  options: FeedbackAnalysisOptions = {},
): TextSection {
  const scored: Scored[] = items
    .filter((item) => item.text.trim() !== '')
    .map((item) => {
      const analyzed = analyzeText(item.text);
      return { item, analyzed, ...textSentiment(item.text, analyzed, options.model) };
    });
  const customer = scored.filter((s) => s.item.origin !== 'operator');
  const operator = scored.filter((s) => s.item.origin === 'operator');
  const count = (label: SentimentLabel) => scored.filter((s) => s.label === label).length;
  const themes = summarizeThemes(customer, options);
  const repeats = customer
    .map((s) => ({ s, phrase: repeatPhrase(s.item.text) }))
    .filter((r): r is { s: Scored; phrase: string } => r.phrase !== undefined);
  const operatorThemes = operator.length >= 10 ? summarizeThemes(operator, { ...options, maxThemes: 8 }) : [];
  return {
    n: scored.length,
    sentimentSource: options.model ? 'model' : 'lexicon',
    languages: {
      ru: scored.filter((s) => s.analyzed.lang === 'ru').length,
      en: scored.filter((s) => s.analyzed.lang === 'en').length,
    },
    sentiment: {
      negative: count('negative'),
      neutral: count('neutral'),
      positive: count('positive'),
      meanScore: round(scored.reduce((s, x) => s + x.score, 0) / Math.max(1, scored.length)),
    },
    themes,
    pains: painCandidates(themes),
    repeats: {
      count: repeats.length,
      share: round(customer.length ? repeats.length / customer.length : 0),
      channels: tally(repeats.map((r) => r.s.item.channel)),
      stages: tally(repeats.map((r) => r.s.item.stage)),
      phrases: tally(repeats.map((r) => r.phrase)).slice(0, 8),
      quotes: repeats.slice(0, 3).map((r) => r.s.item.text),
    },
    operator: {
      n: operator.length,
      themes: operatorThemes,
      channels: tally(operator.map((s) => s.item.channel)).map((c) => ({
        ...c,
        negativeShare: round(
          operator.filter((s) => s.item.channel === c.id && s.label === 'negative').length /
            Math.max(1, c.count),
        ),
      })),
    },
  };
}
