import { describe, expect, it } from "vitest";
import { runConformance } from "../runner.js";
import { startFakeTarget } from "../targets/local.js";
import { CHECK_NAMES, RUNNER_RESULT_NAMES } from "./catalog.js";

describe("check catalog", () => {
  it("names every check a whole run against the fake reports", async () => {
    const { target, close } = await startFakeTarget({ fake: { requireAuth: true } });
    try {
      const report = await runConformance(target);
      const reported = new Set(report.results.map((r) => r.check));
      const unknown = [...reported].filter((name) => !CHECK_NAMES.includes(name) && !RUNNER_RESULT_NAMES.includes(name));
      expect(unknown).toEqual([]);
      // The run reached most of the catalog, so the comparison above was not made on a handful of names.
      expect(CHECK_NAMES.filter((name) => reported.has(name)).length).toBeGreaterThan(CHECK_NAMES.length / 2);
    } finally {
      await close();
    }
  }, 60_000);

  it("holds function names only once each, in order", () => {
    expect([...CHECK_NAMES].sort()).toEqual(CHECK_NAMES);
    expect(new Set(CHECK_NAMES).size).toBe(CHECK_NAMES.length);
    expect(CHECK_NAMES).toContain("statusCodeConformance");
  });
});
