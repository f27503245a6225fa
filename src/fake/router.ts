/**
 * Maps a request line to one of the five methods (AIP-127 transcoding of google.longrunning.Operations
 * as AutoML binds it: `v1beta1/{name=projects/*\/locations/*\/operations/*}` and the `:cancel` / `:wait`
 * custom methods). Path segments are percent-decoded one by one, so `%2F` cannot smuggle a `/` in.
 */
import { errors } from "./errors.js";
import { checkSegments, type OperationName, type ParentName } from "./names.js";
import { STANDARD_PARAMETERS } from "./standard-parameters.js";
import type { StartRoute } from "./starters/route.js";

/** The five methods of the operations resource, and `start` for any method that starts an operation. */
export type MethodName = "get" | "list" | "cancel" | "delete" | "wait" | "start";

export type Route =
  | ({ method: "list"; parent: string } & ParentName)
  | ({ method: Exclude<MethodName, "list" | "start">; name: string } & OperationName)
  | StartRoute;

/** One percent-decoded path segment; a malformed escape is INVALID_ARGUMENT naming the path. */
export function decode(segment: string, path: string): string {
  if (!segment.includes("%")) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    throw errors.malformedEscape(path);
  }
}

/** The route of `method path`; throws NOT_FOUND for unknown paths and verbs, INVALID_ARGUMENT for bad ids. */
export function resolveRoute(method: string, path: string): Route {
  const parts = path.split("/");
  const [lead, version, projects, rawProject = "", locations, rawLocation = "", operations, last, ...rest] = parts;
  const shaped = lead === "" && version === "v1beta1" && projects === "projects" && locations === "locations";
  if (!shaped || rest.length > 0 || (operations !== "operations" && operations !== undefined)) {
    throw errors.unknownPath(method, path);
  }
  if (operations === undefined) throw errors.unknownPath(method, path);
  const project = decode(rawProject, path);
  const location = decode(rawLocation, path);
  if (last === undefined) {
    if (method !== "GET") throw errors.methodNotAllowed(method, path, ["GET"]);
    checkSegments(project, location);
    return { method: "list", project, location, parent: `projects/${project}/locations/${location}` };
  }
  const colon = last.indexOf(":");
  const verb = colon < 0 ? undefined : last.slice(colon + 1);
  const operation = decode(colon < 0 ? last : last.slice(0, colon), path);
  let routeMethod: Exclude<MethodName, "list" | "start">;
  if (verb === undefined) {
    if (method === "GET") routeMethod = "get";
    else if (method === "DELETE") routeMethod = "delete";
    else throw errors.methodNotAllowed(method, path, ["GET", "DELETE"]);
  } else if (verb === "cancel" || verb === "wait") {
    if (method !== "POST") throw errors.methodNotAllowed(method, path, ["POST"]);
    routeMethod = verb;
  } else {
    throw errors.unknownPath(method, path);
  }
  checkSegments(project, location, operation);
  return {
    method: routeMethod,
    project,
    location,
    operation,
    name: `projects/${project}/locations/${location}/operations/${operation}`,
  };
}

/**
 * The query parameters of a request: the method's own (`allowed`) and Google's standard ones, with
 * duplicates and any other name refused (as Google's front end refuses them: "Cannot bind query parameter").
 */
export function readQuery(search: string, allowed: readonly string[]): Map<string, string> {
  const params = new Map<string, string>();
  if (search === "") return params;
  // URLSearchParams replaces bad escapes silently; decode strictly first so they are reported, naming
  // the parameter but never quoting the query, whose access_token is a secret.
  for (const pair of search.split("&")) {
    try {
      if (pair) decodeURIComponent(pair.replace(/\+/g, " "));
    } catch {
      throw errors.malformedQueryEscape(pair.slice(0, pair.includes("=") ? pair.indexOf("=") : pair.length));
    }
  }
  const parsed = new URLSearchParams(search);
  for (const [key, value] of parsed) {
    if (!allowed.includes(key) && !STANDARD_PARAMETERS.has(key)) throw errors.unknownQueryParameter(key);
    if (params.has(key)) throw errors.repeatedQueryParameter(key);
    params.set(key, value);
  }
  return params;
}
