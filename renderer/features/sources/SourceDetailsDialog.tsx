// Edit details of a source already in a library: the same fields as when it was added.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { SourceView } from '../../../shared/api/views';
import { Dialog, FormActions } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { checkMeta, metaFromSource, toMeta } from './source-meta';
import type { MetaForm } from './source-meta';
import { SourceMetaFields } from './SourceMetaFields';

export interface SourceDetailsDialogProps {
  source: SourceView;
  onSave: (meta: ReturnType<typeof toMeta>) => Promise<string | null>;
  onClose: () => void;
}

/** A dialog named "Source details". */
export function SourceDetailsDialog({ source, onSave, onClose }: SourceDetailsDialogProps) {
  const [meta, setMeta] = useState<MetaForm>(() => metaFromSource(source));
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const problems = tried ? checkMeta(meta) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (Object.keys(checkMeta(meta)).length > 0) return;
    setBusy(true);
    const message = await onSave(toMeta(meta));
    setBusy(false);
    if (message) setError(message);
    else onClose();
  }

  return (
    <Dialog title="Source details" onClose={onClose} className="dialog-source">
      <form className="dialog-body" onSubmit={(e) => void submit(e)} noValidate>
        <p className="dialog-lead">
          {source.library === 'project'
            ? 'In this project.'
            : 'In your personal library: the change shows in every project.'}
        </p>
        <ErrorAlert message={error} />
        <SourceMetaFields
          idPrefix={id}
          meta={meta}
          problems={problems}
          disabled={busy}
          onChange={(patch) => setMeta((m) => ({ ...m, ...patch }))}
        />
        <FormActions onCancel={onClose} submitLabel="Save details" disabled={busy} />
      </form>
    </Dialog>
  );
}
