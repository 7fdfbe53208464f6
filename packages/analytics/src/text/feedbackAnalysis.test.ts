import { describe, expect, it } from 'vitest';
import { analyzeFeedback, type FeedbackText } from './feedbackAnalysis.ts';

// Feedback written for this test: late deliveries from detractors, a polite manager from promoters.
const late = [
  'Доставка опять задержалась на неделю, ужасно.',
  'Доставка задержалась, склад простаивает. Плохо.',
  'Очень долго ждали доставку, это неудобно.',
  'Доставка задержалась, пришлось повторять заказ менеджеру.',
  'Снова задержка доставки, недовольны.',
  'Доставка опоздала, плохо организовано.',
];
const polite = [
  'Менеджер вежливый, спасибо.',
  'Вежливый менеджер быстро помог.',
  'Спасибо менеджеру, очень вежливый.',
  'Менеджер вежливый и грамотный.',
  'Отличный менеджер, вежливый.',
  'Менеджер всегда вежливый, спасибо.',
];
const items: FeedbackText[] = [
  ...late.map((text, i) => ({ text, origin: 'survey' as const, stage: 's-delivery', nps: i % 6 })),
  ...polite.map((text) => ({ text, origin: 'survey' as const, stage: 's-request', nps: 10 })),
  { text: 'Клиент просит счет повторно', origin: 'operator', channel: 'phone' },
  { text: 'Клиент жалуется на доставку', origin: 'operator', channel: 'phone' },
  { text: 'Клиент ждет ответа по почте', origin: 'operator', channel: 'email' },
];

describe('feedback analysis', () => {
  const report = analyzeFeedback(items);

  it('counts sentiment over every text', () => {
    expect(report.n).toBe(15);
    expect(report.sentimentSource).toBe('lexicon');
    expect(report.languages).toEqual({ ru: 15, en: 0 });
    expect(report.sentiment.negative).toBeGreaterThanOrEqual(6);
    expect(report.sentiment.positive).toBeGreaterThanOrEqual(6);
  });

  it('finds the two themes with their stages and detractor association', () => {
    const delivery = report.themes.find((t) => t.label.includes('доставк'));
    const manager = report.themes.find((t) => t.label.includes('менеджер') || t.label.includes('вежлив'));
    expect(delivery?.count).toBe(6);
    expect(delivery?.stages).toEqual([{ id: 's-delivery', count: 6 }]);
    // Every delivery text comes from a detractor (NPS 0–5), none of the others does.
    expect(delivery?.detractors).toEqual({ n: 6, share: 1, othersShare: 0, lift: 2 });
    expect(delivery?.negativeShare).toBeGreaterThan(0.6);
    expect(manager?.negativeShare).toBe(0);
    expect(manager?.detractors?.share).toBe(0);
  });

  it('makes the negative theme the first pain candidate, with a card for the pains lane', () => {
    const first = report.pains[0];
    expect(first?.label).toMatch(/доставк/);
    expect(first?.card).toMatchObject({ stage: 's-delivery', severity: 'high' });
    expect(report.pains.some((p) => /менеджер|вежлив/.test(p.label))).toBe(false);
  });

  it('keeps operator notes apart and counts "had to repeat" texts of customers only', () => {
    expect(report.operator.n).toBe(3);
    expect(report.operator.channels).toEqual([
      { id: 'phone', count: 2, negativeShare: expect.any(Number) },
      { id: 'email', count: 1, negativeShare: expect.any(Number) },
    ]);
    expect(report.repeats.count).toBe(1);
    expect(report.repeats.stages).toEqual([{ id: 's-delivery', count: 1 }]);
  });
});
