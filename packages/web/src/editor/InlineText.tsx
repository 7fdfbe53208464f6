import { type KeyboardEvent, useEffect, useRef, useState } from 'react';

/**
 * Text that becomes an input on click or Enter and commits on blur or Enter (Escape cancels).
 * The draft stays local while typing, so a keystroke re-renders one field, not the whole map.
 */
export function InlineText({
  value,
  onCommit,
  label,
  multiline = false,
  className = '',
  placeholder,
}: {
  value: string;
  onCommit(next: string): void;
  label: string;
  multiline?: boolean;
  className?: string;
  placeholder?: string;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const field = useRef<HTMLTextAreaElement & HTMLInputElement>(null);

  useEffect(() => {
    if (editing) field.current?.select();
  }, [editing]);

  function commit() {
    setEditing(false);
    const next = draft.trim();
    if (next && next !== value) onCommit(next);
    else setDraft(value);
  }

  function onKey(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      setDraft(value);
      setEditing(false);
    } else if (event.key === 'Enter' && !(multiline && event.shiftKey)) {
      event.preventDefault();
      commit();
    }
  }

  if (!editing) {
    return (
      <button
        type="button"
        className={`inline-text ${className}`}
        aria-label={label}
        title={label}
        onClick={() => {
          setDraft(value);
          setEditing(true);
        }}
      >
        {value || <span className="placeholder">{placeholder}</span>}
      </button>
    );
  }
  const props = {
    ref: field,
    className: `inline-input ${className}`,
    value: draft,
    'aria-label': label,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown: onKey,
  };
  return multiline ? <textarea rows={3} {...props} /> : <input {...props} />;
}
