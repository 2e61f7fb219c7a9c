// Fetching a web page for a source, only when someone asks to add it by its address: in the main process, with a
// time limit, a byte limit on the body (read as a stream and stopped once the limit is passed), a limit on
// redirects (each one checked to stay on http or https), and HTML or plain text only. Every refusal is answered as a
// Result with one sentence that names the address and what is wrong; nothing is kept from a refused fetch.
import { fail, ok } from '../../../shared/api/result';
import type { Result } from '../../../shared/api/result';
import { isWebAddress } from '../../../shared/model/source';
import { formatBytes } from '../docx-gate';

export interface WebFetchLimits {
  /** How long the whole fetch (redirects and body) may take, in milliseconds. */
  timeoutMs: number;
  /** Largest body, in bytes. */
  maxBytes: number;
  /** Most redirects followed. */
  maxRedirects: number;
}

export const WEB_FETCH_LIMITS: WebFetchLimits = { timeoutMs: 30_000, maxBytes: 10_000_000, maxRedirects: 5 };

export interface FetchedPage {
  requestedUrl: string;
  /** The address the page came from after redirects. */
  finalUrl: string;
  /** The body exactly as it came. */
  bytes: Uint8Array;
  /** The media type without parameters: "text/html" or "text/plain". */
  contentType: string;
  /** The charset the server named, if any. */
  charset: string | null;
  /** ISO time the answer arrived. */
  fetchedAt: string;
}

const ACCEPTED = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

function parseContentType(header: string | null): { type: string; charset: string | null } {
  const [type = '', ...params] = (header ?? '').split(';');
  const charset = params
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1])
    .find((c): c is string => Boolean(c));
  return { type: type.trim().toLowerCase(), charset: charset ?? null };
}

async function readLimited(
  response: Response,
  url: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Result<Uint8Array>> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    return tooLarge(url, maxBytes);
  }
  const reader = response.body?.getReader();
  if (!reader) return ok(new Uint8Array());
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    if (signal.aborted) throw signal.reason;
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return tooLarge(url, maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return ok(out);
}

function tooLarge(url: string, maxBytes: number): Result<never> {
  return fail(
    'invalid-file',
    `The page at ${url} is larger than ${formatBytes(maxBytes)}, so Factdesk stopped reading it; nothing was added.`,
  );
}

/**
 * Fetches `url` (http or https only) as a page for a source, or a refusal with a sentence naming the
 * address: 'invalid-input' for an address that is not http(s), 'io-error' when the server cannot be reached, answers
 * with an error status or takes too long, 'invalid-file' for too many redirects, a redirect away from http(s), an
 * answer that is not HTML or plain text, or a body past the byte limit. `signal` lets the caller cancel.
 */
export async function fetchWebPage(
  url: string,
  options: { limits?: Partial<WebFetchLimits>; signal?: AbortSignal; now?: () => string } = {},
): Promise<Result<FetchedPage>> {
  const limits = { ...WEB_FETCH_LIMITS, ...options.limits };
  if (!isWebAddress(url)) {
    return fail('invalid-input', `"${url}" is not a web address that starts with https:// or http://.`);
  }
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { accept: 'text/html, application/xhtml+xml, text/plain;q=0.8', 'user-agent': 'Factdesk' },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel().catch(() => {});
        if (redirects >= limits.maxRedirects) {
          return fail(
            'invalid-file',
            `${url} redirects more than ${limits.maxRedirects} times (it may loop), so Factdesk stopped following it; nothing was added.`,
          );
        }
        let next: string;
        try {
          next = new URL(response.headers.get('location')!, current).href;
        } catch {
          return fail('invalid-file', `${current} redirects to an address that cannot be read.`);
        }
        if (!isWebAddress(next)) {
          const shown: string = next;
          return fail(
            'invalid-file',
            `${current} redirects to "${shown.slice(0, 200)}", which is not an http or https address; Factdesk does not follow it.`,
          );
        }
        current = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        return fail(
          'io-error',
          `The server at ${current} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} instead of the page; nothing was added.`,
        );
      }
      const { type, charset } = parseContentType(response.headers.get('content-type'));
      if (!ACCEPTED.has(type)) {
        await response.body?.cancel().catch(() => {});
        return fail(
          'invalid-file',
          `${current} is ${type ? `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type} file` : 'a file of unknown type'}, not a web page; Factdesk adds HTML pages and plain text by address (download other files and add them as files).`,
        );
      }
      const fetchedAt = options.now?.() ?? new Date().toISOString();
      const bytes = await readLimited(response, current, limits.maxBytes, signal);
      if (!bytes.ok) return bytes;
      return ok({ requestedUrl: url, finalUrl: current, bytes: bytes.value, contentType: type, charset, fetchedAt });
    }
  } catch (error) {
    if (options.signal?.aborted) {
      return fail('cancelled', `Adding ${url} was cancelled; nothing was added.`);
    }
    if (timeout.aborted) {
      return fail(
        'io-error',
        `${url} did not answer within ${Math.round(limits.timeoutMs / 1000)} seconds, so Factdesk stopped waiting; nothing was added.`,
      );
    }
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return fail(
      'io-error',
      `Factdesk could not reach ${current}${cause?.code ? ` (${cause.code})` : ''}; check the address and the connection. Nothing was added.`,
    );
  }
}
