// "Attach recording…" on a transcript source: the system file picker in the desktop app (the file is read by path,
// up to 2 GB), a file input in the browser harness (sent as bytes, up to 20 MB). Refusals are shown as the sentence
// the Api gives; on success the source comes back with its recording and the player appears.
import { useRef, useState } from 'react';
import { useApi } from '../../app/ApiProvider';
import type { Api } from '../../../shared/api/contract';
import type { SourceView } from '../../../shared/api/views';
import { ErrorAlert } from '../../components/ErrorAlert';
import { bytesToBase64 } from '../import/base64';

/** What the file input offers: the recordings Factdesk keeps (electron/importers/sources/recording.ts). */
export const RECORDING_FILE_TYPES = '.mp3,.m4a,.mp4,.wav,.ogg,.oga,.opus,.webm,audio/*,video/mp4,video/webm';

/** Largest recording the browser harness sends as bytes (the Api takes 20 MB files as base64). */
export const HARNESS_RECORDING_BYTES = 20_000_000;

export interface AttachRecordingButtonProps {
  projectId: string;
  source: SourceView;
  readOnly: boolean;
  nativeDialogs: boolean;
  onAttached: (source: SourceView) => void;
}

/** The sentence for a file too large to send from the browser. */
export function tooLargeForBrowser(name: string, bytes: number): string {
  const mb = (bytes / 1_000_000).toFixed(1);
  return `${name} is ${mb} MB; the browser version of Factdesk attaches recordings of up to 20 MB. Attach it in the desktop app or with "factdesk attach-recording".`;
}

/** A button ("Attach recording…" or "Replace recording…") with its status line and refusal. */
export function AttachRecordingButton(props: AttachRecordingButtonProps) {
  const api = useApi();
  const { projectId, source, readOnly, nativeDialogs, onAttached } = props;
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function attach(name: string, file: Parameters<Api['attachRecording']>[0]['file']) {
    setBusy(name);
    setError(null);
    setDone(null);
    const result = await api.attachRecording({ projectId, library: source.library, sourceId: source.id, file });
    setBusy(null);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setDone(`Attached the recording ${name}.`);
    onAttached(result.value);
  }

  async function pick() {
    if (!nativeDialogs) {
      input.current?.click();
      return;
    }
    const picked = await api.pickFile({ purpose: 'attach-recording' });
    if (!picked.ok) {
      if (picked.error.code !== 'cancelled') setError(picked.error.message);
      return;
    }
    const name = picked.value.path.split(/[\\/]/).pop() ?? picked.value.path;
    await attach(name, { kind: 'path', path: picked.value.path });
  }

  async function chosen(file: File) {
    if (file.size > HARNESS_RECORDING_BYTES) {
      setError(tooLargeForBrowser(file.name, file.size));
      return;
    }
    const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    await attach(file.name, { kind: 'bytes', fileName: file.name, base64 });
  }

  return (
    <div className="recording-attach">
      <button
        type="button"
        className="button button-small"
        disabled={readOnly || busy !== null}
        title={readOnly ? 'This project is read-only' : undefined}
        onClick={() => void pick()}
      >
        {source.recording ? 'Replace recording…' : 'Attach recording…'}
      </button>
      <input
        ref={input}
        type="file"
        accept={RECORDING_FILE_TYPES}
        hidden
        aria-label="Recording file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void chosen(file);
        }}
      />
      <span className="field-help" role="status">
        {busy
          ? `Attaching ${busy}…`
          : (done ?? (source.recording ? '' : 'Keep the interview’s audio or video beside this transcript.'))}
      </span>
      <ErrorAlert message={error} />
    </div>
  );
}
