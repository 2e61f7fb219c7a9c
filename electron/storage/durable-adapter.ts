// The lowdb adapter for project.factdesk: validated reads, durable writes, and a refusal to write over a file that
// another program changed since we last read or wrote it.
import type { Adapter } from 'lowdb';
import { FactdeskError } from '../../shared/api/result';
import type { ProjectDoc } from '../../shared/model/project';
import { writeFileDurable } from './durable-write';
import { hashBytes, hashFileOnDisk, ioError, readProjectFile, serializeProject } from './project-file';

export class DurableProjectAdapter implements Adapter<ProjectDoc> {
  /** Hash of the bytes we last read or wrote; null before the first read of a new file. */
  expectedHash: string | null = null;

  constructor(readonly file: string) {}

  async read(): Promise<ProjectDoc | null> {
    const loaded = await readProjectFile(this.file);
    this.expectedHash = loaded.hash;
    return loaded.doc;
  }

  /** Throws 'external-change' when the file on disk is not the one we last saw. */
  async assertUnchangedOnDisk(): Promise<void> {
    const onDisk = await hashFileOnDisk(this.file);
    if (onDisk !== this.expectedHash) {
      throw new FactdeskError(
        'external-change',
        onDisk === null
          ? `${this.file} was moved or deleted by another program. Nothing was written; choose what to do with your changes.`
          : `${this.file} was changed by another program. Nothing was written; choose to reload it, keep your version, or save yours as a copy.`,
      );
    }
  }

  async write(doc: ProjectDoc): Promise<void> {
    await this.assertUnchangedOnDisk();
    const bytes = Buffer.from(serializeProject(doc), 'utf8');
    try {
      await writeFileDurable(this.file, bytes);
    } catch (error) {
      throw ioError(error, this.file, 'save');
    }
    this.expectedHash = hashBytes(bytes);
  }
}
