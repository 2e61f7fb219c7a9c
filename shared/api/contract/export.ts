// The source appendix: its preview, where to save it, the export itself and opening the exported file.
import { z } from 'zod';
import type { Appendix } from '../../appendix/types';
import type { ExportOutcome } from '../views';
import { path, projectId } from './fields';

/** The appendix formats, in the order the export dialog offers them. */
export const EXPORT_FORMATS = ['md', 'html', 'docx', 'pdf', 'csv', 'json', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const exportValidators = {
  previewAppendix: z.strictObject({ projectId, includeConfidential: z.boolean(), includeNotes: z.boolean() }),
  pickSavePath: z.strictObject({ defaultPath: path, format: z.enum(EXPORT_FORMATS) }),
  exportAppendix: z.strictObject({
    projectId,
    format: z.enum(EXPORT_FORMATS),
    includeConfidential: z.boolean(),
    includeNotes: z.boolean(),
    /** Where to write; by default the project's exports/ folder. */
    path: path.optional(),
    /** Replace the file when it exists (the user confirmed it); otherwise an existing file is refused, 'file-exists'. */
    overwrite: z.boolean().optional(),
    claimReview: z
      .strictObject({ url: z.string().max(4096).optional(), publisher: z.string().max(300).optional() })
      .optional(),
  }),
  openExportedFile: z.strictObject({ path }),
};

/** What the export methods reply with, inside a Result. */
export interface ExportReplies {
  /** The appendix as it would be exported, for the export dialog's preview. */
  previewAppendix: Appendix;
  /** Asks where to save an export with the system dialog ('cancelled', or 'no-native-dialog' in the harness). */
  pickSavePath: { path: string };
  /** Writes the source appendix in one format; confidential sources are redacted unless included. */
  exportAppendix: ExportOutcome;
  /** Opens an exported appendix in the program the system uses for its kind of file (the desktop app only). */
  openExportedFile: null;
}
