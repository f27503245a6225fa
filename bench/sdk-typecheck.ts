/**
 * What a strict TypeScript app pays to type-check the SDK's declarations, side by side in one run:
 *
 * - baseline: an app of the same shape that calls the API with `fetch` alone;
 * - sdk: the same app on the friendly client (get, list, start, errors);
 * - sdk + raw: the sdk app also using `raw`, typed by `automl-ops-kit/raw`.
 *
 * Each is compiled by `tsc --extendedDiagnostics` in a fresh process, strict, with the same lib
 * (ES2023, DOM), without skipLibCheck, against the built declarations (`npm run build` → dist/, run
 * first unless --no-build). Rounds are interleaved; the figure is the median over rounds of the
 * difference within a round, so the machine's load at the time weighs on both sides alike.
 *
 *   npx tsx bench/sdk-typecheck.ts [--rounds 5] [--no-build] [--package DIR] [--before DIR]
 *
 * --package measures another built copy of the package (its package.json and dist/); --before adds the
 * sdk app against a second built copy (an older commit, say), in the same rounds.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { rounds: { type: "string", default: "5" }, "no-build": { type: "boolean", default: false }, package: { type: "string" }, before: { type: "string" } } });
const ROUNDS = Number(values.rounds);
const pkg = resolve(values.package ?? root);
const tsc = createRequire(join(root, "package.json")).resolve("typescript/bin/tsc");
/** The goal: what the SDK may add to the check time of an app that imports nothing else. */
const GOAL_S = 1.5;

