/**
 * The same behaviours driven through the SDK (createOperationsClient with `validateResponses: true`):
 * when the client and the spec drift apart, these fail even if the raw HTTP scenarios pass. The client
 * sends through the run's transport, so throttling is waited out for it too; it retries nothing itself.
 */
import { ApiError, Code, createOperationsClient, DeadlineError, type Operation, type OperationsClient } from "../../src/index.js";
import { clientCallSucceeded, clientRejectedWith, settle } from "../checks/client.js";
import { namesKeepOneProject, operationIsDone, operationIsNamed, operationNameUnderParent } from "../checks/operation.js";
import { cancelEndedOperation } from "../checks/semantics.js";
import type { Scenario, ScenarioContext } from "../scenario.js";
import { claimOperation, findOperation, isFinished, isRunning, LIST, missingOperationId, unimplementedAllowed } from "./pool.js";

function clientFor(ctx: ScenarioContext): OperationsClient {
  const { baseUrl, token, fetch, allowInsecureHttp } = ctx.target;
  // No timeoutMs: the run's transport bounds each attempt, and its waits for throttling must not count.
  return createOperationsClient({
    baseUrl,
    ...(token !== undefined ? { token } : {}),
    ...(fetch ? { fetch } : {}),
    validateResponses: true,
    retry: false,
    allowInsecureHttp: allowInsecureHttp === true,
  });
}

/** Pages through the client until it has an operation to get (one page on a stateless mock, whose token never ends). */
async function listWithClient(client: OperationsClient, ctx: ScenarioContext): Promise<Operation[]> {
  const all: Operation[] = [];
  const tokens = new Set<string>();
  let pageToken: string | undefined;
  do {
    const page = await client.listPage(ctx.target.parent, pageToken ? { pageToken } : {});
    all.push(...(page.operations ?? []));
    pageToken = page.nextPageToken || undefined;
    if (!ctx.target.capabilities.stateful || all.length > 0 || (pageToken && tokens.has(pageToken))) break;
    if (pageToken) tokens.add(pageToken);
  } while (pageToken);
  return all;
}

/** Ends the scenario as skipped when the client met a method the target may leave out. */
function stopIfUnimplemented(ctx: ScenarioContext, operationId: string, outcome: { ok: boolean; error?: unknown }): void {
  if (!outcome.ok && outcome.error instanceof ApiError && outcome.error.code === Code.UNIMPLEMENTED && unimplementedAllowed(ctx, operationId).length > 0) {
    ctx.unimplemented(operationId);
  }
}

export const clientScenarios: Scenario[] = [
  {
    id: "client-lists-and-gets",
    title: "the client lists the parent and gets a listed operation, both valid against the spec",
    kind: "client",
    operationIds: [LIST, "getOperation"],
    async run(ctx) {
      const client = clientFor(ctx);
      const listed = await settle(() => listWithClient(client, ctx));
      ctx.apply(clientCallSucceeded, "list", listed, unimplementedAllowed(ctx, LIST));
      stopIfUnimplemented(ctx, LIST, listed);
      if (!listed.ok) return;
      const name = listed.value[0]?.name;
      if (!name) return ctx.notExercised(`the client listed no operations under ${ctx.target.parent}`);
      for (const op of listed.value) {
        ctx.apply(operationNameUnderParent, op, ctx.target.parent);
        ctx.apply(namesKeepOneProject, op, ctx.run.answeredProjects);
      }
      const got = await settle(() => client.get(name));
      if (!ctx.apply(clientCallSucceeded, "get", got) || !got.ok) return;
      if (ctx.target.capabilities.stateful) ctx.apply(operationIsNamed, got.value, name);
    },
  },
  {
    id: "client-waits-for-a-finished-operation",
    title: "the client's wait on a finished operation returns it done",
    kind: "client",
    operationIds: [LIST, "waitOperation"],
    async run(ctx) {
      const finished = await findOperation(ctx, isFinished, "finished operation");
      const waited = await settle(() => clientFor(ctx).wait(String(finished.name), { timeout: "10s" }));
      if (ctx.apply(clientCallSucceeded, "wait", waited, unimplementedAllowed(ctx, "waitOperation")) && waited.ok) ctx.apply(operationIsDone, waited.value);
      stopIfUnimplemented(ctx, "waitOperation", waited);
    },
  },
  {
    id: "client-cancel-ends-cancelled",
    title: "the client's cancel, then polling, ends a running operation (CANCELLED, or completed despite it)",
    kind: "client",
    operationIds: [LIST, "cancelOperation", "getOperation"],
    requires: ["stateful", "destructive"],
    changesState: true,
    async run(ctx) {
      const name = String((await claimOperation(ctx, isRunning, "running operation")).name);
      const client = clientFor(ctx);
      const cancelSentAt = Date.now();
      const cancelled = await settle(() => client.cancel(name));
      if (!ctx.apply(clientCallSucceeded, "cancel", cancelled, unimplementedAllowed(ctx, "cancelOperation"))) return;
      stopIfUnimplemented(ctx, "cancelOperation", cancelled);
      const boundMs = ctx.run.cancelTimeoutMs;
      const started = Date.now();
      const polled = await settle(() => client.pollUntilDone(name, { initialDelayMs: 20, maxDelayMs: 500, totalTimeoutMs: boundMs }));
      const waited = { afterMs: Date.now() - started, boundMs };
      // Still running at the bound: the cancel never took effect, which cancelEndedOperation reports.
      const last = !polled.ok && polled.error instanceof DeadlineError ? polled.error.lastOperation : undefined;
      if (last) return void ctx.apply(cancelEndedOperation, last, cancelSentAt, waited);
      if (ctx.apply(clientCallSucceeded, "pollUntilDone", polled) && polled.ok) ctx.apply(cancelEndedOperation, polled.value, cancelSentAt, waited);
    },
  },
  {
    id: "client-sees-not-found",
    title: "the client's get and cancel of an unknown operation reject with NOT_FOUND",
    kind: "client",
    operationIds: ["getOperation", "cancelOperation"],
    requires: ["stateful"],
    async run(ctx) {
      const client = clientFor(ctx);
      const name = `${ctx.target.parent}/operations/${missingOperationId()}`;
      ctx.apply(clientRejectedWith, "get", await settle(() => client.get(name)), "NOT_FOUND", Code.NOT_FOUND);
      ctx.apply(clientRejectedWith, "cancel", await settle(() => client.cancel(name)), "NOT_FOUND", Code.NOT_FOUND, unimplementedAllowed(ctx, "cancelOperation"));
    },
  },
  {
    id: "client-delete-then-get-not-found",
    title: "after the client deletes an operation, its get rejects with NOT_FOUND",
    kind: "client",
    operationIds: [LIST, "deleteOperation", "getOperation"],
    requires: ["stateful", "destructive"],
    changesState: true,
    async run(ctx) {
      const name = String((await claimOperation(ctx, isFinished, "finished operation")).name);
      const client = clientFor(ctx);
      const deleted = await settle(() => client.delete(name));
      if (!ctx.apply(clientCallSucceeded, "delete", deleted, unimplementedAllowed(ctx, "deleteOperation"))) return;
      stopIfUnimplemented(ctx, "deleteOperation", deleted);
      ctx.apply(clientRejectedWith, "get", await settle(() => client.get(name)), "NOT_FOUND", Code.NOT_FOUND);
    },
  },
];
