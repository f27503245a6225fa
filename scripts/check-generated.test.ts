/**
 * The drift check. A generation takes seconds (more on a busy machine), so it runs once, in beforeAll
 * beside the command-line run (which generates and compares end to end), with a hook timeout that
 * holds under load (pitfalls #23); each case then compares a copy of generated/ it has edited with
 * that generation.
 */
import { execFile } from "node:child_process";
import { appendFile, cp, mkdtemp, rm, unlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareFolders, hasDrift } from "./check-generated.js";
import { DEFAULT_SPEC, GENERATED_DIR, generate } from "./generate.js";
import { PACKAGE_ROOT } from "./spec-file.js";

const run = promisify(execFile);
const TSX = createRequire(import.meta.url).resolve("tsx/cli");
let work: string;
/** A fresh generation from the spec, shared by the comparisons. */
let fresh: string;
/** How the command line ended on a copy whose schema.d.ts was edited. */
let cli: { code: number; stderr: string };

/** A copy of generated/ under the work folder, for one case to edit. */
async function copyOfGenerated(name: string): Promise<string> {
  const copy = join(work, name);
  await cp(GENERATED_DIR, copy, { recursive: true });
  return copy;
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "generated-copy-"));
  fresh = join(work, "fresh");
  const edited = await copyOfGenerated("edited-for-cli");
  await appendFile(join(edited, "schema.d.ts"), "\nexport type Edited = 1;\n");
  const ranCli = run(process.execPath, [TSX, "scripts/check-generated.ts", "--dir", edited], { cwd: PACKAGE_ROOT }).then(
    () => ({ code: 0, stderr: "" }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );
  [cli] = await Promise.all([ranCli, generate(DEFAULT_SPEC, fresh)]);
}, 300_000);
afterAll(() => rm(work, { recursive: true, force: true }));

describe("drift check", () => {
  it("passes on a clean copy of generated/", async () => {
    const report = await compareFolders(fresh, await copyOfGenerated("clean"));
    expect(report).toEqual({ changed: [], missing: [], extra: [] });
    expect(hasDrift(report)).toBe(false);
  });

  it("names a touched generated file", async () => {
    const copy = await copyOfGenerated("touched");
    await appendFile(join(copy, "validators.js"), "\n// hand edit\n");
    expect(await compareFolders(fresh, copy)).toEqual({ changed: ["validators.js"], missing: [], extra: [] });
  });

  it("names a missing and an extra file", async () => {
    const copy = await copyOfGenerated("missing-and-extra");
    await unlink(join(copy, "schema.d.ts"));
    await writeFile(join(copy, "notes.ts"), "export {};\n");
    expect(await compareFolders(fresh, copy)).toEqual({ changed: [], missing: ["schema.d.ts"], extra: ["notes.ts"] });
  });

  it("exits 1 from the command line and names the file", () => {
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain("generated/schema.d.ts differs from the spec");
  });
});
