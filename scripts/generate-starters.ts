/**
 * Renders generated/starters.ts from the spec's `x-operation-info` annotations (read by
 * src/spec/operation-info.ts): the table the SDK starts operations with, and the types that tie each
 * operationId to its request body and its response.
 */
import { readStarters, type StarterMethod } from "../src/spec/operation-info.js";
import type { OpenApiDocument } from "../src/spec/document.js";

const json = (value: unknown) => JSON.stringify(value);

function tableEntry(s: StarterMethod): string {
  const body = s.body === undefined ? "none" : s.body.required ? "required" : "optional";
  return [
    `  ${s.operationId}: {`,
    `    method: ${json(s.method)},`,
    `    path: ${json(s.path)},`,
    `    target: ${json(s.target)},`,
    `    segments: ${json(s.segments.map((seg) => [seg.collection, seg.param]))},`,
    `    body: ${json(body)},`,
    `    responseType: ${json(s.info.responseType)},`,
    `    responseSchema: ${json(s.responseSchema)},`,
    `    metadataType: ${json(s.info.metadataType)},`,
    `    metadataDetail: ${json(s.info.metadataDetail)},`,
    `  },`,
  ].join("\n");
}

function typesEntry(s: StarterMethod): string {
  const body = s.body === undefined ? "never" : `NonNullable<operations[${json(s.operationId)}]["requestBody"]>["content"]["application/json"]`;
  return [
    `  /** ${s.method} ${s.path}: its operation ends with ${s.info.responseType}. */`,
    `  ${s.operationId}: {`,
    `    target: ${json(s.target)};`,
    `    body: ${body};`,
    `    bodyRequired: ${s.body?.required === true};`,
    `    response: components["schemas"][${json(s.responseSchema)}];`,
    `    responseType: ${json(s.info.responseType)};`,
    `  };`,
  ].join("\n");
}

/** The source of generated/starters.ts for `document`; `header` is the generated-file banner. */
export function renderStarters(document: OpenApiDocument, header: string): string {
  const starters = readStarters(document);
  return [
    header.trimEnd(),
    `import type { components, operations } from "./schema.js";`,
    ``,
    `/**`,
    ` * The methods that start long-running operations, from their x-operation-info (AIP-151): how to call`,
    ` * each (path parameters come from the resource name or parent, segment by segment) and what its`,
    ` * operation ends with.`,
    ` */`,
    `export const STARTERS = {`,
    ...starters.map(tableEntry),
    `} as const;`,
    ``,
    `/** Per starter: the resource it takes (name or parent), its request body, and its operation's response. */`,
    `export interface StarterTypes {`,
    ...starters.map(typesEntry),
    `}`,
    ``,
  ].join("\n");
}
