// Claims for the desk tests, made with the real model functions (createClaim, updateClaim) and the default statuses.
import { createClaim, updateClaim } from '../../../../../shared/model/claim';
import type { Claim, ClaimKind } from '../../../../../shared/model/claim';
import { claimFingerprint } from '../../../../../shared/model/sign-off';
import { DEFAULT_STATUSES } from '../../../../../shared/model/status';

export const STATUSES = [...DEFAULT_STATUSES];

export interface ClaimSpec {
  id: string;
  start: number;
  text: string;
  kind?: ClaimKind;
  status?: string;
  assignee?: string;
  /** When the last change was made (ISO). */
  at?: string;
  by?: string;
  links?: number;
  orphaned?: boolean;
  signOff?: 'current' | 'lapsed';
}

/** One claim as the spec says, its history written by the model. */
export function makeClaim(spec: ClaimSpec): Claim {
  const at = spec.at ?? '2026-11-20T09:00:00.000Z';
  let claim = createClaim({
    id: spec.id,
    anchor: {
      draftId: 'd1',
      exact: spec.text,
      prefix: '',
      suffix: '',
      start: spec.start,
      end: spec.start + spec.text.length,
      state: spec.orphaned ? 'orphaned' : 'exact',
    },
    kind: spec.kind ?? 'other',
    status: 'unchecked',
    by: 'Ana',
    now: '2026-11-01T08:00:00.000Z',
  });
  claim = updateClaim(
    claim,
    { status: spec.status ?? 'unchecked', assignee: spec.assignee ?? null },
    spec.by ?? 'Ana',
    at,
  );
  const links = Array.from({ length: spec.links ?? 0 }, (_, i) => ({
    id: `${spec.id}-l${i}`,
    sourceId: `s${i}`,
    passageId: null,
    relation: 'supports' as const,
    pinpoint: '',
    note: '',
    quotedText: '',
    addedAt: at,
    addedBy: 'Ana',
  }));
  claim = { ...claim, links };
  if (spec.signOff) {
    const fingerprint = spec.signOff === 'current' ? claimFingerprint(claim) : 'an-older-fingerprint';
    claim = { ...claim, signOff: { by: 'Editor', at, fingerprint } };
  }
  return claim;
}
