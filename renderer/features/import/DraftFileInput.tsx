// The visually hidden <input type=file> that "Import draft" opens where there is no native file dialog (the browser
// harness); its chosen file goes to the import like a dropped one.
import { forwardRef } from 'react';

/** Accepts the formats the importers read. */
export const DRAFT_FILE_TYPES = '.txt,.text,.md,.markdown,.docx,.html,.htm,text/plain,text/markdown,text/html';

export interface DraftFileInputProps {
  onFile: (file: File) => void;
}

/** Labelled "Draft file to import"; reset after each choice so the same file can be chosen twice. */
export const DraftFileInput = forwardRef<HTMLInputElement, DraftFileInputProps>(function DraftFileInput(
  { onFile },
  ref,
) {
  return (
    <input
      ref={ref}
      type="file"
      className="visually-hidden"
      tabIndex={-1}
      aria-label="Draft file to import"
      accept={DRAFT_FILE_TYPES}
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
});
