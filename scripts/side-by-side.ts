/**
 * Runs npm scripts side by side and exits non-zero when any of them failed. Each script's output is
 * held and printed whole when it ends, so the outputs never interleave. npm test runs the static checks
 * (lint, drift, typecheck) this way: each is one single-threaded process, and one after another they
 * left the second core idle.
 *
 *   tsx scripts/side-by-side.ts lint check:generated typecheck
 */
import { spawn } from "node:child_process";
import { pathToFileURL } from "node:url";

export interface ScriptRun {
  script: string;
  code: number;
  output: string;
  ms: number;
}

/** Runs `npm run -s SCRIPT` for each script at once; resolves with each one's outcome as it ends, in order of ending. */
export function runSideBySide(scripts: string[], onEnd: (run: ScriptRun) => void = () => {}, cwd = process.cwd()): Promise<ScriptRun[]> {
  return Promise.all(
    scripts.map(
      (script) =>
        new Promise<ScriptRun>((resolve) => {
          const started = performance.now();
          const child = spawn("npm", ["run", "-s", script], { cwd, stdio: ["ignore", "pipe", "pipe"] });
          let output = "";
          child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
          child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
          let ended = false;
          const end = (code: number) => {
            if (ended) return;
            ended = true;
            const run = { script, code, output, ms: performance.now() - started };
            onEnd(run);
            resolve(run);
          };
          child.once("error", (error) => {
            output += `${error.message}\n`;
            end(1);
          });
          child.once("close", (code) => end(code ?? 1));
        }),
    ),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const scripts = process.argv.slice(2);
  const runs = await runSideBySide(scripts, (run) => {
    process.stdout.write(run.output);
    const seconds = (run.ms / 1000).toFixed(1);
    process.stdout.write(run.code === 0 ? `${run.script}: ok (${seconds} s)\n` : `${run.script}: failed, exit ${run.code} (${seconds} s)\n`);
  });
  if (runs.some((run) => run.code !== 0)) process.exitCode = 1;
}
