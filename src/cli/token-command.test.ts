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

  it("fails with one line that never holds its stdout, and ends with the last lines of its stderr", async () => {
    const error = await runTokenCommand(`echo SECRET-STDOUT-1; echo first >&2; echo second >&2; echo 'ERROR: (gcloud.auth) reauth needed' >&2; echo >&2; echo 'run gcloud auth login' >&2; exit 3`).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe("--token-command failed with exit code 3: second / ERROR: (gcloud.auth) reauth needed / run gcloud auth login");
    expect((error as Error).message).not.toContain("SECRET-STDOUT-1");
  });

  it("says why a command that is not found fails (the shell's own words)", async () => {
    const error = await runTokenCommand(`no-such-command-for-tokens`).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^--token-command failed with exit code 127: .*no-such-command-for-tokens.*not found$/);
  });

  it("redacts what looks like a credential in its stderr and escapes control characters", async () => {
    const token = "ya29.a0AfB_byC-0123456789abcdefghijklmnopqrstuvwxyz";
    const error = await runTokenCommand(
      `printf 'refresh ${token} failed\\n' >&2; printf 'header Bearer abc.def-123 and key AIzaSyA0123456789abcdefghijklmnopqrstu\\n' >&2; printf '\\033]0;pwned\\007done\\n' >&2; exit 1`,
    ).catch((e: Error) => e);
    const message = (error as Error).message;
    expect(message).toBe(
      "--token-command failed with exit code 1: refresh [REDACTED] failed / header Bearer [REDACTED] and key [REDACTED] / \\x1b]0;pwned\\x07done",
    );
  });

  it("says so when a failed command printed nothing on stderr", async () => {
    const error = await runTokenCommand(`exit 4`).catch((e: Error) => e);
    expect((error as Error).message).toBe("--token-command failed with exit code 4 and printed nothing on stderr");
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
