// What the window shows while a file is dragged over an open project: what the drop will do with it.

export interface DropOverlayProps {
  /** The drop adds a source (the Sources tab is open) rather than a draft version. */
  addsSource: boolean;
  /** The number the dropped draft becomes, or null when the project has no draft yet. */
  nextVersion: number | null;
}

/** A card over the whole window; hidden from screen readers (the drop itself announces its outcome). */
export function DropOverlay({ addsSource, nextVersion }: DropOverlayProps) {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-card">
        <p className="drop-title">{addsSource ? 'Drop to add a source' : 'Drop to import the draft'}</p>
        <p>
          {addsSource
            ? 'Transcripts, subtitles, documents and quote lists: one file shows a preview before it is added; several are added together, each with what Factdesk found in it.'
            : nextVersion !== null
              ? `It becomes version ${nextVersion}; your claims move with the text.`
              : 'Text, Markdown, Word (.docx) and HTML files.'}
        </p>
      </div>
    </div>
  );
}
