/**
 * `automl-ops fake [options]` (FAKE_USAGE lists them): starts the fake, prints `listening URL`, and runs
 * until SIGINT or SIGTERM (or `io.signal` aborts); then it drains gracefully, saves `--state` and
 * resolves 0. `--state` is also saved 200 ms after each change (state-saver.ts). Usage errors, and a
 * `--state` folder that cannot be written, print a message and resolve 2; a start failure (port taken,
 * bad seed or state file) or a failed final save prints it (one line) and resolves 1.
 */
import { stat } from "node:fs/promises";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { didYouMean } from "../cli/did-you-mean.js";
import { parseArgsProblem } from "../cli/flags.js";
import { createManualClock, type Clock } from "./clock.js";
import { isLoopback } from "./cors.js";
import { FAKE_USAGE } from "./cli-usage.js";
import { parseFaultSpec, type FaultRule } from "./faults.js";
import { readSeedFile } from "./seed.js";
import { createFakeServer } from "./server.js";
import { loadStarterCatalog } from "./starters/catalog.js";
import { parseStartDuration } from "./starters/durations.js";
import { checkStateFolder, loadState, type SavedState } from "./state-file.js";
import { StateSaver } from "./state-saver.js";
import type { FakeServerOptions, OperationInput, SeedName } from "./types.js";

export { FAKE_USAGE };

export interface FakeCommandIo {
  /** Where the `listening …` line goes. @default process.stdout */
  out?: (line: string) => void;
  /** Where errors and self-check violations go. @default process.stderr */
  err?: (line: string) => void;
  /** Stops the server when aborted (in addition to SIGINT/SIGTERM). */
  signal?: AbortSignal;
}

class UsageError extends Error {}

const SEED_NAMES = ["default", "rich", "none"];
/** A usage error's last line: where the rest is, rather than the whole help again. */
const HELP_HINT = "Run 'automl-ops fake --help' for every flag.";

/** A --seed that is neither a seed's name nor a file is a usage error (exit 2), with the near names. */
async function checkSeed(seed: string): Promise<void> {
  if (SEED_NAMES.includes(seed)) return;
  const found = await stat(seed).catch(() => undefined);
  if (found?.isFile()) return;
  const what = found ? "is not a file" : "is neither a seed's name nor a file";
  throw new UsageError(`--seed ${JSON.stringify(seed)} ${what}${didYouMean(seed, SEED_NAMES)}; seeds: ${SEED_NAMES.join(", ")}, or a JSON file`);
}

const ALLOWED_HOST = /^(\*|(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+)(:[0-9]{1,5})?)$/;

const OPTIONS = {
  port: { type: "string", default: "0" },
  host: { type: "string", default: "127.0.0.1" },
  seed: { type: "string", default: "default" },
  state: { type: "string" },
  "require-auth": { type: "boolean", default: false },
  control: { type: "boolean", default: false },
  "manual-clock": { type: "boolean", default: false },
  fault: { type: "string", multiple: true, default: [] as string[] },
  "fault-seed": { type: "string", default: "1" },
  "self-check": { type: "boolean", default: false },
  "cors-origin": { type: "string", multiple: true, default: [] as string[] },
  "no-cors": { type: "boolean", default: false },
  "allowed-host": { type: "string", multiple: true, default: [] as string[] },
  unreachable: { type: "string", multiple: true, default: [] as string[] },
  "max-connections": { type: "string", default: "4096" },
  "headers-timeout": { type: "string", default: "10000" },
  "request-timeout": { type: "string", default: "30000" },
  grace: { type: "string", default: "10000" },
  spec: { type: "string" },
  "start-duration": { type: "string", multiple: true, default: [] as string[] },
  help: { type: "boolean", short: "h", default: false },
} satisfies ParseArgsConfig["options"];

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>["values"];

function integer(values: Values, flag: "port" | "fault-seed" | "max-connections" | "headers-timeout" | "request-timeout" | "grace", min: number, max = Number.MAX_SAFE_INTEGER): number {
  const text = values[flag];
  const value = Number(text);
  if (!/^-?[0-9]+$/.test(text) || value < min || value > max) throw new UsageError(`--${flag} must be an integer from ${min} to ${max}, not ${JSON.stringify(text)}`);
  return value;
}

