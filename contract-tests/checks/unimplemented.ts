/**
 * Which methods a server may leave out: those whose spec entry documents 501 UNIMPLEMENTED. The kit's
 * spec documents it for list, cancel, delete and wait, as google/longrunning/operations.proto says of
 * ListOperations, CancelOperation, DeleteOperation and WaitOperation: "If the server doesn't support this
 * method, it returns `google.rpc.Code.UNIMPLEMENTED`". GetOperation has no such clause (clients poll with
 * it, AIP-151), so its entry documents no 501 and a get answering 501 fails. The spec decides, so a spec
 * that grows an optional method needs no change here.
 */
import type { Exchange } from "../exchange.js";
import { violation, type CheckContext, type CheckOutcome } from "./verdict.js";

/** Whether a server may answer this operation with 501 UNIMPLEMENTED, whatever the request: its spec entry documents 501. */
export function mayBeUnimplemented(operationId: string, ctx: Pick<CheckContext, "spec">): boolean {
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
  return `${ex.operationId} answered 501 UNIMPLEMENTED, which the spec documents for this method (google.longrunning allows leaving it out)`;
}

/**
 * A method that starts operations the user named (with --only, or in --start-requests) is served: the
 * run was asked to test it, so a target that routes it nowhere fails here with what it answered
 * (`evidence`), where an unnamed one would only be listed as not served (scenarios/served.ts).
 */
export function methodServed(operationId: string, evidence: string | undefined): CheckOutcome {
  if (evidence === undefined) return;
  violation(`${operationId} is not served by the target, and the run was asked to test it`, evidence, `${operationId} routed (it was named with --only or in --start-requests)`);
}
