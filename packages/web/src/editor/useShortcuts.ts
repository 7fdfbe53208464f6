import { useEffect } from 'react';

/** `Mod+Z`-style bindings (Mod is Ctrl, or ⌘ on a Mac); ignored while typing in a field. */
export function useShortcuts(bindings: Record<string, () => void>): void {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (
        target &&
        (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')
      )
        return;
      const mod = event.ctrlKey || event.metaKey;
      const key = `${mod ? 'Mod+' : ''}${event.shiftKey ? 'Shift+' : ''}${event.key.length === 1 ? event.key.toUpperCase() : event.key}`;
      const action = bindings[key];
      if (action) {
        event.preventDefault();
        action();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [bindings]);
}
