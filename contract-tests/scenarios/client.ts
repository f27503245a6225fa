/**
 * The same behaviours driven through the SDK (createOperationsClient with `validateResponses: true`):
 * when the client and the spec drift apart, these fail even if the raw HTTP scenarios pass.
 */
import { Code, createOperationsClient, type Operation, type OperationsClient } from "../../src/index.js";
import { clientCallSucceeded, clientRejectedWith, isApiErrorWith, settle } from "../checks/client.js";
import { operationIsDone, operationIsNamed, operationNameUnderParent } from "../checks/operation.js";
import { cancelEndedOperation } from "../checks/semantics.js";
import { note } from "../checks/verdict.js";
import type { Scenario, ScenarioContext } from "../scenario.js";
import { DEFAULT_REQUEST_TIMEOUT_MS } from "../target.js";
import { findOperation, isFinished, isRunning, missingOperationId } from "./pool.js";

/** Enough to hold a seeded or real parent; bounded so a never-ending listing cannot hang the run. */
const MAX_LISTED = 2_000;

function clientFor(ctx: ScenarioContext): OperationsClient {
  const { baseUrl, token, fetch, timeoutMs, allowInsecureHttp } = ctx.target;
  return createOperationsClient({
    baseUrl,
    ...(token !== undefined ? { token } : {}),
    ...(fetch ? { fetch } : {}),
    validateResponses: true,
    retry: false,
    timeoutMs: timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    allowInsecureHttp: allowInsecureHttp === true,
  });
}

async function listWithClient(client: OperationsClient, ctx: ScenarioContext): Promise<Operation[]> {
  // A stateless mock repeats one static page with a nextPageToken forever: read one page there.
  if (!ctx.target.capabilities.stateful) return (await client.listPage(ctx.target.parent)).operations ?? [];
  const all: Operation[] = [];
  for await (const op of client.list(ctx.target.parent)) {
    all.push(op);
    if (all.length >= MAX_LISTED) break;
  }
  return all;
}

export const clientScenarios: Scenario[] = [
  {
    id: "client-lists-and-gets",
    title: "the client lists the parent and gets a listed operation, both valid against the spec",
    kind: "client",
    operationIds: ["listOperations", "getOperation"],
    async run(ctx) {
      const client = clientFor(ctx);
      const listed = await settle(() => listWithClient(client, ctx));
      if (!ctx.apply(clientCallSucceeded, "list", listed) || !listed.ok) return;
      const name = listed.value[0]?.name;
      if (!name) return ctx.notExercised(`the client listed no operations under ${ctx.target.parent}`);
      for (const op of listed.value) ctx.apply(operationNameUnderParent, op, ctx.target.parent);
      const got = await settle(() => client.get(name));
      if (!ctx.apply(clientCallSucceeded, "get", got) || !got.ok) return;
      if (ctx.target.capabilities.stateful) ctx.apply(operationIsNamed, got.value, name);
    },
  },
  {
    id: "client-waits-for-a-finished-operation",
    title: "the client's wait on a finished operation returns it done",
    kind: "client",
    operationIds: ["listOperations", "waitOperation"],
    async run(ctx) {
      const finished = await findOperation(ctx, isFinished, "finished operation");
      const waited = await settle(() => clientFor(ctx).wait(String(finished.name), { timeout: "10s" }));
      if (isApiErrorWith(waited, "UNIMPLEMENTED")) return void ctx.check("clientCallSucceeded", ctx.scenario.operationIds, () => note("wait is UNIMPLEMENTED here, which the spec allows"));
      if (ctx.apply(clientCallSucceeded, "wait", waited) && waited.ok) ctx.apply(operationIsDone, waited.value);
    },
  },
  {
    id: "client-cancel-ends-cancelled",
    title: "the client's cancel, then polling, ends a running operation with CANCELLED",
    kind: "client",
    operationIds: ["listOperations", "cancelOperation", "getOperation"],
    requires: ["stateful", "destructive"],
    async run(ctx) {
      const running = await findOperation(ctx, isRunning, "running operation");
      const client = clientFor(ctx);
      const name = String(running.name);
      const cancelSentAt = Date.now();
      if (!ctx.apply(clientCallSucceeded, "cancel", await settle(() => client.cancel(name)))) return;
      const polled = await settle(() => client.pollUntilDone(name, { initialDelayMs: 20, maxDelayMs: 200, totalTimeoutMs: 5_000 }));
      if (ctx.apply(clientCallSucceeded, "pollUntilDone", polled) && polled.ok) ctx.apply(cancelEndedOperation, polled.value, cancelSentAt);
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
      ctx.apply(clientRejectedWith, "cancel", await settle(() => client.cancel(name)), "NOT_FOUND", Code.NOT_FOUND);
    },
  },
  {
    id: "client-delete-then-get-not-found",
    title: "after the client deletes an operation, its get rejects with NOT_FOUND",
    kind: "client",
    operationIds: ["listOperations", "deleteOperation", "getOperation"],
    requires: ["stateful", "destructive"],
    async run(ctx) {
      const finished = await findOperation(ctx, isFinished, "finished operation");
      const client = clientFor(ctx);
      const name = String(finished.name);
      if (!ctx.apply(clientCallSucceeded, "delete", await settle(() => client.delete(name)))) return;
      ctx.apply(clientRejectedWith, "get", await settle(() => client.get(name)), "NOT_FOUND", Code.NOT_FOUND);
    },
  },
];
