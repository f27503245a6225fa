import { afterAll, beforeAll, describe, it } from "vitest";
import { defineConformanceSuite } from "./suite.js";
import { startPrismMockTarget } from "./targets/local.js";

// Stateless and loose by nature: scenarios needing state are skipped by capability, never by name.
defineConformanceSuite({ describe, it, beforeAll, afterAll }, "Prism's mock", () => startPrismMockTarget());
