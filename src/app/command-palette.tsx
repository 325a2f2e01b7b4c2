/**
 * The command palette (Ctrl+K / ⌘K): one search over every page, group, connector, daemon and
 * action of the current platform, read from the queries the screens already share (the group
 * list, the daemons' status), so opening it costs no more than what the cache lacks.
 */
import { useInfiniteQuery, useQueries } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useNavigate } from 'react-router';
import type { PlatformInfo } from '../egeria/platform-info';
import { allGroupsQueryOptions } from '../features/groups/group-queries';
import { daemonConnectorPath, daemonPath, daemonsPath } from '../features/monitor/monitor-paths';
import { usePlatform } from '../features/platforms/platform-context';
import { daemonStatusQueryOptions } from '../features/platforms/platform-queries';
import {
  bundleExportPath,
  bundleImportPath,
  daemonGraphPath,
  definitionPaths,
  driftPath,
  groupGraphPath,
  groupPath,
  groupsPath,
} from '../lib/paths';
import { setThemeChoice, shownTheme, subscribeTheme } from './theme';

export interface Command {
  id: string;
  kind: 'Page' | 'Group' | 'Connector' | 'Daemon' | 'Action';
  label: string;
  /** Shown under the label and searched too: a qualified name, a group, a daemon. */
  detail?: string;
  /** A path to open, or something to do. */
  to?: string;
  run?: () => void;
}

const MAX_SHOWN = 60;

/** Every word of the query appears in the label or detail, in any order, any case. */
export function matchCommands(commands: readonly Command[], query: string): Command[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return commands.slice(0, MAX_SHOWN);
  const hits: Command[] = [];
  for (const command of commands) {
    const text = `${command.kind} ${command.label} ${command.detail ?? ''}`.toLowerCase();
    if (words.every((word) => text.includes(word))) hits.push(command);
    if (hits.length >= MAX_SHOWN) break;
  }
  return hits;
}

function useThemeCommand(): Command {
  const shown = useSyncExternalStore(subscribeTheme, shownTheme);
  const next = shown === 'dark' ? 'light' : 'dark';
  return {
    id: 'action:theme',
    kind: 'Action',
    label: `Switch to the ${next} theme`,
    run: () => setThemeChoice(next),
  };
}

/** What the palette offers on a platform's pages. */
function usePlatformCommands(): Command[] {
  const scope = usePlatform();
  const { platform } = scope;
  const groups = useInfiniteQuery(allGroupsQueryOptions(scope));
  const statuses = useQueries({
    queries: platform.daemons.map((daemon) => daemonStatusQueryOptions(scope, daemon)),
  });
  const id = platform.id;
  return useMemo(() => {
    const list: Command[] = [
      { id: 'page:groups', kind: 'Page', label: 'Integration groups', to: groupsPath(id) },
      { id: 'page:daemons', kind: 'Page', label: 'Integration daemons', to: daemonsPath(id) },
      { id: 'page:export', kind: 'Page', label: 'Export a bundle', to: bundleExportPath(id) },
      { id: 'page:import', kind: 'Page', label: 'Import a bundle', to: bundleImportPath(id) },
      { id: 'page:audit', kind: 'Page', label: 'Audit log', to: '/audit' },
      {
        id: 'action:new-group',
        kind: 'Action',
        label: 'New integration group',
        to: definitionPaths.newGroup(id),
      },
      {
        id: 'action:new-connector',
        kind: 'Action',
        label: 'New integration connector',
        to: definitionPaths.newConnector(id),
      },
    ];
    for (const daemon of platform.daemons) {
      list.push(
        { id: `daemon:${daemon}`, kind: 'Daemon', label: daemon, to: daemonPath(id, daemon) },
        {
          id: `daemon-graph:${daemon}`,
          kind: 'Page',
          label: `Graph of every group in ${daemon}`,
          to: daemonGraphPath(id, daemon),
        },
        {
          id: `drift:${daemon}`,
          kind: 'Page',
          label: `Drift of ${daemon} from the definitions`,
          to: driftPath(id, daemon),
        },
      );
    }
    for (const group of groups.data?.pages.flatMap((page) => page.items) ?? []) {
      const name = group.displayName ?? group.qualifiedName;
      list.push(
        {
          id: `group:${group.guid}`,
          kind: 'Group',
          label: name,
          detail: group.qualifiedName,
          to: groupPath(id, group.qualifiedName),
        },
        {
          id: `group-graph:${group.guid}`,
          kind: 'Page',
          label: `Graph of ${name}`,
          detail: group.qualifiedName,
          to: groupGraphPath(id, group.qualifiedName),
        },
      );
    }
    const seen = new Set<string>();
    platform.daemons.forEach((daemon, i) => {
      for (const report of statuses[i]?.data?.connectors ?? []) {
        const key = `${daemon}\u0000${report.connectorName}`;
        if (seen.has(key)) continue;
        seen.add(key);
        list.push({
          id: `connector:${key}`,
          kind: 'Connector',
          label: report.connectorName,
          detail: `${report.groupName ?? ''} · ${daemon}`,
          to: daemonConnectorPath(id, daemon, report.connectorName),
        });
      }
    });
    return list;
  }, [id, platform.daemons, groups.data, statuses]);
}

