// What the hostile-input suite measured: each case records the SIGKILLs it sent and the hostile files it wrote, and
// `npm run test:hostile` totals them. Outside that command (FACTDESK_HOSTILE_COUNTS unset) recording does nothing.
import { appendFileSync, mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface HostileCounts {
  /** SIGKILLs actually delivered to a process that was working on a project. */
  kills?: number;
  /** Hostile input files written for a case (damaged projects, malicious sources, oversized files...). */
  inputs?: number;
}

/** Adds to the suite's totals: one JSON line per call in the file named by FACTDESK_HOSTILE_COUNTS. */
export function recordHostile(counts: HostileCounts): void {
  const file = process.env.FACTDESK_HOSTILE_COUNTS;
  if (!file) return;
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify({ kills: counts.kills ?? 0, inputs: counts.inputs ?? 0 })}\n`);
}

/** Writes one hostile input file and counts it. */
export async function writeHostileInput(path: string, data: string | Uint8Array): Promise<string> {
  await writeFile(path, data);
  recordHostile({ inputs: 1 });
  return path;
}
