/**
 * Where a lifecycle scenario starts its method: the path values (the planned ones, or for a standard
 * delete a resource the run created), the resource worked on, the parent its operation must be named
 * under, and the resources it takes turns on. Worked out from the starter's flat path (operation-info)
 * alone, so every annotated method gets it with no code of its own.
 */
import { nameOf, type StarterMethod } from "../../src/spec/operation-info.js";
import type { ScenarioContext } from "../scenario.js";
import type { PlannedStart } from "../start-requests.js";
import { parentParams } from "../target.js";

export interface StartTarget {
  /** Path values beyond the parent's. */
  path: Record<string, string>;
  /** The resource the method works on (name target), or the parent it creates under (parent target). */
  resource: string;
  /** Where its operation must be named: `projects/p/locations/l`. */
  operationsParent: string;
  /** With a standard create: the collection the new resource joins (`projects/p/locations/l/models`). */
  createsIn?: string;
}

const PARENT_PARAMS = Object.keys(parentParams("projects/p/locations/l"));

/** The values of `starter`'s own path parameters in a resource name of its shape. */
function valuesIn(name: string, starter: StarterMethod): Record<string, string> | undefined {
  const parts = name.split("/");
  const values: Record<string, string> = {};
  for (const [i, segment] of starter.segments.entries()) {
    if (parts[2 * i] !== segment.collection || parts[2 * i + 1] === undefined) return undefined;
    if (!PARENT_PARAMS.includes(segment.param)) values[segment.param] = parts[2 * i + 1]!;
  }
  return parts.length === 2 * starter.segments.length ? values : undefined;
}

/** The collection a standard delete removes from, with the target's parent filled in. */
function deletesFrom(ctx: ScenarioContext, plan: PlannedStart): string | undefined {
  const { starter } = plan;
  if (starter.standard !== "delete" || plan.pathGiven) return undefined;
  const values: Record<string, string> = { ...plan.path, ...parentParams(ctx.target.parent) };
  const owner = starter.segments.slice(0, -1);
  if (owner.some((s) => values[s.param] === undefined)) return undefined;
  const prefix = nameOf(owner, values);
  return `${prefix ? `${prefix}/` : ""}${starter.segments[starter.segments.length - 1]!.collection}`;
}

/**
 * Where to start: a standard delete removes a resource the run created in its collection, or the one
 * --start-requests names; never the target's own resources of the spec's examples, which a later
 * scenario or a later run needs (a dataset createModel trains on). With neither, the delete is skipped,
 * saying how to name one. Other methods take the planned values.
 */
export function resolveStartTarget(ctx: ScenarioContext, plan: PlannedStart): StartTarget {
  const { starter } = plan;
  const collection = deletesFrom(ctx, plan);
  const created = collection === undefined ? undefined : ctx.run.takeCreated(collection);
  if (collection !== undefined && created === undefined) {
    const kind = collection.split("/").at(-1)!;
    const param = starter.segments.at(-1)!.param;
    ctx.skip(
      `${starter.operationId} removes only what the run created or what --start-requests names, and this run created no ${kind}: ` +
        `name one to delete with --start-requests {"${starter.operationId}": {"path": {"${param}": "…"}}}`,
    );
  }
  const path = (created === undefined ? undefined : valuesIn(created, starter)) ?? { ...plan.path };
  const values: Record<string, string> = { ...path, ...parentParams(ctx.target.parent) };
  const missing = starter.segments.filter((s) => values[s.param] === undefined).map((s) => s.param);
  if (missing.length > 0) {
    ctx.notExercised(`${starter.operationId} has no ${missing.join(", ")} to work on: the run created none, and the spec gives no example; name one in --start-requests`);
  }
  const resource = nameOf(starter.segments, values);
  return {
    path,
    resource,
    operationsParent: nameOf(starter.segments.slice(0, starter.operationsParentDepth), values),
    ...(starter.standard === "create" ? { createsIn: `${resource}/${starter.collection}` } : {}),
  };
}

/** The resources a start works on: the one its path names, and those its body refers to (x-resource-reference). */
export function resourcesOf(plan: PlannedStart, target: StartTarget): string[] {
  const { starter } = plan;
  const names = starter.target === "name" ? [target.resource] : [];
  const body = (plan.body ?? {}) as Record<string, unknown>;
  for (const { property, collection } of starter.references) {
    if (typeof body[property] === "string") names.push(`${target.operationsParent}/${collection}/${body[property]}`);
  }
  return names;
}
