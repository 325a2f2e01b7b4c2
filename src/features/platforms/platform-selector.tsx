import { useNavigate } from 'react-router';
import { Tag } from '../../components/tag';
import type { PlatformInfo } from '../../egeria/platform-info';
import { groupsPath } from '../../lib/paths';

export interface PlatformSelectorProps {
  platforms: PlatformInfo[];
  current: PlatformInfo;
}

/** The current platform's name; a chooser when several are configured. */
export function PlatformSelector({ platforms, current }: PlatformSelectorProps) {
  const navigate = useNavigate();
  const sandboxTag = current.sandbox ? (
    <Tag title="An Egeria-compatible sandbox, not a real Egeria platform">sandbox</Tag>
  ) : null;

  if (platforms.length <= 1) {
    return (
      <span className="inline-flex items-center gap-2 text-sm">
        <span className="text-slate-300">Platform</span>
        <span className="font-semibold">{current.label}</span>
        {sandboxTag}
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-2 text-sm">
      <label htmlFor="platform-selector" className="text-slate-300">
        Platform
      </label>
      <select
        id="platform-selector"
        value={current.id}
        onChange={(event) => void navigate(groupsPath(event.target.value))}
        className="rounded-md border border-slate-500 bg-slate-800 px-2 py-1 text-slate-50"
      >
        {platforms.map((platform) => (
          <option key={platform.id} value={platform.id}>
            {platform.label}
            {platform.sandbox ? ' (sandbox)' : ''}
          </option>
        ))}
      </select>
      {sandboxTag}
    </span>
  );
}
