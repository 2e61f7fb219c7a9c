// The one way into the handlers: the contract's validator runs first, then the handler, and every outcome is a
// Result. IPC (bindIpc), HTTP (bindHttp) and the CLI are three doors onto this call, so they refuse and answer alike.
import { validators } from '../../shared/api/contract';
import type { Api, MethodName } from '../../shared/api/contract';
import { issueText } from '../../shared/api/issues';
import type { IssueLike } from '../../shared/api/issues';
import { fail } from '../../shared/api/result';
import type { Result } from '../../shared/api/result';

/** Told about an exception a handler threw (a bug: refusals are values); the reply carries only the sentence. */
export type OnUnexpectedError = (method: MethodName, error: unknown) => void;

/** Turns validator issues into one sentence naming the fields that are wrong. */
export function describeInvalidInput(method: MethodName, issues: readonly IssueLike[]): string {
  const parts = issues.slice(0, 3).map((issue) => {
    const field = issue.path.map(String).join('.');
    return field ? `"${field}": ${issueText(issue)}` : issueText(issue);
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `Factdesk refused the request "${method}" because its input is not valid: ${parts.join('; ')}${more}.`;
}

/**
 * Validates `input` with the method's validator and runs the handler on the parsed value. Refused input is answered
 * 'invalid-input' without reaching the handler; the handler's own refusals are already Result values. The catch here
 * is the boundary for what a handler still throws, which is a bug: it is answered 'internal'.
 */
export async function callValidated(
  handlers: Api,
  method: MethodName,
  input: unknown,
  onUnexpectedError?: OnUnexpectedError,
): Promise<Result<unknown>> {
  const parsed = validators[method].safeParse(input);
  if (!parsed.success) return fail('invalid-input', describeInvalidInput(method, parsed.error.issues));
  try {
    const handler = handlers[method] as (value: unknown) => Promise<Result<unknown>>;
    return await handler.call(handlers, parsed.data);
  } catch (error) {
    onUnexpectedError?.(method, error);
    return failureOf(method, error);
  }
}

/**
 * The reply for something a handler threw, which is never a refusal (those are Result values) but a bug: 'internal'
 * with one sentence naming the method (the handler table and callValidated answer alike).
 */
export function failureOf(method: string, error: unknown): Result<never> {
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return fail(
    'internal',
    `Something unexpected went wrong in Factdesk while running "${method}"${detail}. Your last saved work is on disk.`,
  );
}

/** The handler table behind the validators: each method answers exactly as callValidated does. */
export function validatedApi(handlers: Api, onUnexpectedError?: OnUnexpectedError): Api {
  const api = {} as Record<MethodName, (input: unknown) => Promise<Result<unknown>>>;
  for (const method of Object.keys(validators) as MethodName[]) {
    api[method] = (input: unknown) => callValidated(handlers, method, input, onUnexpectedError);
  }
  return api as unknown as Api;
}
