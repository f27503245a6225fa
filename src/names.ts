/**
 * Resource names (AIP-122) of the operations resource, checked before anything is sent.
 *
 * Policy, so that no input can reach another path:
 * - Rejected (InvalidNameError): a wrong shape, an empty segment, `/` inside an id, control characters
 *   (U+0000–U+001F, U+007F), lone surrogates (no UTF-8 form), and the dot segments `.` and `..`, which URL parsers resolve away
 *   (RFC 3986 §5.2.4) even after percent-encoding leaves them untouched.
 * - Kept and percent-encoded: every other character. openapi-fetch sends each id through
 *   `encodeURIComponent`, so `?` → `%3F`, `#` → `%23`, `:` → `%3A`, `%` → `%25` (a literal `%2F` in an id
 *   travels as `%252F` and never becomes a `/`). The only `:` that reaches the URL unencoded is the one
 *   the SDK writes before `cancel` and `wait` (AIP-136 custom methods).
 */
import { InvalidNameError } from "./errors.js";

/** The segments of `projects/{project}/locations/{location}`. */
export interface LocationRef {
  project: string;
  location: string;
}

/** The segments of `projects/{project}/locations/{location}/operations/{operation}`. */
export interface OperationRef extends LocationRef {
  operation: string;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
// A lone surrogate cannot be encoded as UTF-8: encodeURIComponent would throw a URIError.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string holds a lone surrogate, which has no UTF-8 form and so cannot go into a URL. */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

function checkId(input: unknown, kind: string, id: unknown): string {
  if (typeof id !== "string") throw new InvalidNameError(input, `${kind} id must be a string`);
  if (id.length === 0) throw new InvalidNameError(input, `${kind} id is empty`);
  if (id.includes("/")) throw new InvalidNameError(input, `${kind} id contains "/"`);
  if (CONTROL.test(id)) throw new InvalidNameError(input, `${kind} id contains a control character`);
  if (LONE_SURROGATE.test(id)) throw new InvalidNameError(input, `${kind} id is not well-formed Unicode`);
  if (id === "." || id === "..") throw new InvalidNameError(input, `${kind} id is a dot segment`);
  return id;
}

function splitName(name: unknown, collections: readonly string[]): string[] {
  if (typeof name !== "string") throw new InvalidNameError(name, "a resource name must be a string");
  const parts = name.split("/");
  const wrongShape = () =>
    new InvalidNameError(name, `expected ${collections.map((c) => `${c}/{${c.slice(0, -1)}}`).join("/")}`);
  if (parts.length !== collections.length * 2) throw wrongShape();
  const ids: string[] = [];
  for (let i = 0; i < collections.length; i++) {
    const collection = collections[i]!;
    if (parts[i * 2] !== collection) throw wrongShape();
    ids.push(checkId(name, collection.slice(0, -1), parts[i * 2 + 1]));
  }
  return ids;
}

/** `projects/{project}/locations/{location}`, with each id checked. */
export function locationName(ref: LocationRef): string {
  const input = `projects/${ref.project}/locations/${ref.location}`;
  checkId(input, "project", ref.project);
  checkId(input, "location", ref.location);
  return input;
}

/** `projects/{project}/locations/{location}/operations/{operation}`, with each id checked. */
export function operationName(ref: OperationRef): string {
  const input = `${locationName(ref)}/operations/${ref.operation}`;
  checkId(input, "operation", ref.operation);
  return input;
}

/** The ids of an operation name; throws InvalidNameError for anything else. */
export function parseOperationName(name: string): OperationRef {
  const [project, location, operation] = splitName(name, ["projects", "locations", "operations"]) as [
    string,
    string,
    string,
  ];
  return { project, location, operation };
}

/** The ids of a location name; throws InvalidNameError for anything else. */
export function parseLocationName(name: string): LocationRef {
  const [project, location] = splitName(name, ["projects", "locations"]) as [string, string];
  return { project, location };
}

/** The path parameters openapi-fetch fills in for an operation. */
export function operationPathParams(name: string): {
  projectsId: string;
  locationsId: string;
  operationsId: string;
} {
  const ref = parseOperationName(name);
  return { projectsId: ref.project, locationsId: ref.location, operationsId: ref.operation };
}

/** The path parameters openapi-fetch fills in for a location (list's parent). */
export function locationPathParams(name: string): { projectsId: string; locationsId: string } {
  const ref = parseLocationName(name);
  return { projectsId: ref.project, locationsId: ref.location };
}

/**
 * The ids of any resource name made of `collections` in order, such as `["projects", "locations",
 * "models"]` for `projects/{project}/locations/{location}/models/{model}`, with each id checked as
 * above; throws InvalidNameError for anything else.
 */
export function parseResourceName(name: unknown, collections: readonly string[]): string[] {
  return splitName(name, collections);
}

// Names whose ids hold only unreserved characters (RFC 3986 §2.3), which encodeURIComponent leaves as
// they are: such a name is its own URL path. Most names are; the others take the checked, encoded way.
const PLAIN_OPERATION = /^projects\/[\w~.-]+\/locations\/[\w~.-]+\/operations\/[\w~.-]+$/;
const PLAIN_LOCATION = /^projects\/[\w~.-]+\/locations\/[\w~.-]+$/;
const DOT_SEGMENT = /(?:^|\/)\.{1,2}(?:\/|$)/;

function encodedPath(name: string): string {
  return name.split("/").map(encodeURIComponent).join("/");
}

/** The URL path of an operation name, percent-encoded; throws InvalidNameError for anything else. */
export function operationPath(name: string): string {
  if (typeof name === "string" && PLAIN_OPERATION.test(name) && !DOT_SEGMENT.test(name)) return name;
  parseOperationName(name);
  return encodedPath(name);
}

/** The URL path of a location name (list's parent), percent-encoded; throws InvalidNameError for anything else. */
export function locationPath(name: string): string {
  if (typeof name === "string" && PLAIN_LOCATION.test(name) && !DOT_SEGMENT.test(name)) return name;
  parseLocationName(name);
  return encodedPath(name);
}
