// Walks an example value: every object in an Any position of this API (an operation's `metadata` and
// `response`, each element of a Status's `details`) must carry a string `@type` (proto3 JSON Any).
// An object that has `@type` itself is a message such as ErrorInfo, whose `metadata` is a plain map.
function* missingTypes(value, path) {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* missingTypes(item, [...path, i]);
    return;
  }
  if (value === null || typeof value !== "object") return;
  for (const [key, child] of Object.entries(value)) {
    const anys = key === "details" && Array.isArray(child) ? child.map((c, i) => [c, [...path, key, i]]) : [];
    const isOperationField = (key === "metadata" || key === "response") && !("@type" in value);
    if (isOperationField && child && typeof child === "object" && !Array.isArray(child)) {
      anys.push([child, [...path, key]]);
    }
    for (const [any, at] of anys) if (typeof any?.["@type"] !== "string") yield at;
    yield* missingTypes(child, [...path, key]);
  }
}

export default function anyHasType(value, _options, context) {
  return [...missingTypes(value, [])].map((at) => ({
    message: `Any at ${at.join(".") || "(root)"} has no @type.`,
    path: [...context.path, ...at],
  }));
}
