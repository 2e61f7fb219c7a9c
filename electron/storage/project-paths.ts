// Where a project's files live, and turning what the user gave (a folder or its project.factdesk) into both.
import { promises as fs } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fail, ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import { PROJECT_FILE_NAME } from './project-file';

export interface ProjectPaths {
  folder: string;
  file: string;
}

/**
 * Accepts a project folder or the project.factdesk file in it (double-click passes the file). Refuses, as a value,
 * a path that does not exist or is not a project.
 */
export async function resolveProjectPath(input: string): Promise<Result<ProjectPaths, 'not-found' | 'not-a-project'>> {
  const full = resolve(input);
  const stat = await fs.stat(full).catch(() => null);
  if (!stat) return fail('not-found', `${full} does not exist.`);
  if (stat.isDirectory()) {
    const file = join(full, PROJECT_FILE_NAME);
    const inner = await fs.stat(file).catch(() => null);
    if (!inner?.isFile()) {
      return fail('not-a-project', `${full} is not a Factdesk project: it has no ${PROJECT_FILE_NAME} file.`);
    }
    return ok({ folder: full, file });
  }
  if (basename(full) !== PROJECT_FILE_NAME) {
    return fail(
      'not-a-project',
      `${full} is not a Factdesk project file: open the project's folder or the ${PROJECT_FILE_NAME} inside it.`,
    );
  }
  return ok({ folder: dirname(full), file: full });
}
