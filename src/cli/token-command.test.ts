import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTokenCommand } from "./token-command.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "automl-ops-token-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Whether `pid` still runs: a zombie (dead, waiting for a parent that may never reap it) does not. */
function alive(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z";
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return condition();
}

describe("--token-command", () => {
  it("resolves with the command's output, trimmed", async () => {
    expect(await runTokenCommand(`printf '  ya29.token-from-command\\n'`)).toBe("ya29.token-from-command");
  });

  it("fails with one line that holds neither its stdout nor its stderr", async () => {
    const error = await runTokenCommand(`echo SECRET-STDOUT-1; echo SECRET-STDERR-1 >&2; exit 3`).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe("--token-command failed with exit code 3 (run it by hand to see why)");
  });

  it("fails when it prints nothing but blanks", async () => {
    await expect(runTokenCommand(`printf '  \\n\\n'`)).rejects.toThrow("--token-command printed no token");
  });

  it("stops a command that hangs, and SIGKILLs one that ignores SIGTERM, with everything it started", async () => {
    const pidFile = join(dir, "pids");
    // The shell ignores SIGTERM and so does the child it starts; both write their pid first.
    const command = `trap '' TERM; echo $$ > ${pidFile}; sh -c 'trap "" TERM; echo $$ >> ${pidFile}; while :; do sleep 0.05; done' & wait`;
    const started = Date.now();
    const error = await runTokenCommand(command, { timeoutMs: 300, killGraceMs: 300 }).catch((e: Error) => e);
    expect((error as Error).message).toBe("--token-command did not finish within 0.3 s and was stopped");
    // Generous bound: the timeout, the grace and a loaded machine.
    expect(Date.now() - started).toBeLessThan(10_000);
    const pids = (await readFile(pidFile, "utf8")).trim().split("\n").map(Number);
    expect(pids).toHaveLength(2);
    expect(await waitUntil(() => pids.every((pid) => !alive(pid)), 5_000)).toBe(true);
  });

  it("is stopped by the run's signal (Ctrl-C while it runs)", async () => {
    const controller = new AbortController();
    const pending = runTokenCommand("sleep 30", { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toThrow("--token-command was interrupted");
  });
});
