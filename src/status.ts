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

/** HTTP status for each code, as Google's REST surface answers it (AIP-193), indexed by code number. */
export const HTTP_STATUS_BY_CODE: Readonly<Record<CodeNumber, number>> = [
  200, 499, 500, 400, 504, 404, 409, 403, 429, 400, 409, 400, 501, 500, 503, 500, 401,
] as const;

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
  const exact = CODE_BY_HTTP_STATUS[status];
  if (exact !== undefined) return exact;
  if (status >= 200 && status < 300) return Code.OK;
  if (status >= 400 && status < 500) return Code.FAILED_PRECONDITION;
  if (status >= 500 && status < 600) return Code.INTERNAL;
  return Code.UNKNOWN;
}

const CODE_BY_HTTP_STATUS: Readonly<Record<number, CodeNumber>> = {
  200: Code.OK,
  400: Code.INVALID_ARGUMENT,
  401: Code.UNAUTHENTICATED,
  403: Code.PERMISSION_DENIED,
  404: Code.NOT_FOUND,
  409: Code.ABORTED,
  412: Code.FAILED_PRECONDITION,
  416: Code.OUT_OF_RANGE,
  429: Code.RESOURCE_EXHAUSTED,
  499: Code.CANCELLED,
  501: Code.UNIMPLEMENTED,
  502: Code.UNAVAILABLE,
  503: Code.UNAVAILABLE,
  504: Code.DEADLINE_EXCEEDED,
};
