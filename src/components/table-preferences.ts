/**
 * What a user chose for one table (hidden columns, page size, density), remembered in
 * localStorage under the table's id, so the choice holds across pages, reloads and tabs.
 */
import { useCallback, useState } from 'react';

export type Density = 'compact' | 'comfortable';

export interface TablePreferences {
  /** Ids of the columns the user hid (or showed, for columns hidden by default: `shown`). */
  hidden: string[];
  shown: string[];
  pageSize?: number;
  density: Density;
}

const PREFIX = 'egeria-console:table:';
const EMPTY: TablePreferences = { hidden: [], shown: [], density: 'compact' };

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage refused (privacy settings): the choices last as long as the page.
    return undefined;
  }
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Reads what is stored, ignoring anything malformed rather than failing the table. */
export function readTablePreferences(tableId: string): TablePreferences {
  const text = storage()?.getItem(PREFIX + tableId);
  if (!text) return EMPTY;
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    const pageSize = value['pageSize'];
    return {
      hidden: strings(value['hidden']),
      shown: strings(value['shown']),
      pageSize:
        typeof pageSize === 'number' && Number.isInteger(pageSize) && pageSize > 0
          ? pageSize
          : undefined,
      density: value['density'] === 'comfortable' ? 'comfortable' : 'compact',
    };
  } catch {
    return EMPTY;
  }
}

function writeTablePreferences(tableId: string, preferences: TablePreferences): void {
  try {
    storage()?.setItem(PREFIX + tableId, JSON.stringify(preferences));
  } catch {
    // Full or refused: the choice still holds for this page.
  }
}

/** The table's stored preferences and a setter that stores every change. */
export function useTablePreferences(tableId: string) {
  const [preferences, setPreferences] = useState(() => readTablePreferences(tableId));
  const update = useCallback(
    (patch: Partial<TablePreferences>) => {
      setPreferences((previous) => {
        const next = { ...previous, ...patch };
        writeTablePreferences(tableId, next);
        return next;
      });
    },
    [tableId],
  );
  return [preferences, update] as const;
}
