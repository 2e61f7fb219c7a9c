// Adds several chosen or dropped files (or paths from the system picker) as sources one after another, each with the details Factdesk suggests from
// its preview. A file that cannot be added that way (too large, unreadable, an encoding or column question, an
// importer's refusal) is reported with its sentence and the next file goes on.
import type { Api } from '../../../shared/api/contract';
import type { LibraryName, ProjectView, SourceView } from '../../../shared/api/views';
import { bytesToBase64 } from '../import/base64';
import type { FileOutcome } from './add-many-state';
import { initialMapping, needsMapping } from './add-source-state';
import { metaFromPreview, toMeta } from './source-meta';
import { MAX_SOURCE_BYTES } from './use-add-source';

/** A file to add: one the user chose or dropped in the window (its bytes are read here), or a path the system picker gave. */
export type ManyFile = File | { readonly path: string; readonly name: string };

export interface AddManyHost {
  api: Api;
  projectId: string;
  library: LibraryName;
  onAdded(source: SourceView, view: ProjectView | null): void;
  /** Called as each file starts and as it ends. */
  onOutcome(index: number, outcome: FileOutcome): void;
}

type FileSource = { kind: 'path'; path: string } | { kind: 'bytes'; fileName: string; base64: string };

/** What the Api is sent for `file`, or the sentence saying why it cannot be sent. */
async function sourceOf(file: ManyFile): Promise<FileSource | string> {
  if (!(file instanceof File)) return { kind: 'path', path: file.path };
  if (file.size > MAX_SOURCE_BYTES) {
    const mb = (file.size / (1024 * 1024)).toFixed(1);
    return `${file.name} is ${mb} MB; Factdesk adds sources of up to 20 MB.`;
  }
  try {
    return { kind: 'bytes', fileName: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
  } catch {
    return `Factdesk could not read ${file.name}. Check that the file is still there.`;
  }
}

async function addOne(host: AddManyHost, file: ManyFile): Promise<FileOutcome> {
  const source = await sourceOf(file);
  if (typeof source === 'string') return { state: 'refused', message: source };
  const { api, projectId, library } = host;
  const preview = await api.previewSource({ projectId, file: source });
  if (!preview.ok) {
    return {
      state: 'refused',
      message:
        preview.error.code === 'needs-encoding'
          ? `${preview.error.message} Add this file on its own to choose its encoding.`
          : preview.error.message,
    };
  }
  const { text, ...rest } = initialMapping(preview.value);
  if (needsMapping(preview.value) && !text) {
    return {
      state: 'refused',
      message: `Factdesk could not tell which column of ${file.name} holds the quotes. Add it on its own to choose.`,
    };
  }
  const added = await api.addSource({
    projectId,
    library,
    file: source,
    ...(needsMapping(preview.value) && text ? { mapping: { text, ...rest } } : {}),
    meta: toMeta(metaFromPreview(preview.value)),
  });
  if (!added.ok) return { state: 'refused', message: added.error.message };
  host.onAdded(added.value.source, added.value.view);
  return { state: 'added', title: added.value.source.title };
}

/** Adds `files` in order; every file gets an outcome, whatever happened to the ones before it. */
export async function addManyFiles(host: AddManyHost, files: readonly ManyFile[]): Promise<void> {
  for (const [index, file] of files.entries()) {
    host.onOutcome(index, { state: 'adding' });
    let outcome: FileOutcome;
    try {
      outcome = await addOne(host, file);
    } catch {
      outcome = { state: 'refused', message: `Factdesk could not add ${file.name}.` };
    }
    host.onOutcome(index, outcome);
  }
}