/** The server options the flags ask for (the seed file and state are read later, as they may fail). */
function serverOptions(values: Values, starterIds: readonly string[]): Omit<FakeServerOptions, "seed" | "clock" | "initialOperations"> {
  if (values["manual-clock"] && !values.control) throw new UsageError("--manual-clock needs --control: time moves only through POST /__control/clock:advance");
  if (values["no-cors"] && values["cors-origin"].length > 0) throw new UsageError("--no-cors and --cors-origin exclude each other");
  for (const origin of values["cors-origin"]) {
    if (!/^https?:\/\/[^/]+$/.test(origin)) throw new UsageError(`--cors-origin takes an origin such as http://localhost:5173, not ${JSON.stringify(origin)}`);
  }
  for (const host of values["allowed-host"]) {
    if (!ALLOWED_HOST.test(host)) throw new UsageError(`--allowed-host takes a host name, name:port or *, such as fake.internal or localhost:8080, not ${JSON.stringify(host)}`);
  }
  for (const parent of values.unreachable) {
    if (!/^projects\/[^/]+\/locations\/[^/]+$/.test(parent)) throw new UsageError(`--unreachable takes projects/P/locations/L, not ${JSON.stringify(parent)}`);
  }
  let faults: FaultRule[];
  let startDurations: Record<string, string>;
  try {
    faults = values.fault.map((spec) => parseFaultSpec(spec, starterIds));
    startDurations = Object.fromEntries(values["start-duration"].map(parseStartDuration));
  } catch (thrown) {
    throw new UsageError((thrown as Error).message);
  }
  return {
    port: integer(values, "port", 0, 65535),
    host: values.host,
    faults,
    faultSeed: integer(values, "fault-seed", Number.MIN_SAFE_INTEGER),
    requireAuth: values["require-auth"],
    control: values.control,
    selfCheck: values["self-check"],
    unreachable: values.unreachable,
    maxConnections: integer(values, "max-connections", 1),
    headersTimeoutMs: integer(values, "headers-timeout", 1),
    requestTimeoutMs: integer(values, "request-timeout", 1),
    shutdownGraceMs: integer(values, "grace", 0),
    ...(values.spec !== undefined ? { spec: values.spec } : {}),
    startDurations,
    allowedHosts: values["allowed-host"],
    ...(values["no-cors"] ? { cors: false } : values["cors-origin"].length > 0 ? { cors: values["cors-origin"] } : {}),
  };
}

export async function runFakeCommand(argv: string[], io: FakeCommandIo = {}): Promise<number> {
  const out = io.out ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const err = io.err ?? ((line: string) => void process.stderr.write(`${line}\n`));
  let values: Values;
  let options: ReturnType<typeof serverOptions>;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: OPTIONS }));
    if (values.help) {
      out(FAKE_USAGE);
      return 0;
    }
  } catch (thrown) {
    err(`automl-ops fake: ${parseArgsProblem(thrown, Object.keys(OPTIONS))}\n${HELP_HINT}`);
    return 2;
  }
  let starterIds: readonly string[];
  let detailKinds: readonly string[];
  try {
    // The spec's methods that start operations: fault rules may name them, and a state file may hold
    // operations of their detail members. A spec that cannot be read is a start failure.
    const catalog = loadStarterCatalog(values.spec);
    starterIds = catalog.ids;
    detailKinds = catalog.starters.map((s) => s.info.metadataDetail);
  } catch (thrown) {
    err(`automl-ops fake: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    return 1;
  }
  try {
    options = serverOptions(values, starterIds);
    await checkSeed(values.seed);
  } catch (thrown) {
    err(`automl-ops fake: ${thrown instanceof Error ? thrown.message : String(thrown)}\n${HELP_HINT}`);
    return 2;
  }
  if (values.state !== undefined) {
    try {
      // Found now, not at exit, when the run's changes would be lost.
      await checkStateFolder(values.state);
    } catch (thrown) {
      err(`automl-ops fake: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
      return 2;
    }
  }
  try {
    const seed: SeedName | OperationInput[] = SEED_NAMES.includes(values.seed) ? (values.seed as SeedName) : await readSeedFile(values.seed);
    const state: SavedState | undefined = values.state === undefined ? undefined : await loadState(values.state, detailKinds);
    const clock: Clock | undefined = values["manual-clock"] ? createManualClock(state?.nowMs ?? Date.now()) : undefined;
    const server = await createFakeServer({
      ...options,
      seed,
      ...(clock ? { clock } : {}),
      ...(state ? { initialOperations: state.operations } : {}),
      onViolation: (v) => err(`SELF-CHECK VIOLATION ${v.method} ${v.path} -> ${v.status}: ${v.problems.join("; ")}`),
    });
    if (options.control && !isLoopback(options.host ?? "127.0.0.1")) {
      err(`automl-ops fake: warning: the control routes are served on ${options.host}, which other machines can reach: anyone there can add operations, move the clock and reset`);
    }
    const saver = values.state === undefined ? undefined : new StateSaver(values.state, server.store, { onError: (e) => err(`automl-ops fake: ${e.message}`) });
    out(`listening ${server.url}`);
    await stopped(io.signal);
    await server.close();
    await saver?.close();
    return 0;
  } catch (thrown) {
    err(`automl-ops fake: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    return 1;
  }
}

/** Resolves on SIGINT, SIGTERM or the abort of `signal`. */
function stopped(signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off("SIGINT", done);
      process.off("SIGTERM", done);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    process.once("SIGINT", done);
    process.once("SIGTERM", done);
    if (signal?.aborted) done();
    else signal?.addEventListener("abort", done);
  });
}
