/**
 * Scenarios made from the spec alone, one set per operation: a documented request, an unknown resource,
 * malformed input and a missing token. A new endpoint in the spec gets all of them with no new code.
 * Those of a method that starts operations run only with --start-operations, on a target that serves it.
 */
import { send, type CallOptions } from "../exchange.js";
import { anyCarriesType, doneConsistency } from "../checks/operation.js";
import { invalidArgumentAnswered, malformedInputRejected, missingTokenRefused, undocumentedMethodRefused } from "../checks/semantics.js";
import { MethodUnimplemented, type Scenario, type ScenarioContext } from "../scenario.js";
import { deref, type JsonSchema, type SpecModel, type SpecOperation } from "../spec-model.js";
import { parentParams } from "../target.js";
import { readStarters } from "../../src/spec/operation-info.js";
import type { OpenApiDocument } from "../../src/spec/document.js";
import { claimOperations, findOperation, isRunning, missingOperationId, operationIdOf } from "./pool.js";
import { ensureServed } from "./served.js";

const PARENT_PARAMS = Object.keys(parentParams("projects/p/locations/l"));
const BAD_PATH_VALUES = ["contract/test/slash", "", "%"];

/** Path parameters the target's parent does not supply (the operation id). */
function itemParams(op: SpecOperation): string[] {
  return op.parameters.filter((p) => p.in === "path" && !PARENT_PARAMS.includes(p.name)).map((p) => p.name);
}

/** The request the spec documents for the operation: given path values (or one id for every item parameter), and the body example if any. */
function documentedRequest(op: SpecOperation, id: string | Record<string, string>): CallOptions {
  const path = typeof id === "string" ? Object.fromEntries(itemParams(op).map((name) => [name, id])) : id;
  const options: CallOptions = { path };
  if (op.requestBody?.example !== undefined) options.body = op.requestBody.example;
  return options;
}

/**
 * An id to address. Reads use a listed operation. Other methods change state, so a documented request
 * goes to an unknown id (its success paths run in the semantic scenarios) and malformed input goes to a
 * real operation only on a destructive target: a server that checks existence before the body would
 * otherwise answer NOT_FOUND where INVALID_ARGUMENT is due. That operation is claimed, since a server
 * that wrongly accepts the input changes it. Without a list (UNIMPLEMENTED), an unknown id serves.
 */
async function usableId(ctx: ScenarioContext, op: SpecOperation, malformed: boolean): Promise<string> {
  if (itemParams(op).length === 0) return "";
  const reads = op.method === "GET";
  if (!reads && (!malformed || !ctx.target.capabilities.destructive)) return missingOperationId();
  try {
    // A running one first: on a finished one a server may answer FAILED_PRECONDITION before reading the body.
    const found = reads
      ? await findOperation(ctx, () => true, "operation of any kind")
      : (await claimOperations(ctx, isRunning, "operation of any kind", 1, () => true))[0]!;
    return operationIdOf(found);
  } catch (error) {
    if (malformed && error instanceof MethodUnimplemented) return missingOperationId();
    throw error;
  }
}

/** Where a request is addressed, and whether what it names may not exist there. */
interface Addressed {
  path: Record<string, string>;
  /** No AIP orders INVALID_ARGUMENT before NOT_FOUND: where the resource may be missing, NOT_FOUND is a legal answer to bad input. */
  mayBeMissing: boolean;
}

/**
 * The path of a request. A method that starts operations names a model or a dataset, never an
 * operation: malformed input goes to the resource the start requests or the spec's examples name (which
 * may not exist on the target), anything else to an unknown one, so nothing is started.
 */
async function addressOf(ctx: ScenarioContext, op: SpecOperation, malformed: boolean, starter: boolean): Promise<Addressed> {
  const params = itemParams(op);
  if (starter) {
    const planned = ctx.run.starts.get(op.operationId)?.path ?? {};
    const named = malformed && params.every((name) => planned[name] !== undefined);
    return { path: Object.fromEntries(params.map((name) => [name, named ? planned[name]! : missingOperationId()])), mayBeMissing: true };
  }
  const id = await usableId(ctx, op, malformed);
  return { path: Object.fromEntries(params.map((name) => [name, id])), mayBeMissing: params.length > 0 && id.startsWith("contract-test-missing-") };
}

