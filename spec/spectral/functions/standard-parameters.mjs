// Every operation accepts Google's standard query parameters (`alt`, `fields`, `prettyPrint`, …), which
// the spec declares once each as `components/parameters/Std*`; each operation must carry all of them,
// at the path or the operation level, so a method added later cannot forget one.
const METHODS = ["get", "put", "post", "delete", "patch"];

export default function standardParameters(pathItem, _options, context) {
  const declared = context.document.data?.components?.parameters ?? {};
  const standard = Object.entries(declared)
    .filter(([key]) => key.startsWith("Std"))
    .map(([key, p]) => ({ key, id: `${p.in}:${p.name}` }));
  const results = [];
  for (const method of METHODS) {
    const op = pathItem?.[method];
    if (!op) continue;
    const present = new Set([...(pathItem.parameters ?? []), ...(op.parameters ?? [])].map((p) => `${p?.in}:${p?.name}`));
    const missing = standard.filter((s) => !present.has(s.id)).map((s) => s.key);
    if (missing.length > 0) {
      results.push({ message: `Operation lacks the standard parameters ${missing.join(", ")}.`, path: [...context.path, method] });
    }
  }
  return results;
}
