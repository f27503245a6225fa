/**
 * `automl-ops fake [--port 0] [--seed FILE] [--require-auth] [--fault SPEC]... [--control] [--self-check]
 *  [--spec FILE] [--start-duration [METHOD=]DURATION]...`
 *
 * Starts the fake on 127.0.0.1, prints `listening http://127.0.0.1:PORT` and runs until SIGINT or
 * SIGTERM (or `io.signal` aborts), then closes and resolves 0. Usage errors print a message and
 * resolve 2; a start failure (port taken, bad seed) prints it and resolves 1.
 */
import { parseArgs } from "node:util";
import { parseFaultSpec, type FaultRule } from "./faults.js";
import { readSeedFile } from "./seed.js";
import { createFakeServer } from "./server.js";
import { loadStarterCatalog } from "./starters/catalog.js";
import { parseStartDuration } from "./starters/durations.js";
import { describeDefaultResources } from "./starters/resource-seed.js";
import type { OperationInput } from "./types.js";

export interface FakeCommandIo {
  /** Where the `listening …` line goes. @default process.stdout */
  out?: (line: string) => void;
  /** Where errors and self-check violations go. @default process.stderr */
  err?: (line: string) => void;
  /** Stops the server when aborted (in addition to SIGINT/SIGTERM). */
  signal?: AbortSignal;
}

export const FAKE_USAGE =
  "usage: automl-ops fake [--port N] [--host ADDR] [--seed FILE] [--require-auth] [--fault SPEC]... [--control] [--self-check]\n" +
  "                         [--spec FILE] [--start-duration [METHOD=]DURATION]...\n" +
  "  --fault METHOD:KIND:VALUE  METHOD get|list|cancel|delete|wait|*, KIND 503|429|drop (VALUE probability 0..1)\n" +
  "                             or latency (VALUE ms); e.g. get:503:0.3  *:latency:50  list:drop:0.1  cancel:429:1\n" +
  "                             METHOD may be a method that starts operations (createModel); KIND fail ends a share\n" +
  "                             of its operations with a code: createModel:fail:0.5:RESOURCE_EXHAUSTED\n" +
  "  --spec FILE                serve the methods that start operations (x-operation-info) of this spec\n" +
  "  --start-duration D         how long started operations run (default 3s); METHOD=D for one method\n" +
  "Default seed, under projects/demo/locations/us-central1: operations of every state, and\n" +
  describeDefaultResources();

export async function runFakeCommand(argv: string[], io: FakeCommandIo = {}): Promise<number> {
  const out = io.out ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const err = io.err ?? ((line: string) => void process.stderr.write(`${line}\n`));
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: "string", default: "0" },
        host: { type: "string", default: "127.0.0.1" },
        seed: { type: "string" },
        "require-auth": { type: "boolean", default: false },
        fault: { type: "string", multiple: true, default: [] },
        "fault-seed": { type: "string", default: "1" },
        control: { type: "boolean", default: false },
        "self-check": { type: "boolean", default: false },
        spec: { type: "string" },
        "start-duration": { type: "string", multiple: true, default: [] },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (thrown) {
    err(`automl-ops fake: ${thrown instanceof Error ? thrown.message : String(thrown)}\n${FAKE_USAGE}`);
    return 2;
  }
  if (values.help) {
    out(FAKE_USAGE);
    return 0;
  }
  const port = Number(values.port);
  if (!/^[0-9]+$/.test(values.port) || port > 65535) {
    err(`automl-ops fake: --port must be an integer from 0 to 65535, not ${JSON.stringify(values.port)}\n${FAKE_USAGE}`);
    return 2;
  }
  const faultSeed = Number(values["fault-seed"]);
  if (!Number.isSafeInteger(faultSeed)) {
    err(`automl-ops fake: --fault-seed must be an integer\n${FAKE_USAGE}`);
    return 2;
  }
  let starterIds: readonly string[];
  try {
    starterIds = loadStarterCatalog(values.spec).ids;
  } catch (thrown) {
    err(`automl-ops fake: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    return 1;
  }
  let faults: FaultRule[];
  let startDurations: Record<string, string>;
  try {
    faults = values.fault.map((spec) => parseFaultSpec(spec, starterIds));
    startDurations = Object.fromEntries(values["start-duration"].map(parseStartDuration));
  } catch (thrown) {
    err(`automl-ops fake: ${(thrown as Error).message}\n${FAKE_USAGE}`);
    return 2;
  }
  let seed: OperationInput[] | "default" = "default";
  try {
    if (values.seed !== undefined) seed = await readSeedFile(values.seed);
    const server = await createFakeServer({
      port,
      host: values.host,
      seed,
      faults,
      faultSeed,
      requireAuth: values["require-auth"],
      control: values.control,
      selfCheck: values["self-check"],
      ...(values.spec !== undefined ? { spec: values.spec } : {}),
      startDurations,
      onViolation: (v) => err(`SELF-CHECK VIOLATION ${v.method} ${v.path} -> ${v.status}: ${v.problems.join("; ")}`),
    });
    out(`listening ${server.url}`);
    await stopped(io.signal);
    await server.close();
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
