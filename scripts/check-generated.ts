/**
 * Drift check: regenerates into a temporary folder and compares with generated/, byte for byte.
 * Exits 1 naming every file that differs, is missing or is extra; 0 when generated/ is up to date.
 *
 *   tsx scripts/check-generated.ts [--dir DIR] [--spec FILE]
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_SPEC, GENERATED_DIR, generate } from "./generate.js";

export interface DriftReport {
  /** Files whose content differs from a fresh generation. */
  changed: string[];
  /** Files a fresh generation writes that the folder lacks. */
  missing: string[];
  /** Files in the folder that a fresh generation does not write. */
  extra: string[];
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort();
  } catch {
    return [];
  }
}

/** Compares `dir` with what `npm run generate` would write there for `specPath`. */
export async function checkGenerated(dir = GENERATED_DIR, specPath = DEFAULT_SPEC): Promise<DriftReport> {
  const fresh = await mkdtemp(join(tmpdir(), "automl-ops-generated-"));
  try {
    await generate(specPath, fresh);
    return await compareFolders(fresh, dir);
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
}

/** Compares `dir` with `fresh`, a folder a generation just wrote. */
export async function compareFolders(fresh: string, dir: string): Promise<DriftReport> {
  const expected = await listFiles(fresh);
  const actual = await listFiles(dir);
  const report: DriftReport = { changed: [], missing: [], extra: [] };
  for (const name of expected) {
    if (!actual.includes(name)) report.missing.push(name);
    else if ((await readFile(join(fresh, name), "utf8")) !== (await readFile(join(dir, name), "utf8"))) {
      report.changed.push(name);
    }
  }
  report.extra = actual.filter((name) => !expected.includes(name));
  return report;
}

export function hasDrift(report: DriftReport): boolean {
  return report.changed.length + report.missing.length + report.extra.length > 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { dir: { type: "string" }, spec: { type: "string" } } });
  const dir = values.dir ? resolve(values.dir) : GENERATED_DIR;
  const report = await checkGenerated(dir, values.spec ? resolve(values.spec) : DEFAULT_SPEC);
  if (hasDrift(report)) {
    for (const f of report.changed) console.error(`generated/${f} differs from the spec: run npm run generate`);
    for (const f of report.missing) console.error(`generated/${f} is missing: run npm run generate`);
    for (const f of report.extra) console.error(`generated/${f} is not made by the generator: remove it`);
    process.exit(1);
  }
  console.log(`generated/ is up to date with the spec (${dir})`);
}
