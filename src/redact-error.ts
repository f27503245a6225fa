/**
 * Keeping the token out of the errors the client throws. A server may echo the Authorization header in
 * its error message, its details, a body that is not the envelope, or a network layer may put it in an
 * error's message; every error leaving the client passes through `redactError` with the tokens in play,
 * so its message, stack, String(), JSON form and fields hold none of them (redact.ts finds each form).
 */
import { AutomlOpsError } from "./errors.js";
import { redactDeep, redactSecrets } from "./redact.js";

/** Strings and keys looked at before a value is assumed to need redacting (cycles, huge bodies). */
const WALK_BUDGET = 10_000;

/** Whether any string or key inside `value` holds a secret. */
function mentions(value: unknown, secrets: readonly string[]): boolean {
  const stack: unknown[] = [value];
  let budget = WALK_BUDGET;
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "string") {
      if (redactSecrets(item, secrets) !== item) return true;
      continue;
    }
    if (typeof item !== "object" || item === null) continue;
    if (--budget < 0) return true;
    for (const [key, inner] of Object.entries(item)) {
      if (redactSecrets(key, secrets) !== key) return true;
      stack.push(inner);
    }
  }
  return false;
}

function redactValue(value: unknown, secrets: readonly string[], depth: number): unknown {
  if (typeof value === "string") return redactSecrets(value, secrets);
  if (value instanceof Error) return redactError(value, secrets, depth - 1);
  if (Array.isArray(value) && value.length > 0 && value.every((item) => item instanceof Error)) {
    return value.map((item: Error) => redactError(item, secrets, depth - 1));
  }
  return mentions(value, secrets) ? redactDeep(value, secrets) : value;
}

/** Overwrites an own property, whatever its attributes (an error's `message` and `stack` are not enumerable). */
function put(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: Object.prototype.propertyIsEnumerable.call(target, key) });
}

function redactOwn(target: Error, source: Error, secrets: readonly string[], depth: number): void {
  put(target, "message", redactSecrets(source.message, secrets));
  if (typeof source.stack === "string") put(target, "stack", redactSecrets(source.stack, secrets));
  if (source.cause !== undefined) put(target, "cause", redactValue(source.cause, secrets, depth));
  for (const key of Object.keys(source)) {
    if (key !== "message" && key !== "stack" && key !== "cause") {
      put(target, key, redactValue((source as unknown as Record<string, unknown>)[key], secrets, depth));
    }
  }
}

/**
 * `error` without any form of any secret. The SDK's own errors are redacted in place (they were made for
 * this call); another error (a fetch failure, a token function's) is returned as is when it holds no
 * secret, else as a redacted copy of the same class, so the original is never shown.
 */
export function redactError<T>(error: T, secrets: readonly string[], depth = 4): T {
  if (secrets.length === 0 || !(error instanceof Error) || depth < 0) return error;
  if (error instanceof AutomlOpsError) {
    redactOwn(error, error, secrets, depth);
    return error;
  }
  const ownText = [error.message, error.stack ?? "", ...Object.keys(error).map((key) => (error as unknown as Record<string, unknown>)[key])];
  if (!mentions(ownText, secrets) && (error.cause === undefined || redactValue(error.cause, secrets, depth) === error.cause)) {
    return error;
  }
  const copy = Object.create(Object.getPrototypeOf(error) as object) as Error;
  put(copy, "name", error.name);
  redactOwn(copy, error, secrets, depth);
  return copy as T;
}
