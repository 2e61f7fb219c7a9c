// Sharing a project with the newsroom, and opening a story someone shared: both start a StoryBridge on an open
// project session and connect it to the story's database. An unshared project never reaches this code.
import { createProjectFolder } from '../storage/create-project';
import { ProjectSession } from '../storage/project-session';
import type { SessionOptions } from '../storage/project-session';
import { ok } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';
import { StoryBridge } from './bridge';
import type { CouchSession } from './couch-session';
import type { SharedFileLimits } from './source-files';
import { storyDatabaseName } from './story-database';

export interface ShareOptions {
  session: ProjectSession;
  couch: CouchSession;
  device: string;
  user: () => string;
  now: () => string;
  /** How long the replication waits at most between tries while the server cannot be reached. */
  retryMs?: number;
  /** How large a source file may be to travel, and the size of its pieces. */
  fileLimits?: SharedFileLimits;
}

/** The address of a story's database on a server. */
export function storyDatabaseUrl(serverUrl: string, projectId: string): string {
  return `${serverUrl.replace(/\/$/, '')}/${storyDatabaseName(projectId)}`;
}

/**
 * Starts syncing an open project with its database on the newsroom's server (which an admin has prepared); refused
 * as StoryBridge.start refuses (a read-only project, a replica that cannot be opened).
 */
export async function shareProject(
  options: ShareOptions & { joining?: boolean },
): Promise<Result<StoryBridge, 'read-only' | 'io-error'>> {
  const started = await StoryBridge.start({
    joining: options.joining ?? false,
    session: options.session,
    device: options.device,
    user: options.user,
    now: options.now,
    ...(options.fileLimits ? { fileLimits: options.fileLimits } : {}),
  });
  if (!started.ok) return started;
  const bridge = started.value;
  bridge.connect(storyDatabaseUrl(options.couch.serverUrl, options.session.doc.id), options.couch, options.retryMs);
  return ok(bridge);
}

/**
 * Opens a story shared by someone else into a new project folder: an empty project with the story's id, filled by
 * the first sync.
 */
export async function openSharedStory(
  folder: string,
  story: { projectId: string },
  sessionOptions: SessionOptions,
  options: Omit<ShareOptions, 'session'>,
): Promise<Result<{ session: ProjectSession; bridge: StoryBridge }>> {
  const paths = await createProjectFolder(folder, { id: story.projectId, title: '', now: sessionOptions.now() });
  if (!paths.ok) return paths;
  const opened = await ProjectSession.open(paths.value, sessionOptions);
  if (!opened.ok) return opened;
  const session = opened.value;
  const bridge = await shareProject({ ...options, session, joining: true });
  if (!bridge.ok) {
    await session.close();
    return bridge;
  }
  return ok({ session, bridge: bridge.value });
}
