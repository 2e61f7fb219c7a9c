// The Add source dialog: choose a file (the system picker in the desktop app, a file input in the browser), see its
// preview, map a quote list's columns, fill in the details, pick the library, and add with progress and Cancel; or add
// a web page by its address (WebPageForm).
import { useEffect, useId, useRef, useState } from 'react';
import { useApi } from '../../app/ApiProvider';
import type { FormEvent } from 'react';
import type { ProjectView, SourceView } from '../../../shared/api/views';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Icon } from '../../components/Icon';
import { EncodingDialog } from '../import/EncodingDialog';
import { percent } from './add-source-state';
import { checkMeta } from './source-meta';
import { SourceMetaFields } from './SourceMetaFields';
import { SourcePreviewBlock } from './SourcePreviewBlock';
import type { ManyFile } from './add-many';
import { useAddSource } from './use-add-source';
import { WebPageForm } from './WebPageForm';

/** What the file input accepts: every format the source importers read. */
export const SOURCE_FILE_TYPES =
  '.txt,.text,.srt,.vtt,.docx,.pdf,.html,.htm,.md,.markdown,.csv,.tsv,.json,.jsonl,.ndjson,text/plain,text/csv,text/html,text/markdown,application/json,application/pdf';

export interface AddSourceDialogProps {
  projectId: string;
  readOnly: boolean;
  nativeDialogs: boolean;
  /** A file dropped on the Sources tab or handed over otherwise: previewed at once. */
  initialFile: File | null;
  /** Several files chosen at once: they are added one after another (AddManyDialog). */
  onMany: (files: ManyFile[]) => void;
  onAdded: (source: SourceView, view: ProjectView | null) => void;
  onClose: () => void;
}

/** A dialog named "Add source". */
export function AddSourceDialog(props: AddSourceDialogProps) {
  const api = useApi();
  const { projectId, readOnly, nativeDialogs, initialFile, onClose } = props;
  const [state, actions] = useAddSource({ api, projectId, readOnly, onAdded: props.onAdded, onMany: props.onMany });
  const [tried, setTried] = useState(false);
  const [fetchingPage, setFetchingPage] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const started = useRef(false);

  useEffect(() => {
    if (initialFile && !started.current) {
      started.current = true;
      void actions.chooseFile(initialFile);
    }
  }, [initialFile, actions]);

  // The dialog stays open while it reads the file, and the button that chose it is gone: once the preview is shown,
  // the keyboard goes to the first detail to check, the title.
  const detailsShown = state.step === 'details' || state.step === 'adding';
  useEffect(() => {
    if (detailsShown) document.getElementById(`${id}-title`)?.focus();
  }, [detailsShown, id]);

  if (state.step === 'encoding') {
    return (
      <EncodingDialog
        fileName={state.request.fileName}
        message={state.message}
        choices={state.choices}
        onChoose={(encoding) => void actions.chooseEncoding(encoding)}
        onCancel={actions.reset}
      />
    );
  }

  function choose() {
    if (nativeDialogs) void actions.pickFile();
    else input.current?.click();
  }

  const adding = state.step === 'adding';
  const close = () => {
    if (adding) actions.cancel();
    onClose();
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    void actions.add();
  }

  const fileInput = (
    <input
      ref={input}
      type="file"
      className="visually-hidden"
      tabIndex={-1}
      aria-label="Source file to add"
      accept={SOURCE_FILE_TYPES}
      multiple
      onChange={(event) => {
        const files = [...(event.target.files ?? [])];
        event.target.value = '';
        if (files.length > 1) props.onMany(files);
        else if (files[0]) void actions.chooseFile(files[0]);
      }}
    />
  );

  if (state.step === 'choose' || state.step === 'reading') {
    return (
      <Dialog title="Add source" onClose={close} className="dialog-wide">
        <div className="dialog-body">
          <p className="dialog-lead">
            Interview transcripts (TXT with speaker labels, SRT, VTT), documents (PDF, DOCX, HTML, Markdown) and quote
            lists (CSV, TSV, JSON, JSONL), or a web page by its address. You see what Factdesk found in a file before it
            is added; several files chosen at once are added with the details found in each, to check afterwards with
            Edit details.
          </p>
          {state.step === 'choose' && <ErrorAlert message={state.error} />}
          {state.step === 'reading' ? (
            <p className="reading-line" role="status">
              <progress aria-label={`Reading ${state.fileName}`} />
              Reading {state.fileName}...
            </p>
          ) : (
            <div className="choose-file">
              <button
                type="button"
                className="button button-primary"
                data-autofocus
                disabled={fetchingPage}
                onClick={choose}
              >
                <Icon name="doc" />
                Choose files...
              </button>
              <span className="field-help">or drop one or more files on the Sources tab.</span>
            </div>
          )}
          {fileInput}
          {state.step === 'choose' && (
            <WebPageForm projectId={projectId} readOnly={readOnly} onAdded={props.onAdded} onBusy={setFetchingPage} />
          )}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
          </div>
        </div>
      </Dialog>
    );
  }

  const problems = tried ? checkMeta(state.meta) : {};
  return (
    <Dialog title="Add source" onClose={close} className="dialog-source">
      <form className="dialog-body" onSubmit={submit} noValidate>
        <ErrorAlert message={state.error} />
        <SourcePreviewBlock
          fileName={state.request.fileName}
          preview={state.preview}
          mapping={state.mapping}
          disabled={adding}
          onMap={(field, column) => actions.dispatch({ type: 'map', field, column })}
        />
        <SourceMetaFields
          idPrefix={id}
          meta={state.meta}
          problems={problems}
          disabled={adding}
          onChange={(patch) => actions.dispatch({ type: 'meta', patch })}
        />
        <fieldset className="fieldset" disabled={adding}>
          <legend>Add to</legend>
          <div className="radio-row">
            <label className="radio">
              <input
                type="radio"
                name={`${id}-library`}
                checked={state.library === 'project'}
                disabled={readOnly}
                onChange={() => actions.dispatch({ type: 'library', library: 'project' })}
              />
              This project
            </label>
            <label className="radio">
              <input
                type="radio"
                name={`${id}-library`}
                checked={state.library === 'personal'}
                onChange={() => actions.dispatch({ type: 'library', library: 'personal' })}
              />
              Personal library (every project)
            </label>
          </div>
          <p className="field-help">
            {readOnly
              ? 'This project is read-only, so the source can only go to your personal library.'
              : 'Attaching a personal-library passage to a claim copies it into the project, so the project stays complete on its own.'}
          </p>
        </fieldset>
        {adding && (
          <div className="add-progress" role="status" aria-label="Adding progress">
            <progress
              max={100}
              value={state.progress ? percent(state.progress) : undefined}
              aria-label="Adding the source"
            />
            <span>
              {state.progress
                ? `${state.progress.label}: ${percent(state.progress)}%`
                : `Adding ${state.meta.title}...`}
            </span>
          </div>
        )}
        <div className="dialog-actions">
          {adding ? (
            <button type="button" className="button" onClick={actions.cancel}>
              Cancel adding
            </button>
          ) : (
            <>
              <button type="button" className="button button-quiet dialog-back" onClick={actions.reset}>
                Choose another file
              </button>
              <button type="button" className="button" onClick={close}>
                Cancel
              </button>
            </>
          )}
          <button type="submit" className="button button-primary" disabled={adding}>
            Add source
          </button>
        </div>
      </form>
    </Dialog>
  );
}
