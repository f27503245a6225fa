/**
 * `automl-ops conformance`: runs the contract suite against a server and reports it. Progress goes
 * to stderr, the report to stdout or --output, and the exit code says whether the server conforms.
 */
import { writeFile } from "node:fs/promises";
import type { ConformanceReport } from "../../contract-tests/runner.js";
import { defineTarget } from "../../contract-tests/target.js";
import { capabilitiesOf, parseConformanceArgs, type ConformanceArgs, type ReporterName } from "./conformance-args.js";
import { outcomeOf } from "./outcome.js";
import { formatConsoleReport, progressLine } from "./report-console.js";
import { formatJsonReport } from "./report-json.js";
import { formatJunitReport } from "./report-junit.js";
import { runSuite } from "./suite.js";
import { tokenFromCommand } from "./token-command.js";

/** Where the command writes; tests pass collectors instead of the process streams. */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const PROCESS_IO: CommandIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

const FORMATTERS: Record<ReporterName, (report: ConformanceReport) => string> = {
  console: formatConsoleReport,
  json: formatJsonReport,
  junit: formatJunitReport,
};

/** Prism's validating proxy in front of the server, loaded only when asked for (it is a dev tool). */
async function startValidatingProxy(upstream: string) {
  const { startPrism } = await import("../../scripts/prism.js");
  return startPrism({ mode: "proxy", upstream });
}

/** Runs the suite with parsed options; returns the exit code. */
export async function runConformanceWith(args: ConformanceArgs, io: CommandIo = PROCESS_IO): Promise<number> {
  const proxy = args.viaProxy ? await startValidatingProxy(args.baseUrl) : undefined;
  try {
    if (proxy) io.stderr(`Prism's validating proxy at ${proxy.url} → ${args.baseUrl}\n`);
    if (proxy && !args.token) {
      // The spec requires a bearer token on every method: Prism reports each request without one.
      io.stderr("note: without --token, Prism's proxy reports every request as a security violation\n");
    }
    const token = args.token
      ? "value" in args.token
        ? args.token.value
        : tokenFromCommand(args.token.command)
      : undefined;
    const target = defineTarget({
      name: proxy ? `${args.baseUrl} via Prism's proxy` : args.baseUrl,
      baseUrl: proxy ? proxy.url : args.baseUrl,
      parent: args.parent,
      ...(token !== undefined ? { token } : {}),
      capabilities: capabilitiesOf(args),
    });
    const report = await runSuite(
      target,
      {
        ...(args.specPath ? { specPath: args.specPath } : {}),
        ...(args.only ? { only: args.only } : {}),
        ...(args.workers !== undefined ? { concurrency: args.workers } : {}),
        ...(args.cancelTimeoutMs !== undefined ? { cancelTimeoutMs: args.cancelTimeoutMs } : {}),
        ...(args.throttleBudgetMs !== undefined ? { throttleBudgetMs: args.throttleBudgetMs } : {}),
      },
      args.quiet ? undefined : (scenario, results, done, total) => io.stderr(progressLine(scenario, results, done, total) + "\n"),
    );
    const text = FORMATTERS[args.reporter](report);
    if (args.output) {
      await writeFile(args.output, text);
      io.stderr(`report written to ${args.output}\n`);
    } else {
      io.stdout(text);
    }
    // The console summary always reaches the terminal, even when a machine format went to stdout.
    if (args.reporter !== "console" || args.output) io.stderr(formatConsoleReport(report).split("\n").slice(-2).join("\n"));
    const outcome = outcomeOf(report, args.allowUntested);
    if (outcome.reason) io.stderr(`not passed: ${outcome.reason}\n`);
    return outcome.exitCode;
  } finally {
    await proxy?.close();
  }
}

/** `automl-ops conformance …`: parses argv (throws UsageError) and runs. */
export function runConformanceCommand(argv: string[], io: CommandIo = PROCESS_IO): Promise<number> {
  return runConformanceWith(parseConformanceArgs(argv), io);
}
