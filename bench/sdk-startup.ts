/**
 * Import time, bundle size and install footprint of the SDK entry, side by side with bare Node and
 * Google's @google-cloud/automl, from one run.
 *
 * - Size: src/index.ts bundled and minified by esbuild (ESM, code splitting so what the SDK imports
 *   lazily lands in chunks of its own: openapi-fetch for `raw`, the on-demand path of retries, polling
 *   and errors, the validators), gzipped at level 9; also an app that imports the client only, the
 *   browser's main chunk, with a pass or MISS marker for each goal.
 * - Import time: a fresh `node` per sample, interleaved, median of N: `node -e ''`, importing the
 *   bundled SDK entry, importing the built dist entry (if `npm run build` ran), requiring Google's client.
 *
 *   npm run bench:sdk:startup [-- --samples 15]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { dependenciesFootprint, footprint } from "./sdk/footprint.js";

const root = resolve(import.meta.dirname, "..");
const samplesArg = process.argv.indexOf("--samples");
const SAMPLES = samplesArg >= 0 ? Number(process.argv[samplesArg + 1]) : 15;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(2)} kB`;

/** Gzipped bytes of an entry with the chunks it imports statically, and of the chunks it loads lazily. */
async function bundledEntryGzip(entryPoint: string, outdir: string): Promise<{ entry: number; lazy: number }> {
  const result = await build({
    entryPoints: [entryPoint],
    bundle: true,
    minify: true,
    splitting: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    outdir,
    metafile: true,
    logLevel: "error",
  });
  const outputs = result.metafile.outputs;
  const gz = (file: string) => gzipSync(readFileSync(resolve(root, file)), { level: 9 }).length;
  const entryFile = Object.keys(outputs).find((file) => outputs[file]?.entryPoint !== undefined)!;
  const eager = new Set<string>();
  const visit = (file: string) => {
    if (eager.has(file)) return;
    eager.add(file);
    for (const imported of outputs[file]?.imports ?? []) if (imported.kind === "import-statement") visit(imported.path);
  };
  visit(entryFile);
  let entry = 0;
  let lazy = 0;
  for (const file of Object.keys(outputs).filter((f) => f.endsWith(".js"))) {
    if (eager.has(file)) entry += gz(file);
    else lazy += gz(file);
  }
  return { entry, lazy };
}

const out = mkdtempSync(join(tmpdir(), "sdk-bundle-"));
try {
  const entryGz = await bundledEntryGzip(join(root, "src/index.ts"), join(out, "full"));
  const appEntry = join(out, "app.ts");
  writeFileSync(appEntry, `export { createOperationsClient, ApiError, OperationError } from ${JSON.stringify(join(root, "src/index.ts"))};`);
  const appGz = await bundledEntryGzip(appEntry, join(out, "app"));
  const goal = (bytes: number, max: number) => `(goal <= ${max} kB: ${bytes <= max * 1024 ? "pass" : "MISS"})`;
  console.log("Size (esbuild --bundle --minify --splitting, ESM, gzip -9; entry = entry file + chunks it imports statically)");
  console.log(`  SDK entry, every export, without lazy chunks   ${kB(entryGz.entry)}   ${goal(entryGz.entry, 8)}`);
  console.log(`  an app importing createOperationsClient only   ${kB(appGz.entry)}   ${goal(appGz.entry, 7)}`);
  console.log(`  lazily loaded chunks                           ${kB(entryGz.lazy)}   (openapi-fetch for raw; retries, polling and errors; validators; google-auth adapter)`);

  const runs: Array<[string, string[]]> = [
    ["node -e ''", ["-e", ""]],
    ["SDK entry (esbuild bundle)", ["--input-type=module", "-e", `await import(${JSON.stringify(join(out, "full", "index.js"))})`]],
  ];
  const dist = join(root, "dist/src/index.js");
  if (existsSync(dist)) runs.push(["SDK entry (dist, tsc build)", ["--input-type=module", "-e", `await import(${JSON.stringify(dist)})`]]);
  runs.push(["@google-cloud/automl", ["-e", "require('@google-cloud/automl')"]]);

  const times = new Map<string, number[]>(runs.map(([name]) => [name, []]));
  for (let i = 0; i < SAMPLES + 1; i++) {
    for (const [name, args] of runs) {
      const started = performance.now();
      const result = spawnSync(process.execPath, args, { cwd: root, stdio: "ignore" });
      const ms = performance.now() - started;
      if (result.status !== 0) throw new Error(`${name} failed to start`);
      if (i > 0) times.get(name)!.push(ms); // the first pass warms the file cache
    }
  }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  const bare = median(times.get("node -e ''")!);
  console.log(`\nImport time (fresh node process, median of ${SAMPLES}, interleaved)`);
  for (const [name] of runs) {
    const ms = median(times.get(name)!);
    console.log(`  ${name.padEnd(30)} ${ms.toFixed(0).padStart(5)} ms   ${(ms / bare).toFixed(2)}× bare node`);
  }

  console.log("\nInstalled footprint (the package and its production dependencies)");
  for (const name of ["openapi-fetch", "@google-cloud/automl"]) {
    const { packages, bytes } = footprint(name, root);
    const label = name === "openapi-fetch" ? "SDK runtime (openapi-fetch)" : name;
    console.log(`  ${label.padEnd(30)} ${String(packages).padStart(4)} packages   ${(bytes / 1024 / 1024).toFixed(1)} MB`);
  }
  // The package also ships the fake and the conformance kit, whose run-time needs (ajv, yaml) the SDK
  // entry never imports; an install pulls them in all the same.
  const all = dependenciesFootprint(root);
  console.log(`  ${"whole package's dependencies".padEnd(30)} ${String(all.packages).padStart(4)} packages   ${(all.bytes / 1024 / 1024).toFixed(1)} MB`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
