import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/button';
import { formatDateTime } from '../../lib/format';
import { defaultChoices, type Choice, type ConflictRow } from './field-diff';
import { LongText } from '../../components/long-text';

export interface ConflictViewProps {
  elementName: string;
  rows: ConflictRow[];
  openedVersion?: number;
  currentVersion?: number;
  updatedBy?: string;
  updateTime?: string;
  /** Applies the choices to the form (the caller then moves on to the preview). */
  onResolve: (choices: Map<string, Choice>) => void;
  onCancel: () => void;
}

/**
 * The element changed in Egeria after the form was opened. Instead of overwriting that change,
 * show both versions of every field someone changed and let the user choose, per field (or per
 * list, where items cannot be merged one by one).
 */
export function ConflictView({
  elementName,
  rows,
  openedVersion,
  currentVersion,
  updatedBy,
  updateTime,
  onResolve,
  onCancel,
}: ConflictViewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const [choices, setChoices] = useState(() => defaultChoices(rows));
  useEffect(() => headingRef.current?.focus(), []);

  const groups = new Map<string, ConflictRow[]>();
  for (const row of rows) groups.set(row.choice, [...(groups.get(row.choice) ?? []), row]);

  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div role="alert" className="rounded-lg border border-amber-400 bg-amber-50 p-4 text-sm">
        <h2
          id={headingId}
          ref={headingRef}
          tabIndex={-1}
          className="text-lg font-semibold focus:outline-none"
        >
          {elementName} changed in Egeria while you were editing
        </h2>
        <p className="mt-1">
          {openedVersion !== undefined && currentVersion !== undefined
            ? `You opened version ${openedVersion}; Egeria now holds version ${currentVersion}`
            : 'Egeria holds a newer version than the one you opened'}
          {updatedBy ? `, changed by ${updatedBy}` : ''}
          {updateTime ? ` on ${formatDateTime(updateTime)}` : ''}. Nothing has been saved. Choose,
          for each field below, which value to keep; then review the result before saving.
        </p>
      </div>

      {[...groups.entries()].map(([choice, groupRows]) => (
        <fieldset key={choice} className="rounded-lg border border-slate-200 bg-white p-3">
          <legend className="px-1 text-sm font-semibold">
            {groupRows.length === 1
              ? groupRows[0]?.label
              : `${groupRows[0]?.label} (the whole list)`}
            {groupRows.some((r) => r.theyChanged && r.iChanged) ? ' — changed on both sides' : ''}
          </legend>
          <table className="min-w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className="px-2 py-1 font-medium">
                  Field
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  In Egeria now
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  Yours
                </th>
              </tr>
            </thead>
            <tbody>
              {groupRows.map((row) => (
                <tr key={row.key} className="align-top">
                  <th scope="row" className="px-2 py-1 font-normal">
                    {row.label}
                  </th>
                  <td className={`max-w-sm px-2 py-1 ${row.theyChanged ? 'bg-amber-50' : ''}`}>
                    <LongText value={row.theirs} />
                    {row.theyChanged ? <span className="sr-only"> (changed in Egeria)</span> : null}
                  </td>
                  <td className={`max-w-sm px-2 py-1 ${row.iChanged ? 'bg-sky-50' : ''}`}>
                    <LongText value={row.mine} />
                    {row.iChanged ? <span className="sr-only"> (changed by you)</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="mt-2 flex flex-wrap gap-4 text-sm">
            {(['mine', 'theirs'] as const).map((option) => (
              <label key={option} className="inline-flex items-center gap-2">
                <input
                  type="radio"
                  name={`choice-${choice}`}
                  value={option}
                  checked={choices.get(choice) === option}
                  onChange={() => setChoices(new Map(choices).set(choice, option))}
                />
                {option === 'mine' ? 'Keep yours' : 'Take the value in Egeria'}
              </label>
            ))}
          </div>
        </fieldset>
      ))}

      <div className="flex flex-wrap gap-3">
        <Button onClick={onCancel}>Back to editing</Button>
        <Button variant="primary" onClick={() => onResolve(choices)}>
          Use these choices and review
        </Button>
      </div>
    </section>
  );
}
