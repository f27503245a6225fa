import { afterAll, beforeAll, describe, it } from "vitest";
import { defineConformanceSuite } from "./suite.js";
import { startFakeTarget } from "./targets/local.js";

// The fake requires a token here so the missing-token checks run too.
defineConformanceSuite({ describe, it, beforeAll, afterAll }, "the fake", () => startFakeTarget({ fake: { requireAuth: true } }));
