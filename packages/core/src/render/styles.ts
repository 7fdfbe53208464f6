import type { LaneType } from '../journey/schema/lane.ts';
import { type Markup, trusted } from './markup.ts';

/** The colour each lane type is marked with, in its title column and on its cards. */
export const LANE_ACCENT: Record<LaneType, string> = {
  actions: '#5d6b7c',
  touchpoints: '#276690',
  channels: '#276690',
  thoughts: '#6a5acd',
  emotions: '#dfa91a',
  pains: '#d83c3c',
  opportunities: '#2e9a57',
  wow: '#c98a00',
  kpis: '#4657c9',
  backstage: '#7b8794',
  text: '#8795a8',
};

/** The font stack both renderers use: system fonts only, with Cyrillic coverage. */
export const FONT_STACK = "-apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";

/** Width of the lane title column and of one stage column, in rem, before scaling to fit. */
export const LANE_HEAD_REM = 10.5;
export const STAGE_REM = 10;
/** A3 landscape printable width at 96 px/in with 8 mm margins: (420 − 16) mm. */
const A3_PRINT_WIDTH_PX = Math.round((404 / 25.4) * 96);

// Only numbers computed here enter the style sheet; user text never does.
/** The page's style sheet, sized so that `stageCount` columns fit the screen and an A3 landscape sheet. */
export function pageStyles(stageCount: number): Markup {
  const natural = LANE_HEAD_REM + stageCount * STAGE_REM + 2;
  const printPx = Math.min(14, Math.floor((A3_PRINT_WIDTH_PX / natural) * 10) / 10);
  const accents = Object.entries(LANE_ACCENT)
    .map(([type, color]) => `.lane-${type} { --accent: ${color}; }`)
    .join('\n');
  return trusted(`
${accents}
@page { size: A3 landscape; margin: 8mm; }
:root { --ink:#1f2a37; --muted:#5d6b7c; --line:#dde3ea; --paper:#fff; --bg:#f4f6f8;
  --stage-a:#1d4f73; --stage-b:#276690; --pain:#d83c3c; --opp:#2e9a57; --wow:#c98a00; --kpi:#4657c9; }
* { box-sizing: border-box; }
html { font-size: clamp(9px, calc(100vw / ${natural}), 15px); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: var(--bg); color: var(--ink); font-family: ${FONT_STACK}; line-height: 1.35; }
.map { padding: 1rem; }
.map-head { display: grid; grid-template-columns: minmax(0, 1.1fr) minmax(0, 1.5fr) minmax(0, .9fr); gap: .75rem; margin-bottom: 1rem; }
.map-head > section { background: var(--paper); border: 1px solid var(--line); border-radius: .5rem; padding: .7rem .85rem; min-width: 0; }
.map-head h2 { font-size: .72rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 .4rem; font-weight: 600; }
.title-block { grid-column: 1 / -1; background: linear-gradient(120deg, #17405f, #2a6c96) !important; color: #fff; border: 0 !important; padding: .9rem 1.1rem !important; }
.title-block h1 { font-size: 1.7rem; line-height: 1.2; margin: .35rem 0 .35rem; overflow-wrap: anywhere; }
.title-block p { margin: 0; max-width: 75rem; font-size: .88rem; opacity: .92; overflow-wrap: anywhere; }
.kind { display: inline-block; font-size: .68rem; font-weight: 600; letter-spacing: .05em; text-transform: uppercase; padding: .12rem .5rem; border-radius: 1rem; background: rgba(255,255,255,.18); }
.kind-future { background: #f3c64f; color: #3b2c00; }
.persona + .persona { margin-top: .55rem; padding-top: .55rem; border-top: 1px solid var(--line); }
.persona-name { font-weight: 700; font-size: .95rem; }
.meta { color: var(--muted); font-size: .75rem; }
.persona blockquote { margin: .35rem 0 0; padding-left: .55rem; border-left: 3px solid #8fb4d0; font-style: italic; font-size: .8rem; color: #34475a; overflow-wrap: anywhere; }
.goals ul { margin: 0; padding-left: 1.05rem; font-size: .8rem; }
.goals li { margin-bottom: .25rem; overflow-wrap: anywhere; }
.review dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: .2rem .6rem; font-size: .8rem; }
.review dt { color: var(--muted); }
.review dd { margin: 0; font-weight: 600; }
.overdue { color: var(--pain); } .due-soon { color: #b7791f; }
.board { width: 100%; table-layout: fixed; border-collapse: separate; border-spacing: 0; background: var(--paper); border: 1px solid var(--line); border-radius: .5rem; overflow: hidden; }
.board > * > tr > td { padding: 0; }
.board > tbody > tr { break-inside: avoid; page-break-inside: avoid; }
.row { display: grid; grid-template-columns: ${LANE_HEAD_REM}rem repeat(${stageCount}, minmax(0, 1fr)); border-top: 1px solid var(--line); }
.lane-odd { background: #fafbfc; }
.stages-row { border-top: 0; background: var(--paper); }
.corner { padding: .6rem; font-size: .7rem; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; align-self: end; }
.stage { position: relative; margin: .45rem 0 .45rem -.45rem; padding: .55rem 1.2rem .6rem 1.3rem; color: #fff; background: var(--stage-a); clip-path: polygon(0 0, calc(100% - .8rem) 0, 100% 50%, calc(100% - .8rem) 100%, 0 100%, .8rem 50%); min-width: 0; }
.stage:nth-child(odd) { background: var(--stage-b); }
.stage:nth-child(2) { clip-path: polygon(0 0, calc(100% - .8rem) 0, 100% 50%, calc(100% - .8rem) 100%, 0 100%); margin-left: 0; }
.stage .num { font-size: .65rem; opacity: .75; font-weight: 600; }
.stage h3 { margin: .05rem 0 0; font-size: .92rem; line-height: 1.2; overflow-wrap: anywhere; }
.stage .stage-goal { margin: .3rem 0 0; font-size: .7rem; opacity: .9; overflow-wrap: anywhere; }
.lane-head { display: flex; gap: .45rem; align-items: flex-start; padding: .6rem .55rem; font-weight: 650; font-size: .82rem; border-right: 1px solid var(--line); border-left: 4px solid var(--accent, #8795a8); min-width: 0; overflow-wrap: anywhere; }
.lane-head .icon { flex: none; width: 1.15rem; height: 1.15rem; color: var(--accent, #8795a8); }
.cell { padding: .45rem .4rem; display: flex; flex-direction: column; gap: .35rem; min-width: 0; border-right: 1px solid #eef1f4; }
.cell:last-child { border-right: 0; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: .4rem; padding: .38rem .5rem; font-size: .78rem; overflow-wrap: anywhere; box-shadow: 0 1px 1.5px rgba(16,24,40,.05); }
.card .note { display: block; margin-top: .25rem; color: var(--muted); font-size: .7rem; }
.card .title { font-weight: 650; }
.badges { display: flex; flex-wrap: wrap; gap: .25rem; margin-top: .3rem; }
.badge { display: inline-flex; align-items: center; gap: .2rem; font-size: .64rem; font-weight: 600; padding: .06rem .38rem; border-radius: .6rem; background: #eef1f5; color: #3f4d5e; max-width: 100%; overflow-wrap: anywhere; min-width: 0; }
.icon { width: 1rem; height: 1rem; vertical-align: -.2rem; }
.lane-actions .card { border-left: 3px solid #8795a8; }
.tp { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: .15rem .4rem; }
.tp .ico { grid-row: span 3; width: 1.7rem; height: 1.7rem; border-radius: 50%; background: #e3eef6; color: #1d4f73; display: grid; place-items: center; }
.tp .ico .icon { width: 1.05rem; height: 1.05rem; }
.chips { display: flex; flex-wrap: wrap; gap: .3rem; }
.chip { display: inline-flex; align-items: center; gap: .3rem; padding: .2rem .5rem .2rem .3rem; border-radius: 1rem; background: #e3eef6; color: #17405f; font-size: .74rem; font-weight: 600; overflow-wrap: anywhere; }
.chip-text { flex: 1 1 100%; min-width: 0; font-size: .72rem; color: var(--muted); overflow-wrap: anywhere; }
.thought { position: relative; background: #efedfb; border: 0; border-radius: .8rem; padding: .45rem .6rem; font-style: italic; margin-bottom: .45rem; color: #2f2761; }
.thought::after { content: ''; position: absolute; left: 1rem; bottom: -.45rem; border: .45rem solid transparent; border-top-color: #efedfb; border-bottom: 0; }
.thought .who { display: block; font-style: normal; font-size: .66rem; color: #6a5acd; margin-top: .2rem; }
.emotion-track { grid-column: 2 / -1; display: grid; grid-template-columns: repeat(${stageCount}, minmax(0, 1fr)); }
.plot { grid-column: 1 / -1; position: relative; height: 12rem; }
.plot svg.curve { position: absolute; inset: 0; width: 100%; height: 100%; overflow: visible; }
.pt { position: absolute; transform: translate(-50%, -.85rem); display: flex; flex-direction: column; align-items: center; }
.pt.up { flex-direction: column-reverse; transform: translate(-50%, calc(-100% + .85rem)); }
.pt svg { width: 1.7rem; height: 1.7rem; overflow: visible; }
.pt .feeling { margin-top: .05rem; font-size: .68rem; font-weight: 650; background: rgba(255,255,255,.85); padding: 0 .25rem; border-radius: .3rem; white-space: nowrap; }
.scale { position: absolute; left: .25rem; font-size: .6rem; color: var(--muted); transform: translateY(-50%); }
.caption { padding: 0 .45rem .45rem; font-size: .72rem; color: #3f4d5e; overflow-wrap: anywhere; min-width: 0; }
.pain { background: #fdeeee; border-color: #f5c5c5; border-left: 3px solid var(--pain); }
.quit { display: flex; align-items: center; gap: .3rem; margin: -.38rem -.5rem .35rem; padding: .2rem .5rem; background: var(--pain); color: #fff; font-size: .66rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; border-radius: .35rem .35rem 0 0; }
.quit .icon { width: .95rem; height: .95rem; }
.opp { background: #eaf6ee; border-color: #c3e4cd; border-left: 3px solid var(--opp); }
.sev { display: inline-flex; gap: 1px; margin-right: .15rem; }
.sev i { display: block; width: .22rem; height: .55rem; border-radius: 1px; background: currentColor; opacity: .25; }
.sev i.on { opacity: 1; }
.pain .badge { background: #f9d6d6; color: #9b1c1c; } .opp .badge { background: #cdebd6; color: #1b6b3a; }
.wow { background: #fff6dc; border-color: #f3dd9c; display: flex; gap: .4rem; }
.wow .icon { flex: none; color: var(--wow); fill: #f7cd4a; }
.kpi { border-top: 3px solid var(--kpi); }
.kpi .target { display: flex; align-items: baseline; gap: .3rem; margin-top: .2rem; }
.kpi .target b { font-size: .95rem; color: var(--kpi); }
.dir { font-size: .66rem; color: var(--muted); }
.backstage { background: #f1f3f6; border-style: dashed; }
.backstage .badge .icon { width: .8rem; height: .8rem; }
.legend { margin-top: .9rem; display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.3rem; font-size: .74rem; color: var(--muted); break-inside: avoid; }
.legend h2 { font-size: .72rem; text-transform: uppercase; letter-spacing: .06em; margin: 0; color: var(--ink); }
.legend .item { display: inline-flex; align-items: center; gap: .35rem; }
.legend .sw { display: inline-block; width: .9rem; height: .9rem; border-radius: .2rem; }
.legend svg.faces { height: 1.2rem; width: 7.5rem; }
.legend svg.dash { width: 2rem; height: .6rem; }
.made { margin-left: auto; }
@media print {
  html { font-size: ${printPx}px; }
  body { background: #fff; }
  .map { padding: 0; }
  .card { box-shadow: none; }
}
`);
}
