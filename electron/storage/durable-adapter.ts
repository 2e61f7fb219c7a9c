// The durable store of project.factdesk: durable writes, and a refusal to write over a file that another program
// changed since we last read or wrote it.
import { promises as fs } from 'node:fs';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import type { ProjectDoc } from '../../shared/model/project';
import { writeFileDurable } from './durable-write';
import { hashBytes, hashFileOnDisk, ioError, serializeProject } from './project-file';

export class DurableProjectAdapter {
  /** Hash of the bytes we last read or wrote; null before the first read of a new file. */
  expectedHash: string | null = null;
  /** The file's size and times when its hash was last confirmed: a cheap first check for the change poll. */
  private seen: string | null = null;

  constructor(readonly file: string) {}

  private async statKey(): Promise<string | null> {
    const st = await fs.stat(this.file).catch(() => null);
    return st ? `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}` : null;
  }

  /**
   * The poll's check: skips reading the file while its size and times are the ones seen when its hash last matched,
   * and otherwise compares hashes like a save does.
   */
  async checkUnchangedSinceSeen(): Promise<Result<null, 'external-change'>> {
    if (this.seen !== null && (await this.statKey()) === this.seen) return ok(null);
    return this.checkUnchangedOnDisk();
  }

  /** Refuses with 'external-change' when the file on disk is not the one we last saw. */
  async checkUnchangedOnDisk(): Promise<Result<null, 'external-change'>> {
    const before = await this.statKey();
    const onDisk = await hashFileOnDisk(this.file);
    if (onDisk !== this.expectedHash) {
      return fail(
        'external-change',
        onDisk === null
          ? `${this.file} was moved or deleted by another program. Nothing was written; choose what to do with your changes.`
          : `${this.file} was changed by another program. Nothing was written; choose to reload it, keep your version, or save yours as a copy.`,
      );
    }
    this.seen = before;
    return ok(null);
  }

  /** Writes the document durably, unless another program changed the file ('external-change') or the disk refuses. */
  async save(doc: ProjectDoc): Promise<Result<null>> {
    const unchanged = await this.checkUnchangedOnDisk();
    if (!unchanged.ok) return unchanged;
    const bytes = Buffer.from(serializeProject(doc), 'utf8');
    try {
      await writeFileDurable(this.file, bytes);
    } catch (error) {
      return ioError(error, this.file, 'save');
    }
    this.expectedHash = hashBytes(bytes);
    this.seen = await this.statKey();
    return ok(null);
  }
}
