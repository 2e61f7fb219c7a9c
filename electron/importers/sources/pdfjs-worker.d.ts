// PDF.js ships no types for its worker module; Factdesk only hands the module to PDF.js (globalThis.pdfjsWorker).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
