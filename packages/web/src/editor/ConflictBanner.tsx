import type { MapAnswer } from '../api/types.ts';
import { useLang } from '../i18n/lang.tsx';

const text = {
  title: {
    en: 'Someone else saved this map meanwhile',
    ru: 'Пока вы работали, карту сохранил кто-то другой',
  },
  detail: {
    en: '{author} saved version {version} at {time}. Nothing was overwritten. Choose what to keep:',
    ru: '{author} сохранил(а) версию {version} в {time}. Ничего не перезаписано. Выберите, что оставить:',
  },
  mine: { en: 'Save mine on top of theirs', ru: 'Сохранить мою поверх их версии' },
  theirs: { en: 'Take theirs, drop mine', ru: 'Взять их версию, мои правки отбросить' },
};

/** A 409 on save, shown and resolvable: their version is kept in history either way. */
export function ConflictBanner({
  theirs,
  onKeepMine,
  onTakeTheirs,
}: {
  theirs: MapAnswer;
  onKeepMine(theirs: MapAnswer): void;
  onTakeTheirs(theirs: MapAnswer): void;
}) {
  const { t, lang } = useLang();
  return (
    <div className="conflict" role="alert">
      <strong>{t(text.title)}</strong>
      <span>
        {t(text.detail, {
          author: theirs.version.author.name,
          version: theirs.version.version,
          time: new Date(theirs.version.createdAt).toLocaleTimeString(lang),
        })}
      </span>
      <button type="button" className="primary" onClick={() => onKeepMine(theirs)}>
        {t(text.mine)}
      </button>
      <button type="button" onClick={() => onTakeTheirs(theirs)}>
        {t(text.theirs)}
      </button>
    </div>
  );
}
