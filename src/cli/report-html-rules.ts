/**
 * The rule behind each check, for the HTML report's failures: what the check holds a server to, and
 * where that rule is written, an AIP (https://google.aip.dev) or the spec itself. A check the table
 * does not know (a name added later) is shown by name with its failure's "Documented" line, which every
 * ContractViolation carries.
 */
import type { SpecModel } from "../../contract-tests/spec-model.js";

/** Where a rule is written: an AIP by number, the spec's entry of the method, or a named source. */
export type RuleSource = { aip: number } | { spec: true } | { text: string; href?: string };

export interface Rule {
  /** What must hold, in one sentence. */
  rule: string;
  source: RuleSource;
}

const aip = (n: number) => ({ aip: n });
const SPEC = { spec: true } as const;
const LRO_PROTO = { text: "google/longrunning/operations.proto", href: "https://github.com/googleapis/googleapis/blob/master/google/longrunning/operations.proto" };

export const CHECK_RULES: Readonly<Record<string, Rule>> = {
  notAServerError: { rule: "No 5xx unless the method documents that very status (501 for the methods google.longrunning lets a server leave out).", source: SPEC },
  statusCodeConformance: { rule: "The HTTP status is one the spec documents for the method.", source: SPEC },
  contentTypeConformance: { rule: "The body has the media type the spec documents for that status (application/json).", source: SPEC },
  responseSchemaConformance: { rule: "The body matches the schema the spec documents for that status.", source: SPEC },
  errorEnvelopeConformance: { rule: "An error is the google.rpc.Status envelope: error.code is the HTTP status, error.status the name of a code mapped to it.", source: aip(193) },
  noProxyViolations: { rule: "Prism's validating proxy finds nothing in the exchange that the spec forbids.", source: SPEC },
  anyCarriesType: { rule: "Every Any (metadata, response, error details) carries its @type.", source: { text: "google/protobuf/any.proto (JSON mapping)", href: "https://protobuf.dev/programming-guides/json/" } },
  doneConsistency: { rule: "A running operation has neither error nor response; a done one at most one of them.", source: aip(151) },
  timestampsAreRfc3339: { rule: "Timestamps are RFC 3339 strings in UTC.", source: { text: "RFC 3339 (google.protobuf.Timestamp JSON)", href: "https://www.rfc-editor.org/rfc/rfc3339" } },
  operationNameUnderParent: { rule: "An operation's name lies under the parent's operations collection.", source: aip(151) },
  namesKeepOneProject: { rule: "Names in answers keep one project value: the id asked for or its canonical number, not both.", source: aip(122) },
  operationIsDone: { rule: "wait on a finished operation returns it done.", source: LRO_PROTO },
  operationIsNamed: { rule: "The answer is about the operation the request named.", source: aip(151) },
  answeredWith: { rule: "The request gets the google.rpc.Code the contract names for it.", source: aip(193) },
  answeredOneOf: { rule: "The request gets one of the answers the contract allows.", source: aip(193) },
  malformedInputRejected: { rule: "Malformed input is refused with a 4xx.", source: aip(193) },
  invalidArgumentAnswered: { rule: "Malformed input is answered INVALID_ARGUMENT (400).", source: aip(193) },
  missingTokenRefused: { rule: "A request without a token is answered UNAUTHENTICATED (401) or PERMISSION_DENIED (403).", source: aip(211) },
  cancelBodyAccepted: { rule: "cancel accepts no body and an empty message {} alike.", source: aip(151) },
  cancelEndedOperation: { rule: "A cancelled operation ends CANCELLED (code 1), or completes despite the cancel.", source: aip(151) },
  repeatedCancelHarmless: { rule: "A second cancel changes nothing.", source: aip(151) },
  pageWithinPageSize: { rule: "A page holds at most pageSize items.", source: aip(158) },
  paginationTerminates: { rule: "Walking the pages of an unchanged collection ends with an empty nextPageToken.", source: aip(158) },
  noOperationRepeated: { rule: "Pages of one walk never repeat an item.", source: aip(158) },
  pagesEqualWhole: { rule: "The pages together are the whole list: nothing lost, nothing invented.", source: aip(158) },
  filterMatches: { rule: "Every operation a filtered list returns matches the filter.", source: aip(160) },
  returnedWithin: { rule: "wait returns by its timeout (it may return earlier).", source: LRO_PROTO },
  listAgreesWithGet: { rule: "The list shows an operation as get does: done, error and response alike.", source: aip(132) },
  finishedOperationUnchanged: { rule: "A finished operation's result never changes, a cancel included.", source: aip(151) },
  operationAbsent: { rule: "A deleted operation no longer appears in the list.", source: aip(135) },
  undocumentedMethodRefused: { rule: "A method the spec does not document on a path is refused, not served by a neighbouring route.", source: SPEC },
  clientCallSucceeded: { rule: "The SDK's call succeeds and its answer passes the SDK's validation against the spec.", source: SPEC },
  clientRejectedWith: { rule: "The SDK's call fails with the google.rpc.Code the contract names.", source: aip(193) },
  metadataHasDeclaredType: { rule: "A started operation's metadata is an Any of the type its method declares (operation_info).", source: aip(151) },
  metadataHasDeclaredDetail: { rule: "The metadata carries the detail member its method declares.", source: SPEC },
  operationFinishedWithin: { rule: "A started operation ends within the operation timeout.", source: aip(151) },
  responseHasDeclaredType: { rule: "A finished operation's response is an Any of the type its method declares (operation_info).", source: aip(151) },
  responseMatchesDeclaredSchema: { rule: "A finished operation's response matches the declared message's schema.", source: SPEC },
  progressNeverDecreases: { rule: "A running operation's progressPercent and updateTime never go back.", source: aip(151) },
  doneResultNeverChanges: { rule: "Once an operation is seen done, its done, error and response never change in any later answer.", source: LRO_PROTO },
  createTimeNeverChanges: { rule: "An operation's metadata.createTime is the same instant in every answer.", source: aip(151) },
  updateTimeNeverGoesBack: { rule: "An operation's metadata.updateTime never goes back from one answer to a later one.", source: aip(151) },
  progressNeverGoesBack: { rule: "An operation's progressPercent never goes back from one answer to a later one.", source: aip(151) },
  deletedNeverReturns: { rule: "An operation answered NOT_FOUND after a delete never shows up again.", source: LRO_PROTO },
  listAndGetAgree: { rule: "List and get answered at the same time show an operation in the same state.", source: aip(151) },
  cancelLeavesOthersAlone: { rule: "A cancel acts on the operation it names: no other operation is cancelled or removed by it (seen twice before it is reported).", source: LRO_PROTO },
  deleteLeavesOthersAlone: { rule: "A delete removes the operation it names and no other (seen twice before it is reported).", source: LRO_PROTO },
  pageSizeZeroAccepted: { rule: "pageSize=0 means the server's default page size: it is answered with a page, not refused.", source: aip(158) },
  largePageSizeAccepted: { rule: "A pageSize above the server's maximum is coerced down, not refused.", source: aip(158) },
  redirectStaysOnOrigin: { rule: "A redirect stays on the server's origin: the kit never follows one elsewhere, where the user's headers would go.", source: { text: "RFC 9110 §15.4", href: "https://www.rfc-editor.org/rfc/rfc9110#section-15.4" } },
  responseSizeBounded: { rule: "An answer's body, decompressed, fits the kit's cap (--max-response-bytes).", source: { text: "the kit" } },
  responseDepthBounded: { rule: "An answer's JSON nests no deeper than the kit's limit (100, protobuf's recursion limit).", source: { text: "the kit" } },
  methodServed: { rule: "A method the user named (--only, --start-requests) is served: not 404 for every resource, its documented example included.", source: SPEC },
  scenario: { rule: "A scenario runs to its end: an unexpected error (a malformed answer the kit could not read, say) aborts it.", source: { text: "the kit" } },
};

/** The method's entry in the spec, such as `GET /v1beta1/{…}/operations/{operationsId}`, when the spec has it. */
function specEntry(spec: SpecModel | undefined, operationId: string | undefined): string | undefined {
  if (!spec || operationId === undefined) return undefined;
  try {
    const op = spec.operation(operationId);
    return `${op.method.toUpperCase()} ${op.path}`;
  } catch {
    return undefined;
  }
}

/** Where a rule is written, for people: text and, for an AIP, its page. */
export function describeSource(source: RuleSource, spec: SpecModel | undefined, operationIds: readonly string[]): { text: string; href?: string } {
  if ("aip" in source) return { text: `AIP-${source.aip}`, href: `https://google.aip.dev/${source.aip}` };
  if ("spec" in source) {
    const entry = specEntry(spec, operationIds[0]);
    const file = spec?.path.split("/").at(-1) ?? "the spec";
    return { text: entry ? `${file}: ${operationIds[0]} (${entry}), its responses` : file };
  }
  return source;
}
