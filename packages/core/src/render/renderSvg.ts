import type { Journey } from '../journey/schema/journey.ts';
import { iconGroup } from './icons.ts';
import { buildMapModel, type LaneRow, type MapModel, type RenderOptions } from './mapModel.ts';
import { joinMarkup, type Markup, markup } from './markup.ts';
import { FONT_STACK, LANE_ACCENT } from './styles.ts';
import { type SvgBox, stack, textBox } from './svgBoxes.ts';
import { laneCellSvg } from './svgCards.ts';
import { emotionTrackSvg } from './svgEmotion.ts';
import { headerSvg } from './svgHeader.ts';
import { legendSvg } from './svgLegend.ts';

const PAD = 24;
const HEAD_WIDTH = 160;
const MIN_COLUMN = 210;
const MIN_WIDTH = 1180;
const CELL_PAD = 8;
const NOTCH = 12;

interface Grid {
  left: number;
  column: number;
  width: number;
}

function stagesRow(model: MapModel, grid: Grid): SvgBox {
  const heads = model.stages.map((s, i) =>
    stack(
      [
        textBox(`${model.t('stage')} ${i + 1}`.toUpperCase(), grid.column - 40, {
          size: 8.5,
          bold: true,
          color: '#cfe0ee',
        }),
        textBox(s.name, grid.column - 40, { size: 13, lineHeight: 16, bold: true, color: '#ffffff' }),
        ...(s.goal
          ? [
              textBox(`${model.t('stageGoal')}: ${s.goal}`, grid.column - 40, {
                size: 9.5,
                lineHeight: 12.5,
                color: '#e4eef6',
              }),
            ]
          : []),
      ],
      3,
    ),
  );
  const height = Math.max(...heads.map((h) => h.height)) + 20;
  return {
    height: height + 12,
    draw: (x, y) => {
      const corner = textBox(`${model.t('lane')} / ${model.t('stage')}`.toUpperCase(), HEAD_WIDTH - 20, {
        size: 8.5,
        bold: true,
        color: '#5d6b7c',
      });
      const chevrons = model.stages.map((s, i) => {
        const x0 = grid.left + i * grid.column - (i === 0 ? 0 : 5);
        const x1 = grid.left + (i + 1) * grid.column - 2;
        const top = y + 6;
        const bottom = top + height;
        const mid = top + height / 2;
        const notch = i === 0 ? '' : ` ${x0 + NOTCH} ${mid}`;
        return markup`<g class="stage" data-stage="${s.id}"><polygon points="${x0} ${top} ${x1 - NOTCH} ${top} ${x1} ${mid} ${x1 - NOTCH} ${bottom} ${x0} ${bottom}${notch}" fill="${i % 2 === 0 ? '#1d4f73' : '#276690'}"/>${heads[i]?.draw(x0 + (i === 0 ? 12 : NOTCH + 10), top + 10)}</g>`;
      });
      return markup`${corner.draw(x + 10, y + height - 8)}${chevrons}`;
    },
  };
}

