/**
 * What a started operation carries, derived from the spec alone: the content of its metadata's detail
 * member, and the response it ends with. Generic rules, no code per method:
 * - detail: the members of the request body that the detail's schema also declares (batchPredict's
 *   `inputConfig`); the rest stay unset, as proto3 JSON leaves defaults out.
 * - response of a create (AIP-133) whose response type is the body's own schema: the resource as the
 *   request gave it, without its read-only members (AIP-203), with the name the server assigned and, when
 *   the schema has them, `createTime` and `updateTime` (AIP-148) at the moment the operation finishes.
 * - any other response: the declared message with no fields set (`google.protobuf.Empty`,
 *   `BatchPredictResult`), which every proto3 message allows.
 */
import { deref, isObject, type JsonObject, type OpenApiDocument } from "../../spec/document.js";
import { typeUrl, type StarterMethod } from "../../spec/operation-info.js";
import { formatTimestamp } from "../timestamp.js";
import type { Any } from "../types.js";

function propertiesOf(document: OpenApiDocument, schema: unknown): JsonObject {
  const resolved = deref<JsonObject>(document, schema);
  return isObject(resolved.properties) ? resolved.properties : {};
}

/** The detail member's content for a request with `body`. */
export function detailOf(document: OpenApiDocument, starter: StarterMethod, body: JsonObject): JsonObject {
  const metadata = document.components?.schemas?.[starter.metadataSchema];
  const declared = propertiesOf(document, propertiesOf(document, metadata)[starter.info.metadataDetail]);
  return Object.fromEntries(Object.entries(body).filter(([key]) => key in declared));
}

/** Whether the method creates a resource that its operation's response is (createModel → Model). */
export function createsResponse(document: OpenApiDocument, starter: StarterMethod): boolean {
  if (starter.standard !== "create" || !starter.body) return false;
  return deref(document, starter.body.schema) === document.components?.schemas?.[starter.responseSchema];
}

/** The response the operation ends with; `created` is the new resource's name when it creates one. */
export function responseOf(document: OpenApiDocument, starter: StarterMethod, body: JsonObject, created: string | undefined, finishMs: number): Any {
  const response: Any = { "@type": typeUrl(starter.info.responseType) };
  if (created === undefined) return response;
  const properties = propertiesOf(document, document.components?.schemas?.[starter.responseSchema]);
  for (const [key, value] of Object.entries(body)) {
    if ((properties[key] as JsonObject | undefined)?.readOnly !== true) response[key] = value;
  }
  response.name = created;
  for (const stamp of ["createTime", "updateTime"]) if (stamp in properties) response[stamp] = formatTimestamp(finishMs);
  return response;
}
