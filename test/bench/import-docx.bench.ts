// Bench: importing 5 MB DOCX files through importDraft (zip gate, worker-thread conversion, text extraction).
// Target case: a 5 MB newsroom draft as Word saves one: a long 20,000-word story with its photos embedded; at most
// 2 s (median of 3). Also printed, without a target: a 5 MB DOCX that is nothing but text (about 15 million
// characters, over a hundred times a long story), where mammoth's conversion dominates.
// Exits 1 when the target is missed. Run: node --import tsx test/bench/import-docx.bench.ts
import { importDraft } from '../../electron/importers/import-draft';
import { buildDocx, paragraph, picture, run } from '../fixtures/importers/docx-builder';

const TARGET_MS = 2000;
const TARGET_BYTES = 5_000_000;
const RUNS = 3;

/** A deterministic pseudo-random generator, so every run builds the same document. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Made-up words from syllables: varied enough that the XML compresses like real prose, not like repeats. */
function vocabulary(random: () => number, size: number): string[] {
  const syllables = [
    'ka',
    'lo',
    'mer',
    'sta',
    'ri',
    'dun',
    'pe',
    'vol',
    'tis',
    'an',
    'gre',
    'bo',
    'chi',
    'nu',
    'wex',
    'fa',
  ];
  const words: string[] = [];
  for (let i = 0; i < size; i++) {
    let word = '';
    const count = 1 + Math.floor(random() * 3);
    for (let k = 0; k < count; k++) word += syllables[Math.floor(random() * syllables.length)];
    words.push(word);
  }
  return words;
}

function sentence(random: () => number, words: string[]): string {
  const length = 8 + Math.floor(random() * 18);
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(words[Math.floor(random() * words.length)] ?? 'word');
  if (random() < 0.3) out.push(String(Math.floor(random() * 100_000)));
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Builds a DOCX of about `targetBytes`, adding paragraphs until the zip reaches that size. */
function buildLargeDocx(targetBytes: number): { bytes: Uint8Array; paragraphs: number } {
  const random = generator(20_251_126);
  const words = vocabulary(random, 6000);
  const body: string[] = [];
  let paragraphs = 0;
  let bytes: Uint8Array = new Uint8Array();
  let batch = 20_000;
  while (bytes.length < targetBytes) {
    for (let i = 0; i < batch; i++, paragraphs++) {
      if (paragraphs % 20 === 0) body.push(paragraph(run(sentence(random, words).slice(0, 60)), 'Heading2'));
      const sentences = 2 + Math.floor(random() * 4);
      const text = Array.from({ length: sentences }, () => sentence(random, words)).join(' ');
      body.push(paragraph(run(text.slice(0, 40)) + run(text.slice(40), { italic: random() < 0.1 })));
    }
    bytes = buildDocx({ body: body.join('') });
    batch = Math.max(500, Math.ceil(((targetBytes - bytes.length) / Math.max(1, bytes.length)) * paragraphs));
  }
  return { bytes, paragraphs };
}

/** A 20,000-word story with headings and embedded photos (incompressible bytes, stored as Word stores JPEGs). */
function buildStoryWithPhotos(targetBytes: number): { bytes: Uint8Array; paragraphs: number } {
  const random = generator(11_26);
  const words = vocabulary(random, 6000);
  const body: string[] = [];
  let count = 0;
  let paragraphs = 0;
  while (count < 20_000) {
    if (paragraphs % 12 === 0) body.push(paragraph(run(sentence(random, words).slice(0, 60)), 'Heading2'));
    const text = Array.from({ length: 3 }, () => sentence(random, words)).join(' ');
    count += text.split(' ').length;
    body.push(paragraph(run(text)));
    paragraphs++;
  }
  const text = buildDocx({ body: body.join('') });
  const photos = 12;
  const photoBytes = Math.max(1, Math.floor((targetBytes - text.length) / photos));
  const media = Array.from({ length: photos }, (_, i) => {
    const data = new Uint8Array(photoBytes);
    for (let k = 0; k < data.length; k++) data[k] = Math.floor(random() * 256);
    return { name: `photo${i + 1}.png`, data };
  });
  const relationships = media.map((m, i) => ({
    id: `rIdPhoto${i + 1}`,
    type: 'image' as const,
    target: `media/${m.name}`,
  }));
  const withPhotos = body.flatMap((p, i) =>
    i % Math.floor(body.length / photos) === 0 && i / Math.floor(body.length / photos) < photos
      ? [paragraph(picture(`rIdPhoto${i / Math.floor(body.length / photos) + 1}`, { description: 'Photo' })), p]
      : [p],
  );
  return { bytes: buildDocx({ body: withPhotos.join(''), relationships, media }), paragraphs };
}

async function measure(label: string, bytes: Uint8Array, paragraphs: number, target: number | null) {
  const times: number[] = [];
  let chars = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const result = await importDraft({ bytes, fileName: 'bench.docx' });
    times.push(performance.now() - started);
    if (!result.ok) {
      console.error(`import-docx: the import failed: ${result.error.message}`);
      process.exit(1);
    }
    chars = result.value.text.length;
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? Infinity;
  return {
    row: {
      case: label,
      'file (MB)': (bytes.length / 1_000_000).toFixed(2),
      paragraphs,
      'draft chars': chars,
      'runs (ms)': times.map((t) => Math.round(t)).join(' / '),
      'median (ms)': Math.round(median),
      'target (ms)': target ?? '-',
      result: target === null ? 'reported' : median <= target ? 'met' : 'MISSED',
    },
    met: target === null || median <= target,
  };
}

async function main(): Promise<void> {
  const story = buildStoryWithPhotos(TARGET_BYTES);
  const textOnly = buildLargeDocx(TARGET_BYTES);
  const a = await measure('5 MB draft: 20,000 words + photos', story.bytes, story.paragraphs, TARGET_MS);
  const b = await measure('5 MB of text only (stress)', textOnly.bytes, textOnly.paragraphs, null);
  console.table([a.row, b.row]);
  process.exit(a.met ? 0 : 1);
}

await main();
