/**
 * How long `npm test` takes here, quiet and on a busy machine, in one run: once quiet, then `--runs`
 * times in a row beside busy loops (two per core unless told otherwise), each `CI=true`, so a missing
 * system tool fails rather than skips. The busy loops are this script's children, killed by their PIDs
 * when it ends, whatever the outcome. Run it on a fresh clone after `npm ci`: it measures the checkout
 * it is run from.
 *
 *   npx tsx bench/suite-time.ts [--runs 3] [--hogs-per-core 2] [--no-quiet]
 *
 * Goals (issue 19): quiet at most 240 s; beside two busy loops per core at most 480 s, every run green.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, "hogs-per-core": { type: "string", default: "2" }, "no-quiet": { type: "boolean", default: false } } });
const RUNS = Number(values.runs);
const HOGS = Number(values["hogs-per-core"]) * availableParallelism();
const QUIET_GOAL_S = 240;
const LOADED_GOAL_S = 480;

interface Run {
  seconds: number;
  code: number;
  /** The suite's closing line, `N passed, N failed, N skipped`. */
  summary: string;
}

/** Runs `npm test` in the checkout; its output is kept only for the summary line and a failure's tail. */
function npmTest(): Promise<Run> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn("npm", ["test"], { cwd: root, env: { ...process.env, CI: "true" }, stdio: ["ignore", "pipe", "pipe"] });
    let tail = "";
    const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-20_000));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("close", (code) => {
      const summary = [...tail.matchAll(/^\d+ passed, \d+ failed.*$/gm)].at(-1)?.[0] ?? "(no summary line)";
      if (code !== 0) process.stderr.write(tail.slice(-4_000));
      done({ seconds: (performance.now() - started) / 1000, code: code ?? 1, summary });
    });
  });
}

const line = (label: string, run: Run, goal: number) =>
  `${label.padEnd(12)} ${run.seconds.toFixed(0).padStart(4)} s  exit ${run.code}  ${run.summary}  ${run.code === 0 && run.seconds <= goal ? "meets" : "misses"} the ${goal} s goal`;

const results: string[] = [];
let quiet: Run | undefined;
if (!values["no-quiet"]) {
  quiet = await npmTest();
  results.push(line("quiet", quiet, QUIET_GOAL_S));
  console.log(results.at(-1));
}

const hogs: ChildProcess[] = [];
const stopHogs = () => {
  for (const hog of hogs) if (hog.pid !== undefined && hog.exitCode === null && hog.signalCode === null) process.kill(hog.pid, "SIGKILL");
};
process.on("exit", stopHogs);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

const loaded: Run[] = [];
try {
  for (let i = 0; i < HOGS; i++) hogs.push(spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }));
  for (let i = 1; i <= RUNS; i++) {
    loaded.push(await npmTest());
    results.push(line(`busy ${i}/${RUNS}`, loaded.at(-1)!, LOADED_GOAL_S));
    console.log(results.at(-1));
  }
} finally {
  stopHogs();
}

console.log(`\nnpm test, ${availableParallelism()} cores, ${HOGS} busy loops beside the busy runs`);
for (const result of results) console.log(result);
if (quiet && loaded.length > 0) {
  const slowest = Math.max(...loaded.map((r) => r.seconds));
  console.log(`slowest busy run / quiet run: x${(slowest / quiet.seconds).toFixed(2)}`);
}
const green = [...(quiet ? [quiet] : []), ...loaded].every((r) => r.code === 0);
process.exitCode = green ? 0 : 1;
