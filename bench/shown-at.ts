/**
 * When did the page show something, by the page's own clock? Playwright's `waitFor` polls at
 * growing intervals (up to 0.5 s apart), so timing a screen from when it returns adds up to half a
 * second the user never waited. The page instead stamps every node it adds or changes with the
 * start of the frame that draws it; once Playwright has found what it waited for, `shownAt` reads
 * the latest stamp on that element, its ancestors and its contents: the frame it appeared, or last
 * changed, in. Times are `performance.now()` of the page, 0 at its navigation's start.
 */
import type { Locator, Page } from '@playwright/test';

// The page's globals this module uses (the bench is compiled without the DOM library).
declare const window: { __shownAt(element: unknown): number };

/** For `addInitScript({ content })`: plain script, as tsx's helpers do not exist in the page. */
export const SHOWN_AT_SCRIPT = `(() => {
  const added = new WeakMap();
  const changed = new WeakMap();
  let pending = [];
  const stampFrame = () => {
    const t = performance.now();
    for (const [map, node] of pending) map.set(node, t);
    pending = [];
  };
  new MutationObserver((records) => {
    if (pending.length === 0) requestAnimationFrame(stampFrame);
    for (const r of records) {
      pending.push([changed, r.target]);
      for (const node of r.addedNodes) pending.push([added, node]);
    }
  }).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributeFilter: ['hidden', 'class'],
  });
  // An ancestor counts by when it was added (it changes whenever anything inside it does);
  // the element and its contents by any change.
  window.__shownAt = (element) => {
    let latest = 0;
    for (let n = element; n; n = n.parentNode) latest = Math.max(latest, added.get(n) ?? 0);
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_ALL);
    for (let n = walker.currentNode; n; n = walker.nextNode())
      latest = Math.max(latest, added.get(n) ?? 0, changed.get(n) ?? 0);
    return latest;
  };
})();`;

/** The page time, in ms since its navigation, of the frame that showed `locator`'s element as now. */
export function shownAt(locator: Locator): Promise<number> {
  return locator.evaluate((element) => Math.round(window.__shownAt(element)));
}

/** The page's clock now, to time an action on an open page. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}
