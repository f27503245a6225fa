/**
 * Any server, named by environment variables. Without CONFORMANCE_BASE_URL and CONFORMANCE_PARENT the
 * target is absent, with the reason, so a suite can skip instead of failing.
 *
 *   CONFORMANCE_BASE_URL=https://automl.googleapis.com
 *   CONFORMANCE_PARENT=projects/my-project/locations/us-central1
 *   CONFORMANCE_TOKEN=$(gcloud auth print-access-token)   # optional; enables the missing-token checks
 *   CONFORMANCE_ALLOW_DESTRUCTIVE=1                       # optional; lets scenarios cancel and delete
 *   CONFORMANCE_START_OPERATIONS=1                        # optional; lets scenarios start operations
 *   CONFORMANCE_CAPABILITIES=stateful=false,strictStatusCodes=false   # optional overrides
 */
import { DEFAULT_CAPABILITIES, defineTarget, type Capabilities, type Target } from "../target.js";

export type EnvTarget = { target: Target; skipReason?: undefined } | { target?: undefined; skipReason: string };

const TRUE = /^(1|true|yes)$/i;

/** Parses `name=value,…` capability overrides; unknown names and values throw, so typos do not pass silently. */
export function parseCapabilityOverrides(text: string): Partial<Capabilities> {
  const overrides: Partial<Capabilities> = {};
  for (const item of text.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [name, value = "true"] = item.split("=").map((s) => s.trim()) as [string, string?];
    if (!Object.hasOwn(DEFAULT_CAPABILITIES, name)) {
      throw new Error(`unknown capability ${JSON.stringify(name)}; known: ${Object.keys(DEFAULT_CAPABILITIES).join(", ")}`);
    }
    if (!/^(true|false)$/.test(value)) throw new Error(`capability ${name} must be true or false; got ${JSON.stringify(value)}`);
    overrides[name as keyof Capabilities] = value === "true";
  }
  return overrides;
}

/** The target described by `env`, or why there is none. A real server is stateful; it is spared unless allowed. */
export function targetFromEnv(env: Record<string, string | undefined> = process.env): EnvTarget {
  const baseUrl = env.CONFORMANCE_BASE_URL?.trim();
  const parent = env.CONFORMANCE_PARENT?.trim();
  if (!baseUrl || !parent) {
    return { skipReason: "set CONFORMANCE_BASE_URL and CONFORMANCE_PARENT to check a server of your own" };
  }
  const token = env.CONFORMANCE_TOKEN?.trim() || undefined;
  const capabilities: Partial<Capabilities> = {
    stateful: true,
    destructive: TRUE.test(env.CONFORMANCE_ALLOW_DESTRUCTIVE ?? ""),
    startOperations: TRUE.test(env.CONFORMANCE_START_OPERATIONS ?? ""),
    auth: token !== undefined,
    ...parseCapabilityOverrides(env.CONFORMANCE_CAPABILITIES ?? ""),
  };
  return { target: defineTarget({ name: `url ${baseUrl}`, baseUrl, parent, ...(token ? { token } : {}), capabilities }) };
}
