/** Reading a paged EgeriaBackend listing to its end (a module of its own: the browser's definition screens use it without the bundle format). */
import type { Page, PageRequest } from '../egeria/model';

const PAGE_SIZE = 100;

/** Every item of a paged listing. */
export async function readAll<T>(
  read: (page: PageRequest) => Promise<Page<T>>,
  pageSize = PAGE_SIZE,
): Promise<T[]> {
  const items: T[] = [];
  for (let startFrom = 0; ; startFrom += pageSize) {
    const page = await read({ startFrom, pageSize });
    items.push(...page.items);
    if (!page.mayHaveMore || page.items.length === 0) return items;
  }
}
