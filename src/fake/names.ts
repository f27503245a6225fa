/**
 * Resource names of the operations resource (AIP-122): `projects/{p}/locations/{l}/operations/{o}`.
 * The spec allows any segment without `/`; the fake is stricter about what a well-formed id is, so a
 * typo such as a space or an empty id answers INVALID_ARGUMENT instead of a puzzling NOT_FOUND.
 */
import { errors } from "./errors.js";

/** Letters, digits and `-._~` (RFC 3986 unreserved), starting with a letter or digit, at most 128. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,127}$/;
/** Project ids may be domain-scoped (`example.com:my-project`). */
const PROJECT_ID = /^[A-Za-z0-9][A-Za-z0-9._~:-]{0,127}$/;

export interface ParentName {
  project: string;
  location: string;
}

export interface OperationName extends ParentName {
  operation: string;
}

function describe(value: string): string {
  if (value === "") return "is empty";
  if (value.length > 128) return "is longer than 128 characters";
  if (/\s/.test(value)) return "contains whitespace";
  return "must be letters, digits and -._~, starting with a letter or digit";
}

/** Checks the decoded segments, throwing INVALID_ARGUMENT that names the bad one. */
export function checkSegments(project: string, location: string, operation?: string): void {
  if (!PROJECT_ID.test(project)) throw errors.malformedName("project", project, describe(project));
  if (!ID.test(location)) throw errors.malformedName("location", location, describe(location));
  if (operation !== undefined && !ID.test(operation)) {
    throw errors.malformedName("operation", operation, describe(operation));
  }
}

export function parentName(p: ParentName): string {
  return `projects/${p.project}/locations/${p.location}`;
}

export function operationName(o: OperationName): string {
  return `${parentName(o)}/operations/${o.operation}`;
}

const NAME = /^projects\/([^/]+)\/locations\/([^/]+)\/operations\/([^/]+)$/;

/** Parses and checks a full operation name (seed files, the store); throws INVALID_ARGUMENT. */
export function parseOperationName(name: string): OperationName {
  const match = NAME.exec(name);
  if (!match) {
    throw errors.malformedName("name", name, "must look like projects/{project}/locations/{location}/operations/{operation}");
  }
  const [, project = "", location = "", operation = ""] = match;
  checkSegments(project, location, operation);
  return { project, location, operation };
}

/**
 * Checks one decoded id of any resource name the fake serves (models, datasets, …), with the rule of
 * its kind: `field` is the singular collection name (`project`, `model`), used in the error.
 */
export function checkResourceId(field: string, value: string): void {
  if (!(field === "project" ? PROJECT_ID : ID).test(value)) throw errors.malformedName(field, value, describe(value));
}
