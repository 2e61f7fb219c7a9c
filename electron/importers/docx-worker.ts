// Runs inside a worker thread that the importer stops after its time limit and heap cap: converts a DOCX to HTML
// with mammoth, external file access off, embedded style maps ignored and images never read.
// Bundled on its own as docx-worker.cjs next to the main bundle.
import { parentPort, workerData } from 'node:worker_threads';
import mammoth from 'mammoth';

export interface DocxWorkerData {
  bytes: Uint8Array;
}

export type DocxWorkerReply =
  { ok: true; html: string; images: number } | { ok: false; stage: 'convert'; reason: string };

/** Converts the document to HTML; images become empty <img> elements (counted), so no image is ever read. */
async function convert(buffer: Buffer): Promise<{ html: string; images: number }> {
  let images = 0;
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      externalFileAccess: false,
      includeEmbeddedStyleMap: false,
      styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
      convertImage: mammoth.images.imgElement(() => {
        images++;
        return Promise.resolve({ src: '' });
      }),
    },
  );
  return { html: result.value, images };
}

async function run(data: DocxWorkerData): Promise<DocxWorkerReply> {
  const buffer = Buffer.from(data.bytes.buffer, data.bytes.byteOffset, data.bytes.byteLength);
  try {
    return { ok: true, ...(await convert(buffer)) };
  } catch (error) {
    return { ok: false, stage: 'convert', reason: error instanceof Error ? error.message : String(error) };
  }
}

if (parentPort) {
  const port = parentPort;
  void run(workerData as DocxWorkerData).then((reply) => port.postMessage(reply));
}
