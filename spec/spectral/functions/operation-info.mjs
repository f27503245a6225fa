// AIP-151 asks every method that returns a google.longrunning.Operation to say, in
// `google.longrunning.operation_info`, what its operation ends with and what its metadata is. Our form
// is `x-operation-info: {responseType, metadataType, metadataDetail}`; this rule insists on it.
//
// Which methods: those whose success response is the schema declaring
// `x-proto-message: google.longrunning.Operation`, except the methods of the operations collection
// itself, whose path ends in `/operations/{id}` (optionally with a custom verb such as `:wait`): get,
// wait and the like read an operation that already exists; they start none, so they have no operation
// of their own to describe.
//
// What it checks: the annotation is there, has exactly its three members, `responseType` and
// `metadataType` each resolve to one component schema declaring that `x-proto-message`, and
// `metadataDetail` is a property of the metadata schema. An annotation on a method that starts nothing
// is an error too, so the table generated from the annotations lists only real starters.
const OPERATION = "google.longrunning.Operation";
const MEMBERS = ["responseType", "metadataType", "metadataDetail"];
const OPERATION_ITEM = /\/operations\/\{[^}/]+\}(:[A-Za-z][A-Za-z0-9]*)?$/;

function deref(document, node) {
  let current = node;
  for (let hops = 0; hops < 10 && typeof current?.$ref === "string" && current.$ref.startsWith("#/"); hops++) {
    current = current.$ref
      .slice(2)
      .split("/")
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((at, key) => at?.[key], document);
  }
  return current;
}

/** Component schema names by the proto message they declare. */
export function schemasByProtoMessage(document) {
  const found = new Map();
  for (const [name, schema] of Object.entries(document?.components?.schemas ?? {})) {
    const message = schema?.["x-proto-message"];
    if (typeof message !== "string") continue;
    found.set(message, [...(found.get(message) ?? []), name]);
  }
  return found;
}

function answersOperation(document, operation, operationSchemas) {
  for (const [status, response] of Object.entries(operation?.responses ?? {})) {
    if (!/^2\d\d$/.test(status)) continue;
    const schema = deref(document, response)?.content?.["application/json"]?.schema;
    const ref = typeof schema?.$ref === "string" ? schema.$ref : "";
    if (operationSchemas.some((name) => ref === `#/components/schemas/${name}`)) return true;
  }
  return false;
}

export default function operationInfo(operation, _options, context) {
  const document = context.document.data;
  const path = context.path;
  const pathKey = String(path[1] ?? "");
  const info = operation?.["x-operation-info"];
  const byMessage = schemasByProtoMessage(document);
  const starts = answersOperation(document, operation, byMessage.get(OPERATION) ?? []) && !OPERATION_ITEM.test(pathKey);
  const at = [...path, "x-operation-info"];
  if (!starts) {
    return info === undefined ? [] : [{ message: "x-operation-info on a method that starts no operation.", path: at }];
  }
  if (info === undefined) {
    return [{ message: `${operation.operationId ?? pathKey} answers an Operation but has no x-operation-info (AIP-151 operation_info).`, path }];
  }
  if (info === null || typeof info !== "object" || Array.isArray(info)) {
    return [{ message: "x-operation-info must be an object of responseType, metadataType and metadataDetail.", path: at }];
  }
  const results = [];
  for (const member of MEMBERS) {
    if (typeof info[member] !== "string" || info[member] === "") results.push({ message: `x-operation-info lacks ${member}.`, path: at });
  }
  for (const member of Object.keys(info).filter((m) => !MEMBERS.includes(m))) {
    results.push({ message: `x-operation-info has an unknown member ${member}.`, path: [...at, member] });
  }
  if (results.length > 0) return results;
  const resolve = (member) => {
    const names = byMessage.get(info[member]) ?? [];
    if (names.length === 1) return names[0];
    const problem = names.length === 0 ? "no component schema declares it as x-proto-message" : `${names.join(" and ")} all declare it`;
    results.push({ message: `x-operation-info.${member} ${info[member]} does not resolve: ${problem}.`, path: [...at, member] });
    return undefined;
  };
  resolve("responseType");
  const metadata = resolve("metadataType");
  if (metadata !== undefined && !document.components.schemas[metadata]?.properties?.[info.metadataDetail]) {
    results.push({ message: `x-operation-info.metadataDetail ${info.metadataDetail} is not a property of ${metadata}.`, path: [...at, "metadataDetail"] });
  }
  return results;
}
