import { afterAll, beforeAll, describe, it } from "vitest";
import { defineConformanceSuite } from "./suite.js";
import { startFakeTarget, startProxyTarget } from "./targets/local.js";
import { targetFromEnv } from "./targets/env.js";

// Every exchange also passes Prism's validating proxy; a `sl-violations` header fails noProxyViolations.
// The upstream is CONFORMANCE_BASE_URL when set, else the fake.
defineConformanceSuite({ describe, it, beforeAll, afterAll }, "a server behind Prism's validating proxy", async () => {
  const fromEnv = targetFromEnv();
  const upstream = fromEnv.target ? { target: fromEnv.target, close: async () => {} } : await startFakeTarget({ fake: { requireAuth: true } });
  const proxy = await startProxyTarget(upstream.target);
  return {
    target: proxy.target,
    close: async () => {
      await proxy.close();
      await upstream.close();
    },
  };
});
