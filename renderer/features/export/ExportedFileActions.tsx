// What can be done with an exported appendix: in the desktop app open it in its program or show it in the file
// manager; in the browser harness open it in a tab or download it through the harness's server.
import { useState } from 'react';
import { useApi } from '../../app/ApiProvider';
import { useExportFileUrl } from '../../app/ApiProvider';
import { ErrorAlert } from '../../components/ErrorAlert';

export interface ExportedFileActionsProps {
  projectId: string;
  path: string;
  canShowInFolder: boolean;
}

/** Open and Download (harness) or Open and Show in folder (desktop), for the file just exported. */
export function ExportedFileActions({ projectId, path, canShowInFolder }: ExportedFileActionsProps) {
  const api = useApi();
  const fileUrl = useExportFileUrl();
  const [error, setError] = useState<string | null>(null);
  const name = path.split(/[\\/]/).pop() ?? path;
  if (fileUrl) {
    return (
      <p className="export-file-actions">
        <a
          className="button button-small"
          href={fileUrl({ projectId, path, mode: 'open' })}
          target="_blank"
          rel="noopener noreferrer"
        >
          Open<span className="visually-hidden"> {name} in a new tab</span>
        </a>
        <a className="button button-small" href={fileUrl({ projectId, path, mode: 'download' })} download={name}>
          Download
        </a>
      </p>
    );
  }
  if (!canShowInFolder) return null;
  const run = async (call: Promise<{ ok: boolean; error?: { message: string } }>) => {
    const result = await call;
    setError(result.ok ? null : (result.error?.message ?? null));
  };
  return (
    <>
      <p className="export-file-actions">
        <button type="button" className="button button-small" onClick={() => void run(api.openExportedFile({ path }))}>
          Open
        </button>
        <button type="button" className="button button-small" onClick={() => void run(api.showInFolder({ path }))}>
          Show in folder
        </button>
      </p>
      <ErrorAlert message={error} />
    </>
  );
}
