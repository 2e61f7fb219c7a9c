// `GET /api/export-file?projectId=...&path=...&mode=download|open&token=...`: the harness hands an exported appendix
// to the browser, to save (attachment) or to look at in a tab (inline, sandboxed). Only files inside the open
// project's exports folder are served.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Api } from '../../shared/api/contract';
import { fail } from '../../shared/api/result';
import { exportFileHeaders, resolveExportFile } from './export-file';
import { sendJson, writeHead } from './http-static';

/** Answers one request for an exported file; the caller has checked the host, the origin and the token. */
export async function serveExportFile(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  handlers: Pick<Api, 'getProject'>,
): Promise<void> {
  if (req.method !== 'GET') {
    sendJson(res, 405, fail('invalid-input', 'Factdesk hands out exported files with GET.'));
    return;
  }
  const projectId = url.searchParams.get('projectId') ?? '';
  const path = url.searchParams.get('path') ?? '';
  const mode = url.searchParams.get('mode') === 'open' ? 'open' : 'download';
  const project = projectId.length > 0 && projectId.length < 200 ? await handlers.getProject({ projectId }) : null;
  if (!project?.ok) {
    sendJson(res, 404, fail('not-found', 'That project is not open in Factdesk, so its exports cannot be opened.'));
    return;
  }
  const resolved = await resolveExportFile(project.value.folder, path);
  if (!resolved.ok) {
    sendJson(res, resolved.error.code === 'not-found' ? 404 : 403, resolved);
    return;
  }
  const real = resolved.value;
  const size = (await stat(real)).size;
  writeHead(res, 200, exportFileHeaders(real, size, mode));
  createReadStream(real).pipe(res);
}
