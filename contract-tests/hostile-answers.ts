/**
 * Answers the kit refuses to take in, whatever the server: a redirect to another origin, a body past
 * the cap, JSON nested past the limit. The transport (transport.ts) throws them; the runner turns each
 * into a failed check of its own name, and the run goes on with the next scenario. Nothing a server
 * sends ends the process (pitfalls 21, 25, 26).
 */
import { AutomlOpsError, ResponseTooDeepError, ResponseTooLargeError } from "../src/errors.js";
import { MAX_JSON_DEPTH } from "../src/json-depth.js";

/**
 * The server redirected to another origin. The kit does not follow: the user's headers (`--token`,
 * `-H`) must not reach a host the user did not name, and that host's answers are not the target's.
 */
export class CrossOriginRedirectError extends AutomlOpsError {
  override name = "CrossOriginRedirectError";
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    readonly location: string,
  ) {
    super(`${method} ${url}: ${status} redirect to another origin, not followed: Location ${location}`);
  }
}

/** The check each refused answer fails, with its Received / Documented message. */
export interface HostileFinding {
  check: "redirectStaysOnOrigin" | "responseSizeBounded" | "responseDepthBounded";
  message: string;
}

/** The check names, for the catalog (`automl-ops help checks`, --checks). */
export const HOSTILE_CHECKS = ["redirectStaysOnOrigin", "responseSizeBounded", "responseDepthBounded"] as const;

/** The refused answer behind `error` (itself or a cause: an SDK call wraps nothing of these), if any. */
export function hostileFinding(error: unknown): HostileFinding | undefined {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    if (current instanceof CrossOriginRedirectError) {
      return {
        check: "redirectStaysOnOrigin",
        message: `${current.method} ${current.url} was redirected to another origin\nReceived: ${current.status} with Location ${current.location}\nDocumented: an answer from the target itself (the kit follows redirects only within its origin)`,
      };
    }
    if (current instanceof ResponseTooLargeError) {
      const received = current.declaredBytes === undefined ? `a body past ${current.maxBytes} bytes (read cancelled there)` : `Content-Length ${current.declaredBytes}`;
      return {
        check: "responseSizeBounded",
        message: `${current.method} ${current.url}: body too large\nReceived: ${received}\nDocumented: a body of at most ${current.maxBytes} bytes after decoding (--max-response-bytes)`,
      };
    }
    if (current instanceof ResponseTooDeepError) {
      return {
        check: "responseDepthBounded",
        message: `${current.method} ${current.url}: JSON nested too deep\nReceived: nesting past ${current.maxDepth} levels\nDocumented: JSON nested at most ${MAX_JSON_DEPTH} levels (protobuf's recursion limit)`,
      };
    }
    current = current.cause;
  }
  return undefined;
}
