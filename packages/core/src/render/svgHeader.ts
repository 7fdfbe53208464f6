import { formatDate, type MapModel } from './mapModel.ts';
import { type Markup, markup } from './markup.ts';
import { type SvgBox, stack, textBox } from './svgBoxes.ts';
import { textWidth } from './textWrap.ts';

const HEADING = { size: 9.5, bold: true, color: '#5d6b7c' };
const BODY = { size: 11.5, lineHeight: 15 };
const SMALL = { size: 10, lineHeight: 13, color: '#5d6b7c' };

// A panel's content with its padding; the header draws the panel backgrounds, all of one height.
function panel(width: number, content: (w: number) => SvgBox[]): SvgBox {
  const inner = stack(content(width - 24), 5);
  return { height: inner.height + 22, draw: (x, y) => inner.draw(x + 12, y + 11) };
}

function titlePanel(model: MapModel, width: number): SvgBox {
  const { journey } = model;
  const kind = model.t(journey.kind).toUpperCase();
  const kindWidth = textWidth(kind, 9, true) + 16;
  return panel(width, (w) => [
    {
      height: 17,
      draw: (x, y) =>
        markup`<rect x="${x}" y="${y}" width="${kindWidth}" height="17" rx="8.5" fill="${journey.kind === 'future' ? '#f3c64f' : '#ffffff'}" fill-opacity="${journey.kind === 'future' ? 1 : 0.2}"/><text x="${x + 8}" y="${y + 12}" font-size="9" font-weight="700" fill="${journey.kind === 'future' ? '#3b2c00' : '#ffffff'}">${kind}</text>`,
    },
    textBox(journey.title, w, { size: 22, lineHeight: 27, bold: true, color: '#ffffff' }),
    ...(journey.description ? [textBox(journey.description, w, { ...BODY, color: '#e4eef6' })] : []),
  ]);
}

function personaPanel(model: MapModel, width: number): SvgBox {
  const heading = textBox(
    model.t(model.personas.length > 1 ? 'personas' : 'persona').toUpperCase(),
    width - 24,
    HEADING,
  );
  return panel(width, (w) => [
    heading,
    ...model.personas.flatMap((p) => {
      const facts = [
        p.role ? model.roleName(p.role) : undefined,
        p.ageGroup ? model.t('ageGroup', { age: p.ageGroup }) : undefined,
        p.channels.length
          ? `${model.t('preferredChannels')}: ${p.channels.map((c) => model.channel(c).name).join(', ')}`
          : undefined,
      ].filter((f): f is string => Boolean(f));
      return [
        textBox(p.name, w, { ...BODY, bold: true }),
        ...(facts.length ? [textBox(facts.join(' · '), w, SMALL)] : []),
        ...(p.quote
          ? [
              textBox(model.lang === 'ru' ? `«${p.quote}»` : `“${p.quote}”`, w, {
                ...BODY,
                italic: true,
                color: '#34475a',
              }),
            ]
          : []),
      ];
    }),
  ]);
}

function goalsPanel(model: MapModel, width: number): SvgBox {
  return panel(width, (w) => [
    textBox(model.t('goals').toUpperCase(), w, HEADING),
    ...model.journey.goals.map((g) => {
      const kpis = g.kpis.map((id) => model.kpi(id).name);
      return textBox(`• ${g.text}${kpis.length ? ` (KPI: ${kpis.join(', ')})` : ''}`, w, BODY);
    }),
  ]);
}

function reviewPanel(model: MapModel, width: number): SvgBox {
  const { review, lang } = model;
  const { dueDate, status } = review.due;
  const flag =
    status === 'overdue'
      ? ` · ${model.t('overdue')}`
      : status === 'due-soon'
        ? ` · ${model.t('dueSoon')}`
        : '';
  const color =
    status === 'overdue' || status === 'never-reviewed'
      ? '#d83c3c'
      : status === 'due-soon'
        ? '#b7791f'
        : '#1f2a37';
  return panel(width, (w) => [
    textBox(
      `${model.t('review')} · ${model.t('everyMonths', { n: review.cadenceMonths })}`.toUpperCase(),
      w,
      HEADING,
    ),
    textBox(
      `${model.t('lastReview')}: ${review.last ? formatDate(review.last, lang) : model.t('notReviewed')}`,
      w,
      BODY,
    ),
    textBox(
      `${model.t('nextReview')}: ${dueDate ? formatDate(dueDate, lang) + flag : model.t('reviewNow')}`,
      w,
      { ...BODY, bold: true, color },
    ),
  ]);
}

/** The SVG header: a title band across the map, then persona, goals and review panels of one height. */
export function headerSvg(model: MapModel, width: number): SvgBox {
  const gap = 12;
  const title = titlePanel(model, Math.min(width, 1100));
  const shares = [1.1, 1.5, 0.9];
  const unit = (width - 2 * gap) / shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((s) => s * unit);
  const panels = [
    personaPanel(model, unit * 1.1),
    goalsPanel(model, unit * 1.5),
    reviewPanel(model, unit * 0.9),
  ];
  const height = Math.max(...panels.map((p) => p.height));
  return {
    height: title.height + gap + height,
    draw: (x, y) => {
      let left = x;
      const top = y + title.height + gap;
      const parts: Markup[] = panels.map((p, i) => {
        const w = widths[i] ?? unit;
        const drawn = markup`<rect x="${left + 0.5}" y="${top + 0.5}" width="${w - 1}" height="${height - 1}" rx="8" fill="#ffffff" stroke="#dde3ea"/>${p.draw(left, top)}`;
        left += w + gap;
        return drawn;
      });
      return markup`<rect x="${x}" y="${y}" width="${width}" height="${title.height}" rx="8" fill="url(#title-gradient)"/>${title.draw(x + 4, y + 2)}${parts}`;
    },
  };
}
