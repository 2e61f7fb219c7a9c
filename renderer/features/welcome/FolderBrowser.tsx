// Choosing where a new project goes where there is no native folder picker (the browser harness): the folders
// inside the home folder, one level at a time, and "Put the project here"; Back (or Escape) returns to the form.
import { useEffect, useState } from 'react';
import type { FolderListing } from '../../../shared/api/views';

export interface FolderBrowserProps {
  /** The folder shown first (the home folder when missing or not listable). */
  start?: string;
  listFolders(path?: string): Promise<FolderListing | { error: string }>;
  onChoose(folder: string): void;
  onCancel(): void;
}

/** A list of folders to walk down and up; the choice is the folder on show. */
export function FolderBrowser({ start, listFolders, onChoose, onCancel }: FolderBrowserProps) {
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [wanted, setWanted] = useState<string | undefined>(start);

  useEffect(() => {
    let current = true;
    void listFolders(wanted).then((result) => {
      if (!current) return;
      if ('error' in result) {
        // A start folder that does not exist yet (Documents/Factdesk before the first project): show home instead.
        if (wanted !== undefined && wanted === start) setWanted(undefined);
        else setError(result.error);
        return;
      }
      setError(null);
      setListing(result);
    });
    return () => {
      current = false;
    };
  }, [listFolders, wanted, start]);

  return (
    // Escape goes Back to the form (what was typed stays), not out of the whole dialog.
    <div
      className="folder-browser"
      role="group"
      aria-label="Choose where to put the project"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
    >
      <p className="folder-browser-path">
        <span className="field-help">Inside </span>
        <code>{listing?.path ?? '...'}</code>
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <ul className="folder-browser-list" aria-label="Folders">
        {listing?.parent && (
          <li>
            <button type="button" className="folder-browser-item" onClick={() => setWanted(listing.parent!)}>
              .. (up one folder)
            </button>
          </li>
        )}
        {listing?.folders.map((folder) => (
          <li key={folder.path}>
            <button type="button" className="folder-browser-item" onClick={() => setWanted(folder.path)}>
              {folder.name}
            </button>
          </li>
        ))}
        {listing && listing.folders.length === 0 && <li className="field-help">No folders inside this one.</li>}
        {listing && listing.more > 0 && <li className="field-help">{listing.more} more folders not listed.</li>}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Back
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!listing}
          onClick={() => listing && onChoose(listing.path)}
        >
          Put the project here
        </button>
      </div>
    </div>
  );
}

/** The folder above `folder` (either slash), or undefined when there is none. */
export function parentOf(folder: string): string | undefined {
  const trimmed = folder.replace(/[\\/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  return cut > 0 ? trimmed.slice(0, cut) : undefined;
}
