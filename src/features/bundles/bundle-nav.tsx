import { NavLink } from 'react-router';
import { bundleExportPath, bundleImportPath } from '../../lib/paths';
import { usePlatform } from '../platforms/platform-context';

const tab =
  'rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 aria-[current=page]:bg-slate-800 aria-[current=page]:text-white';

/** Moves between the two bundle screens. */
export function BundleNav({ current }: { current: 'export' | 'import' }) {
  const { platform } = usePlatform();
  return (
    <nav aria-label="Bundles">
      <ul className="flex gap-2">
        {(['export', 'import'] as const).map((screen) => (
          <li key={screen}>
            <NavLink
              to={
                screen === 'export' ? bundleExportPath(platform.id) : bundleImportPath(platform.id)
              }
              className={tab}
              aria-current={current === screen ? 'page' : undefined}
            >
              {screen === 'export' ? 'Export' : 'Import'}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
