import { useState } from 'react';
import { ApiFailure, api } from '../api/client.ts';
import type { MapAnswer } from '../api/types.ts';
import { navigate } from '../app/router.ts';
import { useLang } from '../i18n/lang.tsx';
import { journeyFromTemplate, TEMPLATES, type TemplateId } from './templates.ts';

const text = {
  title: { en: 'New map', ru: 'Новая карта' },
  created: { en: 'Created from the template «{name}»', ru: 'Создана из шаблона «{name}»' },
};

/** Starts a map from a template (in the UI language) and opens it in the editor. */
export function NewMapPanel({
  workspaceId,
  takenSlugs,
}: {
  workspaceId: string;
  takenSlugs: ReadonlySet<string>;
}) {
  const { t, lang } = useLang();
  const [error, setError] = useState<string>();

  async function create(id: TemplateId) {
    const template = TEMPLATES.find((x) => x.id === id);
    const journey = journeyFromTemplate(id, lang, takenSlugs);
    try {
      const { data } = await api<MapAnswer>(`/api/workspaces/${workspaceId}/maps`, {
        method: 'POST',
        body: { document: journey, message: t(text.created, { name: template ? t(template.title) : id }) },
      });
      navigate(`/w/${workspaceId}/maps/${data.map.id}`);
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.message : String(failure));
    }
  }

  return (
    <section className="new-map">
      <h2>{t(text.title)}</h2>
      <div className="templates">
        {TEMPLATES.map((template) => (
          <button key={template.id} type="button" className="template" onClick={() => create(template.id)}>
            <strong>{t(template.title)}</strong>
            <span className="muted">{t(template.hint)}</span>
          </button>
        ))}
      </div>
      {error && <p className="form-error">{error}</p>}
    </section>
  );
}
