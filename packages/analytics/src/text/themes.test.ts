import { describe, expect, it } from 'vitest';
import { keyPhrases } from './keyPhrases.ts';
import { analyzeText } from './pipeline.ts';
import { groupThemes, themeQuotes } from './themes.ts';

// Sentences written for this test about three subjects of a supplier's service.
const delivery = [
  'доставка опоздала на два дня',
  'курьер привез доставку поздно',
  'доставка снова задержалась, курьер не звонил',
  'курьер потерял часть доставки',
  'доставка пришла без курьера, оставили у ворот',
  'курьер опоздал, доставка к вечеру',
];
const invoice = [
  'счет пришел с ошибкой в реквизитах',
  'в счете неверные реквизиты',
  'бухгалтерия ждет исправленный счет',
  'реквизиты в счете опять старые',
  'счет выставили дважды, бухгалтерия в шоке',
  'бухгалтерия не может оплатить счет',
];
const support = [
  'оператор поддержки не отвечает',
  'поддержка ответила через неделю',
  'оператор переключил на другого оператора',
  'в поддержке оператор был вежлив',
  'поддержка закрыла обращение без решения',
  'оператор поддержки обещал перезвонить',
];

describe('key phrases and themes', () => {
  const texts = [...delivery, ...invoice, ...support];
  const analyzed = texts.map((t) => analyzeText(t));

  it('scores the subjects above one-off words', () => {
    const top = keyPhrases(analyzed, { minDocs: 3 }).map((p) => p.key);
    expect(top).toEqual(
      expect.arrayContaining(['доставк', 'курьер', 'счет', 'реквизит', 'оператор', 'поддержк']),
    );
    expect(top).not.toContain('вечер');
  });

  it('groups texts by subject, with readable labels and quotes', () => {
    const themes = groupThemes(analyzed, { minDocs: 3 });
    const of = (i: number) => themes.find((t) => t.docs.includes(i))?.id;
    // Each subject's texts share one theme, and the three subjects have three different themes.
    for (const [from, to] of [
      [0, 6],
      [6, 12],
      [12, 18],
    ] as const) {
      const ids = new Set([...Array(to - from).keys()].map((k) => of(from + k)));
      expect(ids.size).toBe(1);
    }
    expect(new Set([of(0), of(6), of(12)]).size).toBe(3);
    const deliveryTheme = themes.find((t) => t.docs.includes(0));
    expect(deliveryTheme?.label).toMatch(/доставк|курьер/);
    if (!deliveryTheme) throw new Error('no delivery theme');
    const quotes = themeQuotes(deliveryTheme, texts, analyzed, 2);
    expect(quotes).toHaveLength(2);
    for (const q of quotes) expect(delivery).toContain(q);
  });

  it('scores against a background: phrases common everywhere drop out', () => {
    const background = [
      ...analyzed,
      ...delivery.map((t) => analyzeText(t)),
      ...delivery.map((t) => analyzeText(t)),
    ];
    const keys = keyPhrases(
      invoice.map((t) => analyzeText(t)),
      { minDocs: 2, background },
    ).map((p) => p.key);
    expect(keys).toContain('счет');
    expect(keys).not.toContain('доставк');
  });
});
