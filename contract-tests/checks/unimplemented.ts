/**
 * Which methods a server may leave out. google/longrunning/operations.proto says of ListOperations,
 * CancelOperation, DeleteOperation and WaitOperation: "If the server doesn't support this method, it
 * returns `google.rpc.Code.UNIMPLEMENTED`". GetOperation has no such clause: clients poll with it
 * (AIP-151), so a get answering 501 fails. An operation whose spec entry documents 501 may be left out too.
 */
import type { Exchange } from "../exchange.js";
import type { CheckContext } from "./verdict.js";

/** The google.longrunning methods a server may answer UNIMPLEMENTED, by the spec's operationIds. */
export const OPTIONAL_LONGRUNNING_METHODS: ReadonlySet<string> = new Set([
  "listOperations",
  "cancelOperation",
  "deleteOperation",
  "waitOperation",
]);

/** Whether a server may answer this operation with 501 UNIMPLEMENTED, whatever the request. */
export function mayBeUnimplemented(operationId: string, ctx: Pick<CheckContext, "spec">): boolean {
  if (OPTIONAL_LONGRUNNING_METHODS.has(operationId)) return true;
  try {
    return ctx.spec.operation(operationId).responses["501"] !== undefined;
  } catch {
    return false;
  }
}

/** A 501 from an operation the server may leave out: the request was never judged, whatever it held. */
export function isLegalUnimplemented(ex: Exchange, ctx: Pick<CheckContext, "spec">): boolean {
  return ex.response.status === 501 && mayBeUnimplemented(ex.operationId, ctx);
}

/** The note a check gives such an answer. */
export function unimplementedNote(ex: Exchange): string {
  return `${ex.operationId} answered 501 UNIMPLEMENTED, which google.longrunning allows for this method`;
}
