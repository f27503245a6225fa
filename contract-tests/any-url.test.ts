import { afterAll, beforeAll, describe, it } from "vitest";
import { defineConformanceSuite } from "./suite.js";
import { targetFromEnv } from "./targets/env.js";

// Skipped with its reason unless CONFORMANCE_BASE_URL and CONFORMANCE_PARENT name a server (see targets/env.ts).
defineConformanceSuite({ describe, it, beforeAll, afterAll }, "the server at CONFORMANCE_BASE_URL", async () => {
  const found = targetFromEnv();
  return found.target ? { target: found.target, close: async () => {} } : { skipReason: found.skipReason };
});
