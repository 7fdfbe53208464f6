import { emotionColor } from './emotionCurve.ts';
import { channelIconSvg, markIconSvg } from './icons.ts';
import { type MapModel, usedChannelIcons } from './mapModel.ts';
import { type Markup, markup } from './markup.ts';
import { smiley } from './smiley.ts';

/** The legend under the map: emotion scale, markers and the channel icons in use. */
export function legendHtml(model: MapModel): Markup {
  const faces = [-2, -1, 0, 1, 2].map((v, i) => smiley(v, 12 + i * 24, 12, 10, emotionColor(v)));
  const channels = usedChannelIcons(model).map(
    (c) => markup`<span class="item">${channelIconSvg(c.icon)}${c.name}</span>`,
  );
  return markup`<footer class="legend"><h2>${model.t('legend')}</h2>
<span class="item"><svg class="faces" viewBox="0 0 120 24" aria-hidden="true">${faces}</svg>${model.t('emotionScale')}</span>
<span class="item"><svg class="dash" viewBox="0 0 32 8" aria-hidden="true"><path d="M2 4h28" stroke="#8795a8" stroke-width="2.5" stroke-dasharray="5 4" stroke-linecap="round"/></svg>${model.t('gap')}</span>
<span class="item"><span class="sw" style="background:#fdeeee;border-left:3px solid #d83c3c"></span>${model.t('pain')}</span>
<span class="item" style="color:#d83c3c">${markIconSvg('quit')}${model.t('quitPointHint')}</span>
<span class="item"><span class="sw" style="background:#eaf6ee;border-left:3px solid #2e9a57"></span>${model.t('opportunity')}</span>
<span class="item" style="color:#c98a00">${markIconSvg('wow')}${model.t('wow')}</span>
<span class="item"><span class="sev"><i class="on"></i><i class="on"></i><i class="on"></i><i></i></span>${model.t('severity')}</span>
${channels}
<span class="made">${model.t('madeWith')}</span></footer>`;
}
