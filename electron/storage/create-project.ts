// Creating a new project folder: project.factdesk, sources/ and backups/.
import { promises as fs } from 'node:fs';
import { join, resolve } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import { createProjectDoc } from '../../shared/model/project';
import { BACKUPS_FOLDER } from './backups';
import { writeFileDurable } from './durable-write';
import { PROJECT_FILE_NAME, ioError, serializeProject } from './project-file';
import type { ProjectPaths } from './project-paths';

export const SOURCES_FOLDER = 'sources';

/**
 * Makes a project in `folder` (created when missing). Refuses, with a sentence, a file in the folder's place, a folder
 * that already holds a project, and a folder or file that cannot be written.
 */
export async function createProjectFolder(
  folderInput: string,
  input: { id: string; title: string; now: string },
): Promise<Result<ProjectPaths>> {
  const folder = resolve(folderInput);
  const file = join(folder, PROJECT_FILE_NAME);
  const existing = await fs.stat(folder).catch(() => null);
  if (existing && !existing.isDirectory()) {
    return fail('invalid-input', `${folder} is a file, not a folder: choose a folder for the new project.`);
  }
  if (await fs.stat(file).catch(() => null)) {
    return fail('project-exists', `${folder} already holds a Factdesk project. Open it, or choose another folder.`);
  }
  try {
    await fs.mkdir(join(folder, SOURCES_FOLDER), { recursive: true });
    await fs.mkdir(join(folder, BACKUPS_FOLDER), { recursive: true });
    await writeFileDurable(file, serializeProject(createProjectDoc(input)));
  } catch (error) {
    return ioError(error, file, 'create');
  }
  return ok({ folder, file });
}
