import type { ChannelIcon } from '../journey/schema/channel.ts';
import { type Markup, markup, trusted } from './markup.ts';

// Line icons drawn for Tropa on a 24×24 grid, stroked with the current colour; a few dots are filled.
// They are constants of this file, never built from user input.
const DOT = 'fill="currentColor" stroke="none"';

const CHANNEL_GLYPHS: Record<ChannelIcon, string> = {
  site: `<rect x="3" y="4.5" width="18" height="15" rx="2"/><path d="M3 9h18"/><circle cx="6" cy="6.8" r=".8" ${DOT}/><circle cx="8.6" cy="6.8" r=".8" ${DOT}/><path d="M7 13.5h6M7 16h9"/>`,
  account: `<circle cx="12" cy="12" r="9"/><circle cx="12" cy="10" r="3.2"/><path d="M6.3 18.6c1.2-2.4 3.3-3.6 5.7-3.6s4.5 1.2 5.7 3.6"/>`,
  phone: `<path d="M6.5 3.5h2.8l1.6 4.3-2.1 1.4a11.5 11.5 0 0 0 6 6l1.4-2.1 4.3 1.6v2.8a2 2 0 0 1-2.1 2A15.6 15.6 0 0 1 4.5 5.6a2 2 0 0 1 2-2.1z"/>`,
  email: `<rect x="3" y="5.5" width="18" height="13" rx="2"/><path d="M3.5 6.5l8.5 6.5 8.5-6.5"/>`,
  chat: `<path d="M4 5.5h16a1 1 0 0 1 1 1v9.5a1 1 0 0 1-1 1H10l-4.5 3.5V17H4a1 1 0 0 1-1-1V6.5a1 1 0 0 1 1-1z"/><circle cx="8" cy="11.3" r="1" ${DOT}/><circle cx="12" cy="11.3" r="1" ${DOT}/><circle cx="16" cy="11.3" r="1" ${DOT}/>`,
  messenger: `<path d="M20.5 4L3.5 10.8l6.2 2.3 2.4 6.4L20.5 4z"/><path d="M9.7 13.1l4.8-4.3"/>`,
  social: `<circle cx="6" cy="12" r="2.6"/><circle cx="17.5" cy="6" r="2.6"/><circle cx="17.5" cy="18" r="2.6"/><path d="M8.3 10.8l6.9-3.6M8.3 13.2l6.9 3.6"/>`,
  offline: `<path d="M3.5 9.5l1.8-5h13.4l1.8 5"/><path d="M3.5 9.5c0 1.4 1.2 2.4 2.8 2.4s2.9-1 2.9-2.4c0 1.4 1.2 2.4 2.8 2.4s2.8-1 2.8-2.4c0 1.4 1.3 2.4 2.9 2.4s2.8-1 2.8-2.4"/><path d="M5 12v8h14v-8M10 20v-4.5h4V20"/>`,
  support: `<path d="M4.5 14v-2a7.5 7.5 0 0 1 15 0v2"/><rect x="3.5" y="13" width="3.5" height="5.5" rx="1.2"/><rect x="17" y="13" width="3.5" height="5.5" rx="1.2"/><path d="M18.8 18.5c0 1.6-1.6 2.5-4.3 2.5h-1.5"/>`,
  app: `<rect x="6.5" y="2.5" width="11" height="19" rx="2.2"/><path d="M10.5 5h3"/><circle cx="12" cy="18.3" r="1" ${DOT}/>`,
  marketplace: `<path d="M5 8h14l-1.2 12.5H6.2L5 8z"/><path d="M9 10.5V6.5a3 3 0 0 1 6 0v4"/>`,
  event: `<rect x="3.5" y="5" width="17" height="15.5" rx="2"/><path d="M3.5 10h17M8 3v4M16 3v4"/><path d="M12 12.3l1 2 2.2.3-1.6 1.5.4 2.2-2-1.1-2 1.1.4-2.2-1.6-1.5 2.2-.3z" ${DOT}/>`,
  other: `<circle cx="12" cy="12" r="9"/><circle cx="8" cy="12" r="1.1" ${DOT}/><circle cx="12" cy="12" r="1.1" ${DOT}/><circle cx="16" cy="12" r="1.1" ${DOT}/>`,
};

