// The status vocabulary: the default list from the product brief, editable per project.
import { z } from 'zod';

export const statusDefSchema = z.looseObject({
  id: z.string().min(1).max(64),
  label: z.string().min(1).max(80),
  /** CSS colour used for highlights and chips, as #rrggbb. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  /** Claims with this status keep the story from being ready to publish. */
  blocksPublication: z.boolean(),
  /**
   * The newsroom's rule that a claim can only get this status once a source is attached to it ("Verified needs a
   * source"). Absent means off, so project files written before the rule existed read unchanged.
   */
  needsSource: z.boolean().optional(),
  /** The public verdict a claim with this status gets in ClaimReview (null: none; absent: Factdesk's default). */
  publicVerdict: z
    .looseObject({ ratingValue: z.number().min(1).max(5), alternateName: z.string().min(1) })
    .nullable()
    .optional(),
});
export type StatusDef = z.infer<typeof statusDefSchema>;

/** The default statuses, in the order the status menu shows them. */
export const DEFAULT_STATUSES: readonly StatusDef[] = [
  { id: 'unchecked', label: 'Unchecked', color: '#8a8f98', blocksPublication: true },
  { id: 'in-progress', label: 'In progress', color: '#2f6fde', blocksPublication: true },
  { id: 'awaiting-source', label: 'Awaiting source', color: '#b07d12', blocksPublication: true },
  { id: 'verified', label: 'Verified', color: '#1f8a4c', blocksPublication: false },
  { id: 'corrected', label: 'Corrected', color: '#0f8a86', blocksPublication: false },
  { id: 'partially-verified', label: 'Partially verified', color: '#6a9a1f', blocksPublication: true },
  { id: 'disputed', label: 'Disputed', color: '#c2410c', blocksPublication: true },
  { id: 'cannot-verify', label: 'Cannot verify', color: '#7c3aed', blocksPublication: true },
  { id: 'incorrect', label: 'Incorrect', color: '#c81e3a', blocksPublication: true },
  { id: 'opinion', label: 'Opinion (no check needed)', color: '#64748b', blocksPublication: false },
  { id: 'cut', label: 'Cut', color: '#a1a1aa', blocksPublication: false },
  { id: 're-check', label: 'Re-check', color: '#d97706', blocksPublication: true },
];

export const DEFAULT_STATUS_ID = 'unchecked';

/** Finds a status by id, falling back to a neutral description for ids the vocabulary no longer has. */
export function findStatus(statuses: readonly StatusDef[], id: string): StatusDef {
  return statuses.find((s) => s.id === id) ?? { id, label: id, color: '#8a8f98', blocksPublication: true };
}
