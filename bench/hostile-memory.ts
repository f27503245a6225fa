/**
 * Peak memory of the CLI (`automl-ops conformance`, a child process run from the sources, its default
 * options: 32 MiB cap, 15 s timeout, 6 workers) against the hostile servers that send the most
 * (contract-tests/hostile-servers/servers.ts), beside its peak against the fake, measured in the same
 * run. Goal: each within 100 MB of the fake's. Peaks are `process.resourceUsage().maxRSS`, reported by
 * the child at exit (contract-tests/hostile-servers/peak-rss.ts).
 *
 *   npx tsx bench/hostile-memory.ts [--rounds 1]
 */
import { HOSTILE_SERVERS, startHostileServer } from "../contract-tests/hostile-servers/servers.js";
import { runCli } from "../contract-tests/hostile-servers/run-cli.js";
import { createFakeServer } from "../src/fake/index.js";

const ROWS = ["endless-body", "content-length-2gib", "gzip-bomb"];
const GOAL_MB = 100;
const i = process.argv.indexOf("--rounds");
const rounds = i >= 0 ? Number(process.argv[i + 1]) : 1;

const MB = 1024 * 1024;
const peaks = new Map<string, number[]>();
const outcome = new Map<string, string>();
const note = (row: string, peakMiB: number | undefined) => {
  if (peakMiB !== undefined) peaks.set(row, [...(peaks.get(row) ?? []), peakMiB]);
};

for (let round = 0; round < rounds; round++) {
  // The fake and the hostile servers take turns, so a change in the machine's load falls on all alike.
  const fake = await createFakeServer({ port: 0, host: "127.0.0.1" });
  try {
    const run = await runCli(fake.url, ["--profile", "fake"]);
    note("fake", run.peakRssMiB);
    outcome.set("fake", `exit ${run.code}`);
  } finally {
    await fake.close();
  }
  for (const id of ROWS) {
    const server = await startHostileServer(HOSTILE_SERVERS.find((s) => s.id === id)!);
    try {
      const run = await runCli(server.url, [], 300_000);
      note(id, run.peakRssMiB);
      const failed = new Set(run.report?.results.filter((r) => r.status === "failed").map((r) => r.check));
      outcome.set(id, `exit ${run.code}${run.killed ? " (killed)" : ""}, ${failed.has("responseSizeBounded") ? "responseSizeBounded failed" : "responseSizeBounded NOT reported"}, ${(run.wallMs / 1000).toFixed(0)} s`);
    } finally {
      await server.close();
    }
  }
}

const max = (row: string) => Math.max(...(peaks.get(row) ?? [NaN]));
const base = max("fake");
console.log(`# Peak RSS of the CLI (default options), highest of ${rounds} round(s)`);
let missed = false;
for (const row of ["fake", ...ROWS]) {
  const peak = max(row);
  const over = ((peak - base) * MB) / 1e6;
  const delta = `${over >= 0 ? "+" : ""}${over.toFixed(0)} MB`;
  const verdict = row === "fake" ? "" : over <= GOAL_MB ? `${delta}  ok` : `${delta}  MISS (goal ${GOAL_MB} MB)`;
  missed ||= row !== "fake" && !(over <= GOAL_MB);
  console.log(`${row.padEnd(22)} ${peak.toFixed(0).padStart(5)} MiB  ${verdict.padEnd(16)} ${outcome.get(row) ?? ""}`);
}
if (missed) process.exitCode = 1;
