import { execFile } from "node:child_process";
import { appendFile, cp, mkdtemp, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkGenerated, hasDrift } from "./check-generated.js";
import { GENERATED_DIR } from "./generate.js";

const run = promisify(execFile);
let copy: string;

beforeEach(async () => {
  copy = await mkdtemp(join(tmpdir(), "generated-copy-"));
  await cp(GENERATED_DIR, copy, { recursive: true });
});
afterEach(() => rm(copy, { recursive: true, force: true }));

describe("drift check", () => {
  it("passes on a clean copy of generated/", async () => {
    const report = await checkGenerated(copy);
    expect(report).toEqual({ changed: [], missing: [], extra: [] });
    expect(hasDrift(report)).toBe(false);
  });

  it("names a touched generated file", async () => {
    await appendFile(join(copy, "validators.js"), "\n// hand edit\n");
    expect(await checkGenerated(copy)).toEqual({ changed: ["validators.js"], missing: [], extra: [] });
  });

  it("names a missing and an extra file", async () => {
    await unlink(join(copy, "schema.d.ts"));
    await writeFile(join(copy, "notes.ts"), "export {};\n");
    expect(await checkGenerated(copy)).toEqual({ changed: [], missing: ["schema.d.ts"], extra: ["notes.ts"] });
  });

  it("exits 1 from the command line and names the file", async () => {
    await appendFile(join(copy, "schema.d.ts"), "\nexport type Edited = 1;\n");
    const failure = await run("npx", ["tsx", "scripts/check-generated.ts", "--dir", copy]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("generated/schema.d.ts differs from the spec");
  });
});
