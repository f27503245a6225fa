/**
 * `automl-ops conformance`: preflight, run, report. Progress goes to stderr, the report to stdout or
 * --output (and a HAR file with --har); the exit code says whether the server conforms. Everything the
 * command writes, to the terminal or to a file, is redacted of the token.
 */
import { writeFile } from "node:fs/promises";
import { listScenarios, type ConformanceReport } from "../../contract-tests/runner.js";
import type { SpecModel } from "../../contract-tests/spec-model.js";
import { defineTarget, type Target } from "../../contract-tests/target.js";
import { createKitFetch, type WireRecord } from "../../contract-tests/transport.js";
import { credentialSecrets } from "../credential-headers.js";
import { redactSecrets } from "../redact.js";
import { capabilitiesOf, parseConformanceArgs, type ConformanceArgs, type ReporterName } from "./conformance-args.js";
import { listenForInterrupt, PROCESS_IO, redactingIo, type CommandIo } from "./io.js";
import { escapeLine } from "./escape.js";
import { EXIT_FAILED, EXIT_INTERRUPTED, EXIT_USAGE, outcomeOf } from "./outcome.js";
import {
  checkBaseUrlPath,
  checkOnly,
  checkReachable,
  checkTransport,
  checkWritable,
  obtainToken,
  PreflightError,
  readSpec,
  readStartRequests,
} from "./preflight.js";
import { formatConsoleReport, progressLine } from "./report-console.js";
import { formatHar } from "./report-har.js";
import { formatHtmlReport, type HtmlReportContext } from "./report-html.js";
import { formatJsonReport } from "./report-json.js";
import { formatJunitReport } from "./report-junit.js";
import { summarizeRun, type RunSummary } from "./run-summary.js";
import { withSkipHints } from "./skip-hints.js";
import { runSuite } from "./suite.js";

export { PROCESS_IO, type CommandIo } from "./io.js";

const FORMATTERS: Record<ReporterName, (report: ConformanceReport, summary: RunSummary, context: HtmlReportContext) => string> = {
  console: formatConsoleReport,
  json: formatJsonReport,
  junit: formatJunitReport,
  html: formatHtmlReport,
};

/** Prism's validating proxy in front of the server, loaded only when asked for (it is a dev tool). */
async function startValidatingProxy(upstream: string) {
  try {
    const { startPrism } = await import("../../scripts/prism.js");
    return await startPrism({ mode: "proxy", upstream });
  } catch (error) {
    throw new PreflightError(`--via-proxy: ${(error as Error).message.split("\n")[0]}`);
  }
}

function specInfo(spec: SpecModel): RunSummary["spec"] {
  const info = (spec.document.info ?? {}) as { title?: unknown; version?: unknown };
  return {
    path: spec.path,
    ...(typeof info.title === "string" ? { title: info.title } : {}),
    ...(typeof info.version === "string" ? { version: info.version } : {}),
  };
}

/** Everything that can fail before a scenario runs; returns the spec and the token to send. */
async function preflight(args: ConformanceArgs, secrets: Set<string>, signal: AbortSignal) {
  const spec = readSpec(args.specPath);
  checkBaseUrlPath(args.baseUrl, spec);
  checkOnly(args.only, listScenarios(spec).map((s) => s.id));
  // The requests are checked whenever starting is on, the spec's own examples included.
  const startRequests = args.startOperations || args.startRequestsFile ? readStartRequests(args.startRequestsFile, spec) : undefined;
  if (args.output) await checkWritable("output", args.output);
  if (args.har) await checkWritable("har", args.har);
  const token = args.token
    ? await obtainToken(args.token, { ...(args.tokenCommandTimeoutMs ? { timeoutMs: args.tokenCommandTimeoutMs } : {}), signal })
    : undefined;
  if (token !== undefined) {
    secrets.add(token);
    checkTransport(args.baseUrl, args.allowInsecureHttp);
  }
  return { spec, token, startRequests };
}

