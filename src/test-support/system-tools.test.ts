import { describe, expect, it } from "vitest";
import { hasSystemTool, inCi, missingToolReason, type SystemTool } from "./system-tools.js";

const MISSING_TOOL: SystemTool = { name: "frobnicator", debianPackage: "frob-utils", problem: () => "/usr/bin/frob does not exist" };
const PRESENT_TOOL: SystemTool = { name: "node", debianPackage: "nodejs", problem: () => undefined };

/** Runs the gate with recorders in place of vitest's `it` and the console. */
function gate(tool: SystemTool, env: NodeJS.ProcessEnv) {
  const tests: Array<{ name: string; fn: () => void }> = [];
  const warnings: string[] = [];
  const runs = hasSystemTool(tool, { env, test: (name, fn) => tests.push({ name, fn }), warn: (line) => warnings.push(line) });
  return { runs, tests, warnings };
}

describe("tests that need a system tool", () => {
  it("says in one line what is missing and which package installs it", () => {
    expect(missingToolReason(MISSING_TOOL)).toBe("frobnicator is missing: /usr/bin/frob does not exist (bash .ci/install-system-packages installs frob-utils)");
    expect(missingToolReason(PRESENT_TOOL)).toBeUndefined();
  });

  it("run when the tool is there, adding nothing", () => {
    expect(gate(PRESENT_TOOL, { CI: "true" })).toEqual({ runs: true, tests: [], warnings: [] });
  });

  it("are skipped off CI, the reason printed once", () => {
    const { runs, tests, warnings } = gate(MISSING_TOOL, {});
    expect(runs).toBe(false);
    expect(tests).toEqual([]);
    expect(warnings).toEqual([`skipped: ${missingToolReason(MISSING_TOOL)}`]);
  });

  it("fail in CI: a failing test carries the reason", () => {
    const { runs, tests, warnings } = gate(MISSING_TOOL, { CI: "true" });
    expect(runs).toBe(false);
    expect(warnings).toEqual([]);
    expect(tests.map((t) => t.name)).toEqual(["frobnicator is installed (CI runs every test)"]);
    expect(() => tests[0]!.fn()).toThrow(missingToolReason(MISSING_TOOL)!);
  });

  it("count as CI when CI is set to anything but empty, 0 or false", () => {
    expect([{ CI: "true" }, { CI: "1" }, { CI: "yes" }].map((env) => inCi(env))).toEqual([true, true, true]);
    expect([{}, { CI: "" }, { CI: "0" }, { CI: "false" }, { CI: "FALSE" }].map((env) => inCi(env))).toEqual([false, false, false, false, false]);
  });
});
