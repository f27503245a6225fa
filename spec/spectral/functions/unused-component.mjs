// The OAS ruleset's unused-component check, aware of x-operation-info: a schema is used when a `$ref`
// points at it or when an x-operation-info names the proto message it declares (`x-proto-message`),
// as BatchPredictResult is used only as batchPredict's responseType.
import { unreferencedReusableObject } from "@stoplight/spectral-functions";
import { schemasByProtoMessage } from "./operation-info.mjs";

const TYPES = ["schemas", "responses", "parameters", "examples", "requestBodies", "headers", "links", "callbacks"];
const METHODS = ["get", "put", "post", "delete", "patch"];

function namedByOperationInfo(document) {
  const byMessage = schemasByProtoMessage(document);
  const named = new Set();
  for (const item of Object.values(document?.paths ?? {})) {
    for (const method of METHODS) {
      const info = item?.[method]?.["x-operation-info"];
      for (const type of [info?.responseType, info?.metadataType]) for (const name of byMessage.get(type) ?? []) named.add(name);
    }
  }
  return named;
}

export default function unusedComponent(document, _options, context) {
  const named = namedByOperationInfo(context.document.data);
  const results = [];
  for (const type of TYPES) {
    const components = document?.components?.[type];
    if (components === null || typeof components !== "object") continue;
    const found = unreferencedReusableObject(components, { reusableObjectsLocation: `#/components/${type}` }, context) ?? [];
    results.push(...found.filter((r) => !(type === "schemas" && named.has(String(r.path[r.path.length - 1])))));
  }
  return results;
}
