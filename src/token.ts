/**
 * The bearer token of each request: a fixed one (checked once, when the client is made) or a function
 * asked once per call, inside the call's deadline and signal, so a token function that never settles
 * cannot hang a call. Every value is checked with the same guard as the conformance kit's
 * (`checkTokenValue`) before it goes into a header, and the tokens sent are remembered so that errors can
 * be redacted (redact-error.ts).
 */
import { checkTokenValue, type TokenSource } from "./auth.js";
import { AutomlOpsError, TokenError } from "./errors.js";

/** Distinct tokens from a function remembered for redaction; a refreshed token replaces the oldest. */
const REMEMBERED = 16;

export interface Tokens {
  /** Whether requests carry a token at all. */
  readonly present: boolean;
  /** The Authorization value of a fixed token, sent as a default header; undefined with a function. */
  readonly fixed: string | undefined;
  /**
   * The Authorization value: a string when known at once, else a promise (race it with the call's
   * signal: deadline.ts's `untilAborted`). A token function that throws gives a TokenError; a value a header cannot
   * hold, an InvalidOptionError that never shows it.
   */
  ask(): string | Promise<string>;
  /** The tokens in play, for redaction. */
  secrets(): readonly string[];
}

/** The tokens of a client; checks a fixed token at once (InvalidOptionError without the token in it). */
export function createTokens(source: TokenSource | undefined): Tokens {
  if (typeof source === "string") {
    checkTokenValue(source);
    const secrets = [source];
    return { present: true, fixed: `Bearer ${source}`, ask: () => `Bearer ${source}`, secrets: () => secrets };
  }
  if (source === undefined) return { present: false, fixed: undefined, ask: () => "", secrets: () => [] };
  const sent = new Set<string>();
  const accept = (token: unknown): string => {
    checkTokenValue(token);
    sent.delete(token);
    sent.add(token);
    if (sent.size > REMEMBERED) sent.delete(sent.values().next().value!);
    return `Bearer ${token}`;
  };
  return {
    present: true,
    fixed: undefined,
    ask() {
      let value: string | Promise<string>;
      try {
        value = source();
      } catch (cause) {
        throw failure(cause);
      }
      if (typeof value === "string") return accept(value);
      return Promise.resolve(value).then(accept, (cause: unknown) => Promise.reject(failure(cause)));
    },
    secrets: () => [...sent],
  };
}

/** The token function's own typed errors (GoogleAuthError) pass as they are; anything else is wrapped. */
function failure(cause: unknown): AutomlOpsError {
  return cause instanceof AutomlOpsError ? cause : new TokenError(cause);
}
