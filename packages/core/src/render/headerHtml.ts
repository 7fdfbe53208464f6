import type { Persona } from '../journey/schema/persona.ts';
import { formatDate, type MapModel } from './mapModel.ts';
import { type Markup, markup } from './markup.ts';

function personaHtml(p: Persona, model: MapModel): Markup {
  const facts = [
    p.role ? model.roleName(p.role) : undefined,
    p.ageGroup ? model.t('ageGroup', { age: p.ageGroup }) : undefined,
    p.channels.length
      ? `${model.t('preferredChannels')}: ${p.channels.map((c) => model.channel(c).name).join(', ')}`
      : undefined,
  ].filter(Boolean);
  return markup`<div class="persona"><div class="persona-name">${p.name}</div>${
    facts.length ? markup`<div class="meta">${facts.join(' · ')}</div>` : ''
  }${p.quote ? markup`<blockquote>${p.quote}</blockquote>` : ''}</div>`;
}

function reviewHtml(model: MapModel): Markup {
  const { review, lang } = model;
  const last = review.last ? formatDate(review.last, lang) : model.t('notReviewed');
  const { dueDate, status } = review.due;
  const flag = status === 'overdue' ? model.t('overdue') : status === 'due-soon' ? model.t('dueSoon') : '';
  const next = dueDate
    ? markup`<dd class="${status}">${formatDate(dueDate, lang)}${flag ? ` · ${flag}` : ''}</dd>`
    : markup`<dd class="overdue">${model.t('reviewNow')}</dd>`;
  const owner = model.journey.review.owner;
  return markup`<section class="review"><h2>${model.t('review')} · ${model.t('everyMonths', { n: review.cadenceMonths })}</h2><dl><dt>${model.t('lastReview')}</dt><dd>${last}</dd><dt>${model.t('nextReview')}</dt>${next}${
    owner ? markup`<dt>${model.t('owner')}</dt><dd>${owner}</dd>` : ''
  }</dl></section>`;
}

/** The map's header: title and kind, the persona(s), the goals of the map and the review status. */
export function headerHtml(model: MapModel): Markup {
  const { journey } = model;
  const goals = journey.goals.map((g) => {
    const kpis = g.kpis.map((id) => model.kpi(id).name);
    return markup`<li>${g.text}${kpis.length ? markup` <span class="meta">(KPI: ${kpis.join(', ')})</span>` : ''}</li>`;
  });
  return markup`<header class="map-head">
<section class="title-block"><span class="kind kind-${journey.kind}">${model.t(journey.kind)}</span><h1>${journey.title}</h1>${
    journey.description ? markup`<p>${journey.description}</p>` : ''
  }</section>
<section class="personas"><h2>${model.t(model.personas.length > 1 ? 'personas' : 'persona')}</h2>${
    model.personas.length
      ? model.personas.map((p) => personaHtml(p, model))
      : markup`<div class="meta">—</div>`
  }</section>
<section class="goals"><h2>${model.t('goals')}</h2>${goals.length ? markup`<ul>${goals}</ul>` : markup`<div class="meta">—</div>`}</section>
${reviewHtml(model)}
</header>`;
}