/** Glyphs for lanes and markers that are not channels. */
const MARK_GLYPHS = {
  actions: `<path d="M8 3.5c1.7 0 2.6 1.8 2.6 4.2S9.6 12 8 12 5.5 10 5.5 7.7 6.3 3.5 8 3.5zM6 14h4.2l-.4 3.3a1.7 1.7 0 0 1-3.4 0z"/><path d="M16 7.5c1.7 0 2.5 4.2 2.5 6.5s-1 4.3-2.6 4.3-2.6-1.9-2.6-4.3.9-6.5 2.7-6.5z" transform="translate(0 -3)"/><path d="M14 17h4.2l-.4 2.6a1.7 1.7 0 0 1-3.4 0z"/>`,
  touchpoints: `<circle cx="12" cy="12" r="8.5"/><circle cx="12" cy="12" r="4.5"/><circle cx="12" cy="12" r="1.3" ${DOT}/>`,
  channels: `<path d="M4 7h16M4 12h16M4 17h16"/><circle cx="8" cy="7" r="1.6" ${DOT}/><circle cx="15" cy="12" r="1.6" ${DOT}/><circle cx="11" cy="17" r="1.6" ${DOT}/>`,
  thoughts: `<path d="M12 4c4.7 0 8.5 2.8 8.5 6.3s-3.8 6.2-8.5 6.2c-.9 0-1.8-.1-2.6-.3L5 18.5l1.2-3.4c-1.7-1.2-2.7-2.9-2.7-4.8C3.5 6.8 7.3 4 12 4z"/>`,
  emotions: `<circle cx="12" cy="12" r="9"/><path d="M8 14.3c1 1.5 2.4 2.2 4 2.2s3-.7 4-2.2"/><circle cx="9" cy="9.8" r="1.1" ${DOT}/><circle cx="15" cy="9.8" r="1.1" ${DOT}/>`,
  pains: `<path d="M12 3.5l9.5 16.5h-19z"/><path d="M12 10v4.5"/><circle cx="12" cy="17.2" r="1.1" ${DOT}/>`,
  opportunities: `<path d="M9 17.5h6M9.8 20.5h4.4"/><path d="M12 3.5a6 6 0 0 0-3.6 10.8c.5.4.8 1 .8 1.6v.6h5.6v-.6c0-.6.3-1.2.8-1.6A6 6 0 0 0 12 3.5z"/>`,
  wow: `<path d="M12 3.2l2.6 5.6 6.1.7-4.5 4.2 1.2 6-5.4-3-5.4 3 1.2-6-4.5-4.2 6.1-.7z"/>`,
  kpis: `<path d="M4 19.5h16"/><path d="M6.5 19.5v-5M11 19.5v-9M15.5 19.5v-6.5M20 5l-4.5 4.5-3-2.5L5 12"/>`,
  backstage: `<circle cx="12" cy="12" r="3"/><path d="M12 3v2.5M12 18.5V21M3 12h2.5M18.5 12H21M5.6 5.6l1.8 1.8M16.6 16.6l1.8 1.8M5.6 18.4l1.8-1.8M16.6 7.4l1.8-1.8"/>`,
  text: `<path d="M6 3.5h8.5l4 4v13H6z"/><path d="M14 3.5v4.5h4.5M9 12h6.5M9 15.5h6.5"/>`,
  quit: `<path d="M13.5 4.5h-8v15h8"/><path d="M10 12h10.5M17 8.5l3.5 3.5-3.5 3.5"/>`,
  staff: `<circle cx="12" cy="8" r="3.5"/><path d="M5 20c.8-3.8 3.6-6 7-6s6.2 2.2 7 6"/>`,
  system: `<rect x="3.5" y="4" width="17" height="12" rx="1.5"/><path d="M9 20h6M12 16v4"/>`,
  process: `<circle cx="5.5" cy="12" r="2.3"/><circle cx="18.5" cy="12" r="2.3"/><path d="M7.8 12h8.4M13.5 9.3l2.7 2.7-2.7 2.7"/>`,
  target: `<circle cx="12" cy="12" r="8.5"/><circle cx="12" cy="12" r="4.5"/><path d="M12 12l7-7M16 5h3v3"/>`,
} as const;
export type MarkGlyph = keyof typeof MARK_GLYPHS;

const STROKE =
  'fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round"';

/** A channel icon as an inline `<svg>` element for HTML. */
export function channelIconSvg(icon: ChannelIcon, className = 'icon'): Markup {
  return markup`<svg class="${className}" viewBox="0 0 24 24" aria-hidden="true" ${trusted(STROKE)}>${trusted(CHANNEL_GLYPHS[icon])}</svg>`;
}

/** A lane or marker glyph as an inline `<svg>` element for HTML. */
export function markIconSvg(glyph: MarkGlyph, className = 'icon'): Markup {
  return markup`<svg class="${className}" viewBox="0 0 24 24" aria-hidden="true" ${trusted(STROKE)}>${trusted(MARK_GLYPHS[glyph])}</svg>`;
}

/** An icon placed inside a standalone SVG: a group scaled from the 24-unit grid to `size`. */
export function iconGroup(
  icon: { channel: ChannelIcon } | { mark: MarkGlyph },
  x: number,
  y: number,
  size: number,
  color: string,
): Markup {
  const body = 'channel' in icon ? CHANNEL_GLYPHS[icon.channel] : MARK_GLYPHS[icon.mark];
  return markup`<g transform="translate(${x} ${y}) scale(${size / 24})" color="${color}" ${trusted(STROKE)}>${trusted(body)}</g>`;
}
