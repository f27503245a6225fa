/**
 * The CLI against servers written to hurt it (hostile-servers/servers.ts), each run as a user runs it: a
 * child process with a token and a credential header (`-H x-goog-api-key:…`). Every row ends bounded:
 * the exit code, a report naming the check the server failed, the run going on past it, no header of
 * the user's reaching another origin, and the child's peak memory under PEAK_LIMIT_MIB (the CLI against
 * the fake peaks near 140 MiB here; without the cap the endless body and the gzip bomb grow the process
 * to gigabytes). The cap is 1 MiB here so each row is quick; bench/hostile-memory.ts measures the
 * default 32 MiB.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOSTILE_SERVERS, startHostileServer, type HostileServer, type RunningHostileServer } from "./hostile-servers/servers.js";
import { CLI_API_KEY, CLI_TOKEN, runCli, type CliRun } from "./hostile-servers/run-cli.js";

const PEAK_LIMIT_MIB = 300;
/** Children at once: each is a whole CLI run on a shared machine. */
const AT_ONCE = 3;
const KILL_AFTER_MS = 150_000;

interface Row {
  server: RunningHostileServer;
  run: CliRun;
}

const rows = new Map<string, Promise<Row>>();
const started: RunningHostileServer[] = [];

async function runRow(hostile: HostileServer): Promise<Row> {
  const server = await startHostileServer(hostile);
  started.push(server);
  const run = await runCli(server.url, ["--max-response-bytes", "1MiB", "--timeout", "5s"], KILL_AFTER_MS);
  return { server, run };
}

beforeAll(() => {
  // A small pool: AT_ONCE children run side by side, the rest start as they finish.
  const queue = [...HOSTILE_SERVERS];
  const slots: Array<Promise<unknown>> = [];
  const next = (): Promise<unknown> => {
    const hostile = queue.shift();
    if (!hostile) return Promise.resolve();
    const row = runRow(hostile);
    row.catch(() => undefined); // awaited, and so reported, by the row's own test
    rows.set(hostile.id, row);
    return row.then(next, next);
  };
  for (let i = 0; i < AT_ONCE; i++) slots.push(next());
});

afterAll(async () => {
  await Promise.all(started.map((server) => server.close()));
});

function failedChecks(run: CliRun): string[] {
  return [...new Set((run.report?.results ?? []).filter((r) => r.status === "failed").map((r) => r.check))];
}

describe("the CLI against hostile servers ends bounded, naming what the server did", () => {
  for (const hostile of HOSTILE_SERVERS) {
    it(`${hostile.id}: ${hostile.does}`, { timeout: KILL_AFTER_MS * 3 }, async () => {
      // Rows queue behind each other; the wait is bounded by the kill timer of each child.
      const waitFor = async (): Promise<Row> => {
        for (;;) {
          const row = rows.get(hostile.id);
          if (row) return row;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      };
      const { server, run } = await waitFor();
      expect(run.killed, run.stderr.slice(-2000)).toBe(false);
      expect(run.peakRssMiB, "the child reported its peak memory").toBeDefined();
      expect(run.peakRssMiB!).toBeLessThan(PEAK_LIMIT_MIB);
      // Nothing of the user's reached another origin, and no output holds the token.
      expect(server.elsewhere.received).toEqual([]);
      expect(run.stdout + run.stderr).not.toContain(CLI_TOKEN);
      expect(run.stdout + run.stderr).not.toContain(CLI_API_KEY);
      expect(run.stderr).not.toMatch(/RangeError|Check failed|fetch failed/);
      if (hostile.check === undefined) {
        // Headers and then silence: the run cannot start, and says why in one line.
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("no answer in time (see --timeout)");
        return;
      }
      expect(run.code).toBe(1);
      expect(failedChecks(run)).toContain(hostile.check);
      const named = run.report!.results.find((r) => r.check === hostile.check && r.status === "failed")!;
      expect(named.message).toMatch(/Received: .+\nDocumented: /);
      if (hostile.check === "redirectStaysOnOrigin") expect(named.message).toContain(`Location ${server.elsewhere.url}/`);
      // The run went on past the refused answer: every scenario has its results.
      expect(new Set(run.report!.results.map((r) => r.check)).size).toBeGreaterThan(1);
      expect(run.report!.results.length).toBeGreaterThan(20);
    });
  }
});
