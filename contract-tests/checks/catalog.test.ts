import { describe, expect, it } from "vitest";
import { CHECK_NAMES } from "./catalog.js";

// That a whole run against the fake reports only checks the catalog names is asserted beside that run,
// in broken-servers.test.ts ("the fake passes every check"), rather than by a second whole run here.
describe("check catalog", () => {
  it("holds function names only once each, in order", () => {
    expect([...CHECK_NAMES].sort()).toEqual(CHECK_NAMES);
    expect(new Set(CHECK_NAMES).size).toBe(CHECK_NAMES.length);
    expect(CHECK_NAMES).toContain("statusCodeConformance");
  });
});
