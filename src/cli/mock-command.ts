/**
 * `automl-ops mock`: Prism's mock on the spec, until SIGINT or SIGTERM. Prism is loaded only here,
 * so the other commands run without it.
 */
import { parseArgs } from "node:util";
import type { CommandIo } from "./conformance-command.js";
import { UsageError } from "./usage.js";

/** Resolves on the first SIGINT or SIGTERM. */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals) => {
      process.off("SIGINT", on);
      process.off("SIGTERM", on);
      resolve(signal);
    };
    process.on("SIGINT", on);
    process.on("SIGTERM", on);
  });
}

export async function runMockCommand(argv: string[], io: CommandIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: { port: { type: "string", default: "0" }, spec: { type: "string" } },
    }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(`--port must be an integer from 0 to 65535; got ${JSON.stringify(values.port)}`);
  }
  const { startPrism } = await import("../../scripts/prism.js");
  const prism = await startPrism({ mode: "mock", port, ...(values.spec ? { spec: values.spec } : {}) });
  io.stdout(`${prism.url}\n`);
  io.stderr(`Prism mock of the spec listening on ${prism.url} (Ctrl-C to stop)\n`);
  const signal = await untilSignal();
  io.stderr(`${signal}: stopping the mock\n`);
  await prism.close();
  return 0;
}
