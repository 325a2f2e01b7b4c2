import { useEffect, useState, type RefObject } from 'react';

/**
 * True once the element has come near the viewport, and true from then on. Rows use it to fetch
 * per-row detail only for what the user can see. Without IntersectionObserver (old browsers,
 * jsdom) everything counts as seen, which is the safe direction: show the data.
 */
export function useInView(ref: RefObject<Element | null>, rootMargin = '200px'): boolean {
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (seen || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, rootMargin, seen]);
  return seen;
}
