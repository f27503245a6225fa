/**
 * What a test file can leave behind, for the files after it and for the machine, and the two pieces of
 * vitest setup that stop it: the guard that lets test files share a process fails the file that leaves
 * it changed, names what was left (never a variable's value), and puts the process back for the next
 * file; the run's temporary root takes every temporary file, the tests' and their child processes', and
 * is removed when the run ends. Both run in a vitest of its own over files written to leave things
 * behind, one worker, files one after another, as the suite's workers run them.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../spec/spec-file.js";
import { changedVariables } from "./shared-process-guard.js";
import { nestedVitestEnv } from "./nested-vitest.js";

const FILES: Record<string, string> = {
  "a-leaves-timers.test.ts": `import { it, vi, expect } from "vitest";\nit("takes fake timers", () => { vi.useFakeTimers(); expect(vi.isFakeTimers()).toBe(true); });\n`,
  "b-sees-real-timers.test.ts": `import { it, vi, expect } from "vitest";\nit("starts with real timers", () => { expect(vi.isFakeTimers()).toBe(false); });\n`,
  "c-sets-a-variable.test.ts": `import { it, expect } from "vitest";\nit("sets a variable", () => { process.env.GUARD_SECRET = "s3cret-value"; expect(process.env.GUARD_SECRET).toBeDefined(); });\n`,
  "d-sees-no-variable.test.ts": `import { it, expect } from "vitest";\nit("does not see it", () => { expect(process.env.GUARD_SECRET).toBeUndefined(); });\n`,
  "e-is-tidy.test.ts": `import { it, expect } from "vitest";\nit("changes nothing", () => { expect(1 + 1).toBe(2); });\n`,
  // Leaves a directory of its own and a file its child process wrote, and says where.
  "f-leaves-temporary-files.test.ts": [
    `import { execFileSync } from "node:child_process";`,
    `import { mkdtempSync, writeFileSync } from "node:fs";`,
    `import { tmpdir } from "node:os";`,
    `import { join } from "node:path";`,
    `import { it, expect } from "vitest";`,
    `it("leaves temporary files", () => {`,
    `  const dir = mkdtempSync(join(tmpdir(), "left-"));`,
    `  writeFileSync(join(dir, "state.json"), "{}");`,
    `  const child = execFileSync("sh", ["-c", 'f="$TMPDIR/child-left.txt"; echo x > "$f"; echo "$f"']).toString().trim();`,
    `  console.log("LEFT " + JSON.stringify({ dir, child }));`,
    `  expect(dir.startsWith(tmpdir())).toBe(true);`,
    `});`,
  ].join("\n"),
};

let dir: string;
let output = "";
let code = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "automl-ops-guard-"));
  for (const [name, text] of Object.entries(FILES)) await writeFile(join(dir, name), text);
  const guard = join(PACKAGE_ROOT, "src", "test-support", "shared-process-guard.ts");
  const root = join(PACKAGE_ROOT, "src", "test-support", "temporary-root.ts");
  // Files in name order, so each leaving file is followed by the one that looks for what it left.
  const sequencer = "class { sort(files) { return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId)); } shard(files) { return files; } }";
  const config = `export default { test: { include: ["*.test.ts"], setupFiles: [${JSON.stringify(guard)}], globalSetup: [${JSON.stringify(root)}], pool: "forks", isolate: false, maxWorkers: 1, fileParallelism: false, sequence: { sequencer: ${sequencer} } } };\n`;
  await writeFile(join(dir, "vitest.config.mjs"), config);
  const env = nestedVitestEnv({ NO_COLOR: "1", FORCE_COLOR: "0" });
  const vitest = join(PACKAGE_ROOT, "node_modules", "vitest", "vitest.mjs");
  ({ code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
    execFile(process.execPath, [vitest, "run", "--root", dir, "--config", join(dir, "vitest.config.mjs"), "--reporter=verbose"], { cwd: dir, env }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, output: `${stdout}\n${stderr}` });
    });
  }));
}, 120_000);
afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

describe("what a test file leaves behind", () => {
  it("fails the file that leaves fake timers on, and the next file starts with real ones", () => {
    expect(code).not.toBe(0);
    expect(output).toMatch(/a-leaves-timers\.test\.ts[\s\S]*fake timers installed/);
    expect(output).toMatch(/✓ b-sees-real-timers\.test\.ts/);
  });

  it("fails the file that sets a variable, names it without its value, and the next file does not see it", () => {
    expect(output).toMatch(/process\.env changed: GUARD_SECRET/);
    expect(output).not.toContain("s3cret-value");
    expect(output).toMatch(/✓ d-sees-no-variable\.test\.ts/);
  });

  it("lets a tidy file pass", () => {
    expect(output).toMatch(/✓ e-is-tidy\.test\.ts/);
    expect(output).toMatch(/Test Files\s+2 failed \| 4 passed/);
  });

  it("puts every temporary file of the run, a child process's too, under one root that is gone when the run ends", () => {
    const { dir, child } = JSON.parse(/LEFT (\{.*\})/.exec(output)?.[1] ?? "{}") as { dir?: string; child?: string };
    const rootOf = (path = "") => /^(.*\/automl-ops-tests-[^/]+)\//.exec(path)?.[1];
    expect(rootOf(dir)).toBeDefined();
    expect(rootOf(child)).toBe(rootOf(dir));
    expect(existsSync(rootOf(dir)!)).toBe(false);
  });

  it("compares environments by name: added, removed and changed variables, nothing else", () => {
    expect(changedVariables({ A: "1", B: "2", C: "3" }, { A: "1", B: "two", D: "4" })).toEqual(["B", "C", "D"]);
    expect(changedVariables({ A: "1" }, { A: "1" })).toEqual([]);
  });
});
