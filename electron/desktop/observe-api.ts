// Wraps the Api so the shell can react after calls (rebuild the menu when recent projects change, follow the
// theme) without the handlers knowing about menus. No Electron at run time.
import { METHOD_NAMES } from '../../shared/api/contract';
import type { Api, MethodName } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';

export type AfterCall = (method: MethodName, input: unknown, result: Result<unknown>) => void;

/** An Api that calls `after` with each reply before returning it; `after` throwing never breaks the reply. */
export function observeApi<T extends Api>(api: T, after: AfterCall): T {
  const wrapped: Record<string, unknown> = { ...api };
  for (const method of METHOD_NAMES) {
    const original = api[method] as (input: unknown) => Promise<Result<unknown>>;
    wrapped[method] = async (input: unknown) => {
      const result = await original.call(api, input);
      try {
        after(method, input, result);
      } catch {
        // The reply matters more than the menu or theme refresh.
      }
      return result;
    };
  }
  return wrapped as T;
}