interface BadInput {
  label: string;
  options: CallOptions;
  /** The service must answer INVALID_ARGUMENT, not just any 4xx. */
  invalidArgument: boolean;
}

/** Malformed requests derived from the operation's parameter and body schemas. */
function badInputs(ctx: ScenarioContext, op: SpecOperation, id: Record<string, string>): BadInput[] {
  const { spec, schemas } = ctx.checks;
  const valid = (schema: JsonSchema, value: unknown) => schemas.compile(schema)(value).valid;
  const base = documentedRequest(op, id);
  const inputs: BadInput[] = [];
  for (const param of op.parameters) {
    if (param.in === "path" && itemParams(op).includes(param.name)) {
      const bad = BAD_PATH_VALUES.find((v) => v !== "" && !valid(param.schema, v));
      if (bad) inputs.push({ label: `bad ${param.name}`, options: { ...base, path: { ...base.path, [param.name]: bad } }, invalidArgument: false });
    }
    if (param.in === "query" && param.schema.type === "integer") {
      const below = typeof param.schema.minimum === "number" ? param.schema.minimum - 1 : undefined;
      for (const value of [below, "not-a-number"].filter((v) => v !== undefined)) {
        inputs.push({ label: `${param.name}=${value}`, options: { ...base, query: { [param.name]: value } }, invalidArgument: true });
      }
    }
  }
  const bodySchema = op.requestBody?.schema ? deref(spec.document, op.requestBody.schema) : undefined;
  if (bodySchema?.additionalProperties === false) {
    inputs.push({ label: "unknown body field", options: { ...base, body: { contractTestUnknownField: true } }, invalidArgument: true });
  }
  for (const [name, raw] of Object.entries((bodySchema?.properties ?? {}) as Record<string, JsonSchema>)) {
    if (typeof deref(spec.document, raw).pattern !== "string" || valid(raw, "not-valid")) continue;
    inputs.push({ label: `bad ${name}`, options: { ...base, body: { [name]: "not-valid" } }, invalidArgument: true });
  }
  return inputs;
}

/**
 * What a scenario of a method that starts operations needs: starting operations creates, deploys and
 * deletes resources, and a server of the operations resource alone does not route these methods, so
 * such a scenario runs only on a target with `startOperations` (--start-operations), and only once the
 * target was seen to serve the method (scenarios/served.ts). Returns whether it may go on.
 */
function scopedTo(op: SpecOperation, starter: boolean): Pick<Scenario, "requires"> & { served(ctx: ScenarioContext): Promise<boolean> } {
  return {
    ...(starter ? { requires: ["startOperations" as const] } : {}),
    served: async (ctx) => !starter || (await ensureServed(ctx, [op.operationId])),
  };
}

