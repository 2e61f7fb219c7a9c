// Validator issues as words a reporter can act on: a missing field says "missing", never "received undefined".

export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  readonly expected?: unknown;
}

/** One issue's message, with a missing value named as missing and no "undefined" left in it. */
export function issueText(issue: IssueLike): string {
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    return typeof issue.expected === 'string' ? `missing (it should be ${withArticle(issue.expected)})` : 'missing';
  }
  return issue.message.replace(/\bundefined\b/g, 'nothing');
}

function withArticle(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