function laneRow(row: LaneRow, index: number, model: MapModel, grid: Grid): SvgBox {
  const title = textBox(row.title, HEAD_WIDTH - 46, { size: 12, lineHeight: 15, bold: true });
  const body: SvgBox[] =
    row.type === 'emotions'
      ? [emotionTrackSvg(row, index, model, grid.left, grid.column)]
      : model.stages.map((_, i) => laneCellSvg(row, i, model, grid.column - 2 * CELL_PAD));
  const height = Math.max(title.height, ...body.map((b) => b.height)) + 2 * CELL_PAD + 4;
  const accent = LANE_ACCENT[row.type];
  return {
    height,
    draw: (x, y) => {
      const cells =
        row.type === 'emotions'
          ? body[0]?.draw(grid.left, y + CELL_PAD)
          : joinMarkup(
              body.map((b, i) => {
                const left = grid.left + i * grid.column;
                // The cell's area is drawn (invisibly) so that checks can tell its bounds.
                return markup`<g class="cell" data-stage="${model.stages[i]?.id}"><rect class="cell-area" x="${left + CELL_PAD}" y="${y + CELL_PAD}" width="${grid.column - 2 * CELL_PAD}" height="${height - 2 * CELL_PAD}" fill="none"/>${b.draw(left + CELL_PAD, y + CELL_PAD + 2)}</g>`;
              }),
            );
      const separators = model.stages
        .slice(1)
        .map(
          (_, i) =>
            markup`<line x1="${grid.left + (i + 1) * grid.column}" x2="${grid.left + (i + 1) * grid.column}" y1="${y}" y2="${y + height}" stroke="#eef1f4"/>`,
        );
      return markup`<g class="lane" data-lane="${row.lane.id}"><rect x="${x}" y="${y}" width="${grid.width}" height="${height}" fill="${index % 2 === 0 ? '#fafbfc' : '#ffffff'}"/><line x1="${x}" x2="${x + grid.width}" y1="${y}" y2="${y}" stroke="#dde3ea"/><rect x="${x}" y="${y}" width="4" height="${height}" fill="${accent}"/><line x1="${grid.left}" x2="${grid.left}" y1="${y}" y2="${y + height}" stroke="#dde3ea"/>${separators}${iconGroup({ mark: row.type }, x + 12, y + CELL_PAD + 2, 18, accent)}${title.draw(x + 36, y + CELL_PAD + 3)}${cells}</g>`;
    },
  };
}

/**
 * Draws a journey as a standalone SVG of the same grid as the HTML map, for slides and documents:
 * text is wrapped into tspans, fonts are system fonts, nothing is loaded from outside.
 * @example writeFileSync('map.svg', renderJourneySvg(journey))
 */
export function renderJourneySvg(journey: Journey, options: RenderOptions = {}): string {
  const model = buildMapModel(journey, options);
  const n = model.stages.length;
  const width = Math.max(MIN_WIDTH, 2 * PAD + HEAD_WIDTH + n * MIN_COLUMN);
  const grid: Grid = {
    left: PAD + HEAD_WIDTH,
    column: (width - 2 * PAD - HEAD_WIDTH) / n,
    width: width - 2 * PAD,
  };
  const header = headerSvg(model, grid.width);
  const stages = stagesRow(model, grid);
  const rows = model.rows.map((row, i) => laneRow(row, i, model, grid));
  const legend = legendSvg(model, grid.width);

  const parts: Markup[] = [header.draw(PAD, PAD)];
  const boardTop = PAD + header.height + 16;
  let y = boardTop;
  parts.push(stages.draw(PAD, y));
  y += stages.height;
  for (const row of rows) {
    parts.push(row.draw(PAD, y));
    y += row.height;
  }
  const boardBottom = y;
  const height = boardBottom + 14 + legend.height + PAD;
  return markup`<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_STACK}" role="img" aria-label="${journey.title}">
<title>${journey.title}</title>
<defs><linearGradient id="title-gradient" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#17405f"/><stop offset="1" stop-color="#2a6c96"/></linearGradient>
<clipPath id="board-clip"><rect x="${PAD}" y="${boardTop}" width="${grid.width}" height="${boardBottom - boardTop}" rx="8"/></clipPath></defs>
<rect width="${width}" height="${height}" fill="#f4f6f8"/>
<rect x="${PAD}" y="${boardTop}" width="${grid.width}" height="${boardBottom - boardTop}" rx="8" fill="#ffffff"/>
<g clip-path="url(#board-clip)">${parts.slice(1)}</g>
<rect x="${PAD + 0.5}" y="${boardTop + 0.5}" width="${grid.width - 1}" height="${boardBottom - boardTop - 1}" rx="8" fill="none" stroke="#dde3ea"/>
${parts[0]}
${legend.draw(PAD, boardBottom + 14)}
</svg>
`.text;
}
