import { Banner } from '../../components/banner';
import { Button } from '../../components/button';
import { formatDateTime } from '../../lib/format';

/** Says that a draft was put back in the form, when it was saved, and lets the user throw it away. */
export function DraftBanner({
  savedAt,
  onDiscard,
  secretsNote,
}: {
  savedAt: string;
  onDiscard: () => void;
  /** Forms with secrets say that those are never kept in drafts. */
  secretsNote?: boolean;
}) {
  return (
    <Banner
      tone="info"
      className="rounded-md"
      actions={
        <Button size="sm" onClick={onDiscard}>
          Discard draft
        </Button>
      }
    >
      Draft restored: changes you made on {formatDateTime(savedAt)} and did not save are back in the
      form.
      {secretsNote ? ' Secrets are never kept in drafts; type any new secret again.' : ''}
    </Banner>
  );
}

/** The same form is open in another tab of this browser. */
export function ElsewhereNotice() {
  return (
    <Banner tone="info" className="rounded-md">
      This form is also open in another tab of this browser. Each tab keeps its own draft; if both
      save, the second is shown what the first changed before it overwrites anything.
    </Banner>
  );
}
