// An operation's responses must include `default` and at least one 4xx, and every error response
// (4xx, 5xx, default) must carry the AIP-193 envelope: {error: {code, message, status}}.
const isErrorKey = (key) => key === "default" || /^[45]\d\d$/.test(key);

function envelopeProblem(response) {
  const schema = response?.content?.["application/json"]?.schema;
  if (!schema) return "has no application/json schema";
  const inner = schema.properties?.error;
  if (!schema.required?.includes("error") || !inner) return "is not the {error: …} envelope";
  const missing = ["code", "message", "status"].filter((f) => !inner.properties?.[f]);
  return missing.length ? `envelope lacks ${missing.join(", ")}` : undefined;
}

export default function errorEnvelope(responses, _options, context) {
  const results = [];
  const keys = Object.keys(responses ?? {});
  if (!keys.includes("default")) results.push({ message: "Operation documents no default error response.", path: context.path });
  if (!keys.some((k) => /^4\d\d$/.test(k))) results.push({ message: "Operation documents no 4xx response.", path: context.path });
  for (const key of keys.filter(isErrorKey)) {
    const problem = envelopeProblem(responses[key]);
    if (problem) results.push({ message: `Error response ${key} ${problem}.`, path: [...context.path, key] });
  }
  return results;
}
