import { useId, useSyncExternalStore } from 'react';
import {
  readThemeChoice,
  setThemeChoice,
  shownTheme,
  subscribeTheme,
  type ThemeChoice,
} from './theme';

/** The header's theme choice: the system's (the default), light or dark. */
export function ThemeToggle() {
  const id = useId();
  const choice = useSyncExternalStore(subscribeTheme, readThemeChoice);
  const shown = useSyncExternalStore(subscribeTheme, shownTheme);
  return (
    <span className="inline-flex items-center gap-1 text-sm text-slate-200">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={choice}
        onChange={(event) => setThemeChoice(event.target.value as ThemeChoice)}
        className="rounded border border-slate-600 bg-slate-800 px-1 py-0.5 text-slate-50"
      >
        <option value="system">System ({shown})</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </span>
  );
}
