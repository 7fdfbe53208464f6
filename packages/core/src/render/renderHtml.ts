import type { Journey } from '../journey/schema/journey.ts';
import { emotionTrackHtml } from './emotionLaneHtml.ts';
import { headerHtml } from './headerHtml.ts';
import { markIconSvg } from './icons.ts';
import { laneCellHtml } from './laneCells.ts';
import { legendHtml } from './legendHtml.ts';
import { buildMapModel, type LaneRow, type MapModel, type RenderOptions } from './mapModel.ts';
import { type Markup, markup } from './markup.ts';
import { pageStyles } from './styles.ts';

function stagesRow(model: MapModel): Markup {
  const stages = model.stages.map(
    (s, i) =>
      markup`<div class="stage" data-stage="${s.id}"${s.description ? markup` title="${s.description}"` : ''}><span class="num">${model.t('stage')} ${i + 1}</span><h3>${s.name}</h3>${
        s.goal ? markup`<p class="stage-goal">${model.t('stageGoal')}: ${s.goal}</p>` : ''
      }</div>`,
  );
  return markup`<div class="row stages-row"><div class="corner">${model.t('lane')} / ${model.t('stage')}</div>${stages}</div>`;
}

function laneRow(row: LaneRow, index: number, model: MapModel): Markup {
  const head = markup`<div class="lane-head">${markIconSvg(row.type)}<span>${row.title}</span></div>`;
  const body =
    row.type === 'emotions'
      ? emotionTrackHtml(row, index, model)
      : model.stages.map(
          (s, i) => markup`<div class="cell" data-stage="${s.id}">${laneCellHtml(row, i, model)}</div>`,
        );
  const stripe = index % 2 === 0 ? ' lane-odd' : '';
  return markup`<tr><td><section class="row lane lane-${row.type}${stripe}" data-lane="${row.lane.id}">${head}${body}</section></td></tr>`;
}

// The board is a table only so that print repeats the stage header (thead) on every page and keeps
// each lane row whole; every row lays out its own grid with the same columns.
/**
 * Draws a journey as a self-contained, printable HTML page (A3 landscape): header, stages as
 * columns, lanes as rows, the emotion curve and a legend. All user text is escaped.
 * @example writeFileSync('map.html', renderJourneyHtml(journey, { lang: 'ru' }))
 */
export function renderJourneyHtml(journey: Journey, options: RenderOptions = {}): string {
  const model = buildMapModel(journey, options);
  const rows = model.rows.map((row, i) => laneRow(row, i, model));
  return markup`<!DOCTYPE html>
<html lang="${model.lang}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${journey.title}</title>
<style>${pageStyles(model.stages.length)}</style>
</head>
<body>
<main class="map">
${headerHtml(model)}
<table class="board">
<thead><tr><td>${stagesRow(model)}</td></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${legendHtml(model)}
</main>
</body>
</html>
`.text;
}