const SHARED = `const parent = "projects/my-proj/locations/us-central1";\n`;
const BASELINE = `interface Operation { name?: string; done?: boolean; metadata?: { progressPercent?: number } }
interface ListOperationsResponse { operations?: Operation[]; nextPageToken?: string }
const base = "https://automl.googleapis.com/v1beta1";
const headers = { authorization: "Bearer ya29.example" };
${SHARED}
export async function progress(name: string): Promise<number | undefined> {
  const op = (await (await fetch(\`\${base}/\${name}\`, { headers })).json()) as Operation;
  return op.metadata?.progressPercent;
}
export async function names(): Promise<string[]> {
  const page = (await (await fetch(\`\${base}/\${parent}/operations?filter=done%3Dfalse\`, { headers })).json()) as ListOperationsResponse;
  return (page.operations ?? []).map((o) => o.name ?? "");
}
export async function train(): Promise<string | undefined> {
  const res = await fetch(\`\${base}/\${parent}/models\`, { method: "POST", headers, body: JSON.stringify({ displayName: "churn_model" }) });
  if (!res.ok) throw new Error(\`HTTP \${res.status}\`);
  return ((await res.json()) as Operation).name;
}
`;
const SDK = `import { createOperationsClient, ApiError, OperationError, type Operation } from "automl-ops-kit";
const ops = createOperationsClient({ token: "ya29.example" });
${SHARED}
export async function progress(name: string): Promise<number | undefined> {
  const op: Operation = await ops.get(name);
  return op.metadata?.progressPercent;
}
export async function names(): Promise<string[]> {
  const found: string[] = [];
  for await (const o of ops.list(parent, { filter: "done=false" })) found.push(o.name ?? "");
  return found;
}
export async function train(): Promise<string | undefined> {
  const body = { displayName: "churn_model", datasetId: "TBL5314616996136591360", tablesModelMetadata: { trainBudgetMilliNodeHours: "1000" } };
  try {
    return (await (await ops.start("createModel", { parent, body })).result({ totalTimeoutMs: 86_400_000 })).name;
  } catch (e) {
    if (e instanceof OperationError || e instanceof ApiError) console.log(e.status, e.details);
    throw e;
  }
}
`;
const RAW = `
export async function rawGet(): Promise<boolean | undefined> {
  const path = { projectsId: "my-proj", locationsId: "us-central1", operationsId: "TRN1" };
  const { data } = await ops.raw.GET("/v1beta1/projects/{projectsId}/locations/{locationsId}/operations/{operationsId}", { params: { path } });
  return data?.done;
}
`;
const exportsRaw = Boolean((JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")) as { exports?: Record<string, unknown> }).exports?.["./raw"]);
const CONTENDERS: Record<string, { app: string; pkg: string }> = {
  baseline: { app: BASELINE, pkg },
  sdk: { app: SDK, pkg },
  "sdk + raw": { app: (exportsRaw ? `import type {} from "automl-ops-kit/raw";\n` : "") + SDK + RAW, pkg },
};
if (values.before) CONTENDERS["sdk (before)"] = { app: SDK, pkg: resolve(values.before) };

const TSCONFIG = {
  compilerOptions: { target: "ES2022", lib: ["ES2023", "DOM", "DOM.Iterable"], module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, types: [] },
  files: ["app.ts"],
};

if (!values["no-build"]) {
  const built = spawnSync("npm", ["run", "-s", "build"], { cwd: pkg, stdio: "inherit" });
  if (built.status !== 0) throw new Error("npm run build failed");
}

const work = mkdtempSync(join(tmpdir(), "sdk-typecheck-"));
const dirs: Record<string, string> = {};
for (const [name, { app, pkg: target }] of Object.entries(CONTENDERS)) {
  const dir = join(work, name.replace(/\W+/g, "-"));
  mkdirSync(join(dir, "node_modules"), { recursive: true });
  symlinkSync(target, join(dir, "node_modules", "automl-ops-kit"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(TSCONFIG));
  writeFileSync(join(dir, "app.ts"), app);
  dirs[name] = dir;
}

interface Sample {
  check: number;
  total: number;
  files: number;
  types: number;
  instantiations: number;
}

function compile(dir: string): Sample {
  const run = spawnSync(process.execPath, [tsc, "-p", dir, "--extendedDiagnostics"], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`tsc failed in ${dir}:\n${run.stdout}${run.stderr}`);
  const field = (label: string) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(run.stdout)?.[1] ?? NaN);
  return { check: field("Check time"), total: field("Total time"), files: field("Files"), types: field("Types"), instantiations: field("Instantiations") };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const samples: Record<string, Sample[]> = Object.fromEntries(Object.keys(CONTENDERS).map((name) => [name, []]));
try {
  for (let round = 1; round <= ROUNDS; round++) {
    // Alternate the order so neither side always runs first in a round.
    const order = Object.keys(CONTENDERS);
    if (round % 2 === 0) order.reverse();
    for (const name of order) samples[name]!.push(compile(dirs[name]!));
    process.stderr.write(`round ${round}/${ROUNDS}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const s = (x: number) => `${x.toFixed(2)} s`;
console.log(`\nstrict tsc, no skipLibCheck, ${ROUNDS} rounds, package ${pkg}${exportsRaw ? "" : " (no raw entry: raw typed by the client itself)"}`);
console.log("contender    | files | types  | instantiations | check (median, min-max)  | total (median)");
for (const [name, list] of Object.entries(samples)) {
  const checks = list.map((x) => x.check);
  const row = [name.padEnd(12), String(list[0]!.files).padStart(5), String(list[0]!.types).padStart(6), String(list[0]!.instantiations).padStart(14), `${s(median(checks))} (${s(Math.min(...checks))}-${s(Math.max(...checks))})`.padEnd(24), s(median(list.map((x) => x.total)))];
  console.log(row.join(" | "));
}
const base = samples.baseline!;
for (const name of Object.keys(CONTENDERS).filter((n) => n !== "baseline")) {
  const list = samples[name]!;
  const checkAdded = median(list.map((x, i) => x.check - base[i]!.check));
  const totalAdded = median(list.map((x, i) => x.total - base[i]!.total));
  const ratio = median(list.map((x, i) => x.check / base[i]!.check));
  const verdict = name !== "sdk + raw" ? (checkAdded <= GOAL_S ? `pass (goal <= ${GOAL_S} s)` : `MISS (goal <= ${GOAL_S} s)`) : "(no goal: raw is opted into)";
  console.log(`${name} adds ${s(checkAdded)} check time (x${ratio.toFixed(2)} of the baseline's), ${s(totalAdded)} total: ${verdict}`);
}
