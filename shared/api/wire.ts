// JSON for the HTTP transport with binary data: a Uint8Array travels as {"$bytes": "<base64>"} and is turned back
// into a Uint8Array on arrival. (IPC carries Uint8Array natively and does not need this.)

// Both exist in browsers and in Node 16+; shared/ compiles without DOM or Node types, so they are declared here.
declare function btoa(data: string): string;
declare function atob(data: string): string;

const CHUNK = 0x8000;

/** Base64 of some bytes, without Node's Buffer (runs in the renderer too). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** Bytes from base64. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** JSON.stringify replacer: Uint8Array -> {$bytes}. */
export function wireReplacer(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? { $bytes: bytesToBase64(value) } : value;
}

/** JSON.parse reviver: {$bytes} -> Uint8Array. */
export function wireReviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const bytes = (value as { $bytes?: unknown }).$bytes;
    if (typeof bytes === 'string' && Object.keys(value).length === 1) return base64ToBytes(bytes);
  }
  return value;
}
