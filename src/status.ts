/**
 * The google.rpc.Code table (google/rpc/code.proto) and its HTTP mapping (AIP-193), shared by the
 * client (to read errors) and the fake server (to write them). One table, so the two cannot disagree.
 */

/** The canonical error codes, by name. */
export const Code = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const;

export type CodeName = keyof typeof Code;
export type CodeNumber = (typeof Code)[CodeName];

/** HTTP status for each code, as Google's REST surface answers it (AIP-193). */
export const HTTP_STATUS_BY_CODE: Readonly<Record<CodeNumber, number>> = {
  0: 200,
  1: 499,
  2: 500,
  3: 400,
  4: 504,
  5: 404,
  6: 409,
  7: 403,
  8: 429,
  9: 400,
  10: 409,
  11: 400,
  12: 501,
  13: 500,
  14: 503,
  15: 500,
  16: 401,
};

const NAME_BY_NUMBER = Object.fromEntries(Object.entries(Code).map(([name, n]) => [n, name])) as Record<
  CodeNumber,
  CodeName
>;

/** The name of a code number, or undefined for a number outside google.rpc.Code. */
export function codeName(code: number): CodeName | undefined {
  return NAME_BY_NUMBER[code as CodeNumber];
}

/** The number of a code name, or undefined for an unknown name. */
export function codeNumber(name: string): CodeNumber | undefined {
  return Object.hasOwn(Code, name) ? Code[name as CodeName] : undefined;
}

/** The HTTP status Google answers for a code. */
export function httpStatusOf(code: CodeNumber): number {
  return HTTP_STATUS_BY_CODE[code];
}

/**
 * The code a bare HTTP status stands for, when a response carries no google.rpc.Status (an HTML page
 * from a proxy, an empty 502). Several codes share a status (400: INVALID_ARGUMENT, FAILED_PRECONDITION,
 * OUT_OF_RANGE); the table picks the one gax picks for each. Unlisted statuses fall back by class.
 */
export function codeFromHttpStatus(status: number): CodeNumber {
  switch (status) {
    case 200:
      return Code.OK;
    case 400:
      return Code.INVALID_ARGUMENT;
    case 401:
      return Code.UNAUTHENTICATED;
    case 403:
      return Code.PERMISSION_DENIED;
    case 404:
      return Code.NOT_FOUND;
    case 409:
      return Code.ABORTED;
    case 412:
      return Code.FAILED_PRECONDITION;
    case 416:
      return Code.OUT_OF_RANGE;
    case 429:
      return Code.RESOURCE_EXHAUSTED;
    case 499:
      return Code.CANCELLED;
    case 501:
      return Code.UNIMPLEMENTED;
    case 502:
    case 503:
      return Code.UNAVAILABLE;
    case 504:
      return Code.DEADLINE_EXCEEDED;
    default:
      if (status >= 200 && status < 300) return Code.OK;
      if (status >= 400 && status < 500) return Code.FAILED_PRECONDITION;
      if (status >= 500 && status < 600) return Code.INTERNAL;
      return Code.UNKNOWN;
  }
}
