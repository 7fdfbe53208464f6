export { EMOTION_GRADIENT, emotionColor, emotionPoints } from './emotionCurve.ts';
export { CHANNEL_NAMES, FEELING_NAMES, KPI_TYPE_NAMES, LANE_TITLES, SEVERITY_NAMES } from './labels.ts';
export type { RenderOptions } from './mapModel.ts';
export { escapeMarkup } from './markup.ts';
export { renderJourneyHtml } from './renderHtml.ts';
export { renderJourneySvg } from './renderSvg.ts';
