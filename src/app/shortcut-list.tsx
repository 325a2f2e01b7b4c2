import { Button } from '../components/button';
import { Dialog } from '../components/dialog';
import { PALETTE_KEYS } from './palette-keys';

const SHORTCUTS: [keys: string, what: string][] = [
  [PALETTE_KEYS, 'Open the command palette: any group, connector, daemon, page or action'],
  ['/', 'Focus the page’s filter or search'],
  ['?', 'List these shortcuts'],
  ['Esc', 'Close a dialog or the palette; on the graph, clear the selection'],
  ['Arrow keys', 'Graph canvas: pan'],
  ['+ / −', 'Graph canvas: zoom in and out'],
  ['0', 'Graph canvas: fit the whole graph'],
];

/** `?`: the keyboard shortcuts, in a dialog. */
export default function ShortcutList({ onClose }: { onClose: () => void }) {
  return (
    <Dialog
      open
      title="Keyboard shortcuts"
      onClose={onClose}
      actions={<Button onClick={onClose}>Close</Button>}
    >
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs">
                {keys}
              </kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
