/**
 * The console's keyboard shortcuts, everywhere: Ctrl+K (⌘K) opens the command palette, `/`
 * focuses the page's filter, `?` lists the shortcuts. The palette and the list are chunks of
 * their own, fetched when first opened.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import type { PlatformInfo } from '../egeria/platform-info';

const CommandPalette = lazy(() => import('./command-palette'));
const ShortcutList = lazy(() => import('./shortcut-list'));

export { PALETTE_KEYS } from './palette-keys';

/** Typing in a field: letters there are text, not shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)
  );
}

/** The page's own filter: one marked `data-page-filter`, else its first search field. */
function pageFilter(): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    'main [data-page-filter], main input[type="search"], main [role="searchbox"]',
  );
}

const OPEN_PALETTE = 'egeria-console:open-palette';

/** Opens the palette from a button (the header's). */
export function openCommandPalette(): void {
  window.dispatchEvent(new Event(OPEN_PALETTE));
}

export function GlobalShortcuts({ platform }: { platform: PlatformInfo | undefined }) {
  const [open, setOpen] = useState<'palette' | 'shortcuts' | null>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setOpen('palette');
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (event.key === '/') {
        const filter = pageFilter();
        if (filter) {
          event.preventDefault();
          filter.focus();
        }
      } else if (event.key === '?') {
        event.preventDefault();
        setOpen('shortcuts');
      }
    };
    const onOpen = () => setOpen('palette');
    window.addEventListener('keydown', onKey);
    window.addEventListener(OPEN_PALETTE, onOpen);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(OPEN_PALETTE, onOpen);
    };
  }, []);
  if (!open) return null;
  const close = () => setOpen(null);
  return (
    <Suspense fallback={null}>
      {open === 'palette' ? (
        <CommandPalette
          platform={platform}
          onClose={close}
          onShowShortcuts={() => setOpen('shortcuts')}
        />
      ) : (
        <ShortcutList onClose={close} />
      )}
    </Suspense>
  );
}