async function run(args: ConformanceArgs, io: CommandIo, secrets: Set<string>, signal: AbortSignal, startedAt: Date): Promise<number> {
  if (args.allowInsecureHttp) {
    io.stderr("warning: --allow-insecure-http: the token may travel in clear text to a host that is not loopback\n");
  }
  const { spec, token, startRequests } = await preflight(args, secrets, signal);
  const records: WireRecord[] = [];
  // The HTML report draws its timeline and failures from the exchanges, as the HAR lists them.
  const onRecord = args.har || args.reporter === "html" ? (record: WireRecord) => void records.push(record) : undefined;
  const target: Target = defineTarget({
    name: args.baseUrl,
    baseUrl: args.baseUrl,
    parent: args.parent,
    ...(token !== undefined ? { token } : {}),
    capabilities: capabilitiesOf(args),
    headers: args.headers,
    timeoutMs: args.timeoutMs,
    allowInsecureHttp: args.allowInsecureHttp,
    ...(args.maxResponseBytes !== undefined ? { maxResponseBytes: args.maxResponseBytes } : {}),
  });
  await checkReachable(createKitFetch(target, { signal, onRecord, secrets }), args.baseUrl, args.timeoutMs);

  const proxy = args.viaProxy ? await startValidatingProxy(args.baseUrl) : undefined;
  try {
    if (proxy) io.stderr(`Prism's validating proxy at ${proxy.url} → ${args.baseUrl}\n`);
    if (proxy && token === undefined) {
      // The spec requires a bearer token on every method: Prism reports each request without one.
      io.stderr("note: without --token, Prism's proxy reports every request as a security violation\n");
    }
    const wired = proxy ? { ...target, name: `${args.baseUrl} via Prism's proxy`, baseUrl: proxy.url } : target;
    const ran = await runSuite(
      wired,
      {
        specPath: spec.path,
        ...(args.only ? { only: args.only } : {}),
        ...(args.checks ? { checks: args.checks } : {}),
        ...(args.excludeChecks ? { excludeChecks: args.excludeChecks } : {}),
        ...(args.workers !== undefined ? { concurrency: args.workers } : {}),
        ...(args.cancelTimeoutMs !== undefined ? { cancelTimeoutMs: args.cancelTimeoutMs } : {}),
        ...(args.throttleBudgetMs !== undefined ? { throttleBudgetMs: args.throttleBudgetMs } : {}),
        ...(startRequests ? { startRequests } : {}),
        ...(args.operationTimeoutMs !== undefined ? { operationTimeoutMs: args.operationTimeoutMs } : {}),
        signal,
        ...(onRecord ? { onRecord } : {}),
      },
      args.quiet ? undefined : (scenario, results, done, total) => io.stderr(progressLine(scenario, results, done, total) + "\n"),
    );
    const report = withSkipHints(ran, listScenarios(spec), wired, args.profile);
    return await writeReports(args, io, report, { secrets, startedAt, spec, records });
  } finally {
    await proxy?.close();
  }
}

async function writeReports(
  args: ConformanceArgs,
  io: CommandIo,
  report: ConformanceReport,
  run: { secrets: Set<string>; startedAt: Date; spec: SpecModel; records: WireRecord[] },
): Promise<number> {
  const outcome = outcomeOf(report, args.allowUntested);
  const summary = summarizeRun(report, { startedAt: run.startedAt, spec: specInfo(run.spec), allowUntested: args.allowUntested }, outcome);
  // A response body is recorded once read; let the last reads finish.
  if (run.records.length > 0) await new Promise((resolve) => setImmediate(resolve));
  const scenarioTitles = new Map(listScenarios(run.spec).map((s) => [s.id, s.title]));
  if (args.har) {
    const har = formatHar(run.records, { title: `conformance of ${report.target.name}`, startedAt: run.startedAt, secrets: run.secrets, scenarioTitles });
    await writeFile(args.har, redactSecrets(har, run.secrets));
    io.stderr(`HAR of ${run.records.length} exchange(s) written to ${args.har}\n`);
  }
  const text = FORMATTERS[args.reporter](report, summary, { records: run.records, spec: run.spec, secrets: run.secrets, scenarioTitles });
  if (args.output) {
    await writeFile(args.output, redactSecrets(text, run.secrets));
    io.stderr(`report written to ${args.output}\n`);
  } else {
    io.stdout(text);
  }
  // The console's counts always reach the terminal, even when a machine format went to stdout.
  if (args.reporter !== "console" || args.output) io.stderr(`${formatConsoleReport(report, summary).trimEnd().split("\n").at(-2)}\n`);
  if (outcome.reason) io.stderr(`not passed (exit ${outcome.exitCode}): ${outcome.reason}\n`);
  return outcome.exitCode;
}

/** Runs the suite with parsed options; returns the exit code. */
export async function runConformanceWith(args: ConformanceArgs, io: CommandIo = PROCESS_IO): Promise<number> {
  const secrets = new Set<string>();
  // A token given on the command line is a secret from the start, before it is even checked.
  if (args.token && "value" in args.token) secrets.add(args.token.value);
  // So is the value of every -H that carries a credential (x-goog-api-key, a cookie, *key*, *token*, *secret*).
  for (const secret of credentialSecrets(args.headers)) secrets.add(secret);
  const out = redactingIo(io, secrets);
  const interrupt = listenForInterrupt(io, (what) =>
    out.stderr(`\n${what}: stopping; the report of what ran follows (press Ctrl-C again to quit at once)\n`),
  );
  try {
    return await run(args, out, secrets, interrupt.signal, new Date());
  } catch (error) {
    if (interrupt.signal.aborted) {
      out.stderr("automl-ops: interrupted before the run started\n");
      return EXIT_INTERRUPTED;
    }
    if (error instanceof PreflightError) {
      out.stderr(`automl-ops: ${error.message}\n`);
      return EXIT_USAGE;
    }
    // One line: a server's text inside the message cannot start a line of its own.
    out.stderr(`automl-ops: ${escapeLine(error instanceof Error ? `${error.name}: ${error.message}` : String(error))}\n`);
    return EXIT_FAILED;
  } finally {
    interrupt.dispose();
  }
}

/** `automl-ops conformance …`: parses argv (throws UsageError) and runs. */
export function runConformanceCommand(argv: string[], io: CommandIo = PROCESS_IO): Promise<number> {
  return runConformanceWith(parseConformanceArgs(argv), io);
}