function scenariosFor(op: SpecOperation, creates: boolean, starter: boolean): Scenario[] {
  const ids = [op.operationId];
  const scope = scopedTo(op, starter);
  const requires = scope.requires ?? [];
  // A documented create starts real work on the target's parent (training a model costs money): its
  // lifecycle scenarios send it, on a target that allows starting operations (scenarios/lifecycle.ts).
  const documented: Scenario[] = creates
    ? []
    : [
        {
          id: `${op.operationId}-documented-request`,
          title: `${op.operationId}: a documented request gets a documented answer`,
          kind: "generic",
          operationIds: ids,
          ...(requires.length > 0 ? { requires } : {}),
          async run(ctx) {
            if (!(await scope.served(ctx))) return;
            const { path } = await addressOf(ctx, op, false, starter);
            const ex = await ctx.call(op.operationId, documentedRequest(op, path));
            const body = ex.response.json as { name?: unknown } | undefined;
            if (ex.response.status === 200 && body && typeof body.name === "string" && op.responses["200"]?.schema) {
              ctx.apply(anyCarriesType, body);
              ctx.apply(doneConsistency, body);
            }
          },
        },
      ];
  return [
    ...documented,
    ...(itemParams(op).length > 0
      ? [
          {
            id: `${op.operationId}-unknown-resource`,
            title: `${op.operationId}: an unknown resource gets a documented answer`,
            kind: "generic" as const,
            operationIds: ids,
            ...(requires.length > 0 ? { requires } : {}),
            async run(ctx: ScenarioContext) {
              if (!(await scope.served(ctx))) return;
              await ctx.call(op.operationId, documentedRequest(op, missingOperationId()));
            },
          },
        ]
      : []),
    {
      id: `${op.operationId}-malformed-input`,
      title: `${op.operationId}: malformed input is refused with a 4xx envelope`,
      kind: "generic",
      operationIds: ids,
      ...(requires.length > 0 ? { requires } : {}),
      // Sent to a real operation on destructive targets: a server that accepts it may change that operation.
      changesState: op.method !== "GET" && itemParams(op).length > 0,
      async run(ctx) {
        if (!(await scope.served(ctx))) return;
        const { path, mayBeMissing } = await addressOf(ctx, op, true, starter);
        const inputs = badInputs(ctx, op, path);
        if (inputs.length === 0) return;
        for (const input of inputs) {
          const ex = await ctx.call(op.operationId, { ...input.options, malformed: true });
          ctx.check(malformedInputRejected.name, ids, () => malformedInputRejected(ex, ctx.checks));
          if (input.invalidArgument) ctx.check(invalidArgumentAnswered.name, ids, () => invalidArgumentAnswered(ex, ctx.checks, mayBeMissing));
        }
      },
    },
    {
      id: `${op.operationId}-missing-token`,
      title: `${op.operationId}: a request without a token is refused`,
      kind: "generic",
      operationIds: ids,
      requires: ["auth", ...requires],
      requiresToken: true,
      async run(ctx) {
        if (!(await scope.served(ctx))) return;
        const ex = await ctx.call(op.operationId, { ...documentedRequest(op, missingOperationId()), withoutToken: true, malformed: true });
        ctx.apply(missingTokenRefused, ex, ctx.checks);
      },
    },
  ];
}

const PROBE_METHODS = ["GET", "POST", "DELETE", "PATCH"] as const;

/** For each path, a method it does not document must be refused (`GET …:cancel` must not be a get). */
function routingScenarios(spec: SpecModel, starters: ReadonlySet<string>): Scenario[] {
  const paths = [...new Set(spec.operations.map((op) => op.path))];
  return paths.flatMap((path) => {
    const ops = spec.operations.filter((op) => op.path === path);
    // GET on a collection is List (AIP-132): a spec that documents only create there (createModel) does
    // not mean the service has no list, so GET is no probe for such a path.
    const collection = !/[}:][^/]*$/.test(path);
    const method = PROBE_METHODS.find((m) => !ops.some((op) => op.method === m) && !(collection && m === "GET"));
    if (!method) return [];
    const first = ops[0]!;
    const starting = ops.filter((o) => starters.has(o.operationId)).map((o) => o.operationId);
    return [
      {
        id: `${first.operationId}-path-refuses-${method}`,
        title: `${method} on the path of ${ops.map((o) => o.operationId).join(" and ")} is refused`,
        kind: "generic" as const,
        operationIds: ops.map((o) => o.operationId),
        requires: ["strictRouting" as const, ...(starting.length > 0 ? ["startOperations" as const] : [])],
        async run(ctx: ScenarioContext) {
          if (!(await ensureServed(ctx, starting))) return;
          // Sent raw: the spec documents no response for this method, so the generic checks do not apply.
          const probe = { ...first, method: method as SpecOperation["method"] };
          const ex = await send(ctx.target, probe, { ...documentedRequest(first, missingOperationId()), body: undefined, malformed: true });
          ctx.apply(undocumentedMethodRefused, ex);
        },
      },
    ];
  });
}

/** Every generic scenario for every operation and path of the spec. */
export function genericScenarios(spec: SpecModel): Scenario[] {
  // Methods that start an operation creating a resource under the target's parent (x-operation-info on
  // a collection path): their documented request is their lifecycle's start, not a generic scenario.
  const starters = readStarters(spec.document as OpenApiDocument);
  const creates = new Set(starters.filter((s) => s.target === "parent").map((s) => s.operationId));
  const starting = new Set(starters.map((s) => s.operationId));
  return [
    ...spec.operations.flatMap((op) => scenariosFor(op, creates.has(op.operationId), starting.has(op.operationId))),
    ...routingScenarios(spec, starting),
  ];
}
