import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSideBySide, type ScriptRun } from "./side-by-side.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "side-by-side-"));
  const scripts = {
    // "slow" ends only once "fast" has written its file: run one after the other, in the order given,
    // they would never end (the test would time out), so ending at all proves they ran at once.
    slow: "while [ ! -f fast.done ]; do sleep 0.05; done; echo slow line one; echo slow line two",
    fast: "echo fast out; echo fast err >&2; touch fast.done; exit 3",
  };
  await writeFile(join(dir, "package.json"), JSON.stringify({ name: "scratch", private: true, scripts }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("npm scripts side by side", () => {
  it("runs them at once, keeps each one's output whole, and reports each exit code", async () => {
    const ended: string[] = [];
    const runs = await runSideBySide(["slow", "fast"], (run: ScriptRun) => ended.push(run.script), dir);
    expect(ended.sort()).toEqual(["fast", "slow"]);
    expect(runs.map(({ script, code, output }) => ({ script, code, output }))).toEqual([
      { script: "slow", code: 0, output: "slow line one\nslow line two\n" },
      { script: "fast", code: 3, output: expect.stringMatching(/^(fast out\nfast err\n|fast err\nfast out\n)$/) as unknown as string },
    ]);
  }, 60_000);
});
