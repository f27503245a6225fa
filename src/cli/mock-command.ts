/**
 * `automl-ops mock`: Prism's mock on the spec, until Ctrl-C. It prints its URL on stdout and, on stderr,
 * the conformance command that checks it, flags and all (the README shows the same). Prism is loaded
 * only here, so the other commands run without it.
 */
import { parseInteger } from "./flag-values.js";
import { parseFlags, type FlagSpec } from "./flags.js";
import { listenForInterrupt, type CommandIo } from "./io.js";

/** The parent of the operations in the spec's examples: all a stateless mock can return. */
export const MOCK_PARENT = "projects/demo/locations/us-central1";
/** Prism's mock enforces the spec's bearer scheme but accepts any token. */
export const MOCK_TOKEN = "any-token";

export const MOCK_FLAGS: readonly FlagSpec[] = [
  { name: "port", value: "N", help: "Port on 127.0.0.1 (default 0: a free port)" },
  { name: "spec", value: "FILE", help: "OpenAPI spec to mock (default: the bundled spec)" },
  { name: "help", short: "h", type: "boolean", help: "Show this help" },
];

/** The conformance command line that checks a mock at `url`. */
export function conformanceCommandFor(url: string): string {
  return `automl-ops conformance --base-url ${url} --parent ${MOCK_PARENT} --profile mock --token ${MOCK_TOKEN}`;
}

export async function runMockCommand(argv: string[], io: CommandIo): Promise<number> {
  const values = parseFlags(argv, MOCK_FLAGS);
  const port = parseInteger("port", (values.port as string | undefined) ?? "0", 0, 65_535);
  const spec = values.spec as string | undefined;
  const { startPrism } = await import("../../scripts/prism.js");
  const interrupt = listenForInterrupt(io, () => undefined);
  try {
    const prism = await startPrism({ mode: "mock", port, ...(spec ? { spec } : {}) });
    io.stdout(`${prism.url}\n`);
    io.stderr(`Prism mock of the spec listening on ${prism.url} (Ctrl-C to stop)\nCheck it with:\n  ${conformanceCommandFor(prism.url)}\n`);
    await new Promise<void>((resolve) => {
      if (interrupt.signal.aborted) resolve();
      else interrupt.signal.addEventListener("abort", () => resolve(), { once: true });
    });
    io.stderr("stopping the mock\n");
    await prism.close();
    return 0;
  } finally {
    interrupt.dispose();
  }
}
