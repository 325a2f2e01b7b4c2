/**
 * Light or dark: the system's preference unless the user chose one (remembered in this browser).
 * The theme is an attribute on <html> (`data-theme`), which app/theme-dark.css keys on; it is set
 * before the first render, so a page never flashes the other theme.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'egeria-console:theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';
type Listener = () => void;
const listeners = new Set<Listener>();

export function readThemeChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

let darkSheet: Promise<unknown> | undefined;

/** Sets the theme; resolves once the dark theme's sheet (fetched the first time only) is in. */
function apply(choice: ThemeChoice): Promise<unknown> {
  const dark = choice === 'dark' || (choice === 'system' && window.matchMedia(DARK_QUERY).matches);
  // Only those who see the dark theme download it.
  if (dark) darkSheet ??= import('./theme-dark.css');
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  listeners.forEach((listener) => listener());
  return dark && darkSheet ? darkSheet : Promise.resolve();
}

export function setThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Private windows may refuse storage: the choice then lasts for this page only.
  }
  void apply(choice);
}

/**
 * Applies the remembered choice and follows the system's preference while it is "system".
 * Resolves when the page can be drawn in it (the dark sheet loaded), so it never flashes.
 */
export function startTheme(): Promise<unknown> {
  window.matchMedia(DARK_QUERY).addEventListener('change', () => void apply(readThemeChoice()));
  return apply(readThemeChoice()).catch(() => undefined);
}

/** For the toggle: the choice and the theme shown, re-read when either changes. */
export function subscribeTheme(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function shownTheme(): 'light' | 'dark' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}
