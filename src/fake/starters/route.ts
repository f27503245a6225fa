/**
 * Routing for the methods that start operations: each starter's flat path template, matched segment
 * by segment against the request path. Segments are percent-decoded one by one (so `%2F` cannot smuggle
 * a `/` in) and checked like the operations resource's ids; a path no template matches, or a method the
 * template does not have, falls through to the operations router (and its NOT_FOUND).
 */
import { decode } from "../router.js";
import { checkResourceId } from "../names.js";
import { nameOf, type StarterMethod } from "../../spec/operation-info.js";

/** A request to a method that starts an operation. */
export interface StartRoute {
  method: "start";
  operationId: string;
  starter: StarterMethod;
  /** Decoded path parameters, such as `{projectsId: "demo", …, modelsId: "TBL123"}`. */
  values: Record<string, string>;
  /** The resource name the path carries: the resource worked on, or the parent (create). */
  resource: string;
  /** The parent its operation is named under: `projects/{p}/locations/{l}`. */
  operationsParent: string;
}

type ParamPart = { param: string; collection: string };
type Part = { literal: string } | ParamPart;

interface Matcher {
  starter: StarterMethod;
  parts: Part[];
  verb: string | undefined;
}

function compile(starter: StarterMethod): Matcher {
  const raw = starter.path.split("/");
  const last = raw.pop()!;
  const colon = last.lastIndexOf(":");
  raw.push(colon < 0 ? last : last.slice(0, colon));
  const parts = raw.map((part, i): Part => {
    const param = /^\{(.+)\}$/.exec(part)?.[1];
    return param === undefined ? { literal: part } : { param, collection: raw[i - 1]! };
  });
  return { starter, parts, verb: colon < 0 ? undefined : last.slice(colon + 1) };
}

/** Builds the matcher of `starters`: the route of `method path`, or undefined when no starter has it. */
export function createStartRouter(starters: readonly StarterMethod[]): (method: string, path: string) => StartRoute | undefined {
  const byLength = new Map<number, Matcher[]>();
  for (const matcher of starters.map(compile)) {
    const list = byLength.get(matcher.parts.length) ?? [];
    list.push(matcher);
    byLength.set(matcher.parts.length, list);
  }
  // Most requests are gets and lists of operations, and no starter answers GET: they skip the matching.
  const methods = new Set<string>(starters.map((s) => s.method));
  return (method, path) => {
    if (!methods.has(method)) return undefined;
    const segments = path.split("/");
    const candidates = byLength.get(segments.length);
    if (!candidates) return undefined;
    for (const { starter, parts, verb } of candidates) {
      if (starter.method !== method) continue;
      let last = segments[segments.length - 1]!;
      if (verb !== undefined) {
        if (!last.endsWith(`:${verb}`)) continue;
        last = last.slice(0, -verb.length - 1);
      } else if (last.includes(":")) continue;
      const rawValues: [ParamPart, string][] = [];
      const fits = parts.every((part, i) => {
        const segment = i === parts.length - 1 ? last : segments[i]!;
        if ("literal" in part) return part.literal === segment;
        rawValues.push([part, segment]);
        return true;
      });
      if (!fits) continue;
      const values: Record<string, string> = {};
      for (const [part, raw] of rawValues) {
        const value = decode(raw, path);
        checkResourceId(part.collection.replace(/s$/, ""), value);
        values[part.param] = value;
      }
      return {
        method: "start",
        operationId: starter.operationId,
        starter,
        values,
        resource: nameOf(starter.segments, values),
        operationsParent: nameOf(starter.segments.slice(0, starter.operationsParentDepth), values),
      };
    }
    return undefined;
  };
}