export interface CommandPaletteProps {
  platform: PlatformInfo | undefined;
  onClose: () => void;
  onShowShortcuts: () => void;
}

export default function CommandPalette(props: CommandPaletteProps) {
  return props.platform ? <WithPlatform {...props} /> : <Palette {...props} commands={[]} />;
}

function WithPlatform(props: CommandPaletteProps) {
  return <Palette {...props} commands={usePlatformCommands()} />;
}

function Palette({
  commands,
  onClose,
  onShowShortcuts,
}: CommandPaletteProps & { commands: Command[] }) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const theme = useThemeCommand();
  const all = useMemo(
    () => [
      ...commands,
      theme,
      {
        id: 'action:shortcuts',
        kind: 'Action' as const,
        label: 'Show keyboard shortcuts',
        run: onShowShortcuts,
      },
    ],
    [commands, theme, onShowShortcuts],
  );
  const hits = useMemo(() => matchCommands(all, query), [all, query]);
  const current = Math.min(active, Math.max(0, hits.length - 1));

  // Closed without a choice, focus goes back where it was; a choice moves on to its page.
  const chosen = useRef(false);
  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement;
    if (dialog && !dialog.open && typeof dialog.showModal === 'function') dialog.showModal();
    return () => {
      if (!chosen.current && before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  const choose = (command: Command | undefined) => {
    if (!command) return;
    chosen.current = true;
    onClose();
    if (command.to) void navigate(command.to);
    command.run?.();
  };

  return (
    <dialog
      ref={ref}
      aria-label="Command palette"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={onClose}
      className="mx-auto mt-[12vh] w-full max-w-xl rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
    >
      <div className="border-b border-slate-200 p-3">
        <label htmlFor={`${id}-input`} className="sr-only">
          Find a group, connector, daemon, page or action
        </label>
        <input
          id={`${id}-input`}
          role="combobox"
          aria-expanded="true"
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={hits.length ? `${id}-${current}` : undefined}
          autoComplete="off"
          placeholder="Find a group, connector, daemon, page or action…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((current + step + hits.length) % Math.max(1, hits.length));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              choose(hits[current]);
            }
          }}
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
        />
      </div>
      <p role="status" className="sr-only">
        {query ? `${hits.length} results` : ''}
      </p>
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label="Results"
        className="max-h-[50vh] overflow-y-auto py-1 text-sm"
      >
        {hits.map((command, i) => (
          // The input's arrow keys and Enter operate the options (aria-activedescendant).
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={command.id}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === current}
            tabIndex={-1}
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => setActive(i)}
            onClick={() => choose(command)}
            className="flex cursor-pointer items-baseline gap-3 px-3 py-1.5 aria-selected:bg-sky-50 aria-selected:shadow-[inset_3px_0_0_var(--color-sky-600)]"
          >
            <span className="w-20 shrink-0 text-xs text-slate-600">{command.kind}</span>
            <span className="min-w-0">
              <span className="block font-medium [overflow-wrap:anywhere]">{command.label}</span>
              {command.detail ? (
                <span className="block text-xs text-slate-600 [overflow-wrap:anywhere]">
                  {command.detail}
                </span>
              ) : null}
            </span>
          </li>
        ))}
        {hits.length === 0 ? (
          <li className="px-3 py-2 text-slate-600">Nothing matches “{query}”.</li>
        ) : null}
      </ul>
    </dialog>
  );
}
