/**
 * `--token-command`: runs a shell command (such as `gcloud auth print-access-token`) once, before the
 * first request, and takes its trimmed output as the token. A command that fails, prints nothing or
 * hangs ends the run before anything is sent, with one line that never holds its output (a token, or
 * part of one) and, when it failed, ends with the last lines of its stderr (where gcloud says why),
 * with anything shaped like a credential redacted and control characters shown escaped.
 */
import { spawn } from "node:child_process";
import { REDACTED } from "../redact.js";
import { escapeLine } from "./escape.js";

/** Why the token command gave no token; the message is one line and safe to print. */
export class TokenCommandError extends Error {
  override name = "TokenCommandError";
}

export interface TokenCommandOptions {
  /** How long the command may run before it is stopped. @default 30000 */
  timeoutMs?: number;
  /** After SIGTERM, how long it has to exit before SIGKILL. @default 2000 */
  killGraceMs?: number;
  /** Stops the command (SIGKILL to its group) when aborted, such as by Ctrl-C. @default undefined */
  signal?: AbortSignal | undefined;
}

/** Sends `signal` to the command's whole process group: the shell and whatever it started. */
function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}

/** How much of the command's stderr is kept (its end), and how many of its last lines are shown. */
const STDERR_KEPT_BYTES = 8_192;
const STDERR_LINES_SHOWN = 3;
/**
 * What a credential looks like in a tool's messages: a Google access token (`ya29.`), a JWT, whatever
 * follows `Bearer`/`Basic`, and any long unbroken run of token characters (an API key, a refresh token).
 */
const CREDENTIAL_SHAPES = [/\b(Bearer|Basic)\s+\S+/gi, /\bya29\.[\w.~+/=-]+/g, /\beyJ[\w-]*\.[\w-]*\.?[\w-]*/g, /[\w.~+=-]{32,}/g];

/** The last lines of a failed command's stderr, as one line: credentials redacted, controls escaped. */
export function stderrTail(stderr: string): string {
  const lines = stderr.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  return lines
    .slice(-STDERR_LINES_SHOWN)
    .map((line) => {
      let safe = line;
      for (const shape of CREDENTIAL_SHAPES) safe = safe.replace(shape, (found, scheme?: string) => (scheme && /^(Bearer|Basic)$/i.test(scheme) ? `${scheme} ${REDACTED}` : REDACTED));
      // A terminal must not act on what the command printed (ESC sequences, CR, C1 controls).
      safe = escapeLine(safe);
      return safe.length > 200 ? `${safe.slice(0, 200)}…` : safe;
    })
    .join(" / ");
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/**
 * Runs `command` with /bin/sh and resolves with its trimmed stdout. The command runs in a process group
 * of its own so a timeout stops everything it started: SIGTERM first, SIGKILL after `killGraceMs` for a
 * command that ignores SIGTERM. The end of its stderr is kept, to say why when it fails.
 */
export function runTokenCommand(command: string, options: TokenCommandOptions = {}): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const killGraceMs = options.killGraceMs ?? 2_000;
  return new Promise((resolve, reject) => {
    const child = spawn("/bin/sh", ["-c", command], { stdio: ["ignore", "pipe", "pipe"], detached: true });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_KEPT_BYTES);
    });
    const timers: NodeJS.Timeout[] = [];
    let timedOut = false;
    let settled = false;
    const finish = (error: TokenCommandError | undefined, token?: string) => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      options.signal?.removeEventListener("abort", onAbort);
      // A process that left the group may still hold the pipes open: stop reading them.
      child.stdout.destroy();
      child.stderr.destroy();
      if (error) reject(error);
      else resolve(token!);
    };
    const timeoutError = () => new TokenCommandError(`--token-command did not finish within ${seconds(timeoutMs)} and was stopped`);
    timers.push(
      setTimeout(() => {
        timedOut = true;
        killGroup(child.pid!, "SIGTERM");
        timers.push(
          setTimeout(() => {
            killGroup(child.pid!, "SIGKILL");
            timers.push(setTimeout(() => finish(timeoutError()), 1_000));
          }, killGraceMs),
        );
      }, timeoutMs),
    );
    const onAbort = () => {
      killGroup(child.pid!, "SIGKILL");
      finish(new TokenCommandError("--token-command was interrupted"));
    };
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener("abort", onAbort, { once: true });
    child.once("error", (err) => finish(new TokenCommandError(`--token-command could not be started: ${err.message}`)));
    // "close", not "exit": the output is complete only once the pipes are closed.
    child.once("close", (code, signal) => {
      if (timedOut) {
        // Whatever the shell left behind in its group goes with it.
        killGroup(child.pid!, "SIGKILL");
        return finish(timeoutError());
      }
      if (signal) return finish(new TokenCommandError(`--token-command was ended by ${signal}`));
      if (code !== 0) {
        const said = stderrTail(stderr);
        return finish(new TokenCommandError(`--token-command failed with exit code ${code}${said ? `: ${said}` : " and printed nothing on stderr"}`));
      }
      const token = Buffer.concat(chunks).toString("utf8").trim();
      if (token === "") return finish(new TokenCommandError("--token-command printed no token"));
      finish(undefined, token);
    });
  });
}
