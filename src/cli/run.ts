/**
 * Dispatches `automl-ops <command>` and turns every way out into an exit code: 0 passed, 1 failed
 * (or a runtime error), 2 usage error with the usage text.
 */
import { PROCESS_IO, runConformanceCommand, type CommandIo } from "./conformance-command.js";
import { runMockCommand } from "./mock-command.js";
import { EXIT_FAILED, EXIT_USAGE } from "./outcome.js";
import { USAGE, UsageError } from "./usage.js";

/** The fake's own command line; loaded on demand so the other commands start without it. */
async function runFake(argv: string[]): Promise<number> {
  const { runFakeCommand } = await import("../fake/cli.js");
  return runFakeCommand(argv);
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], io: CommandIo = PROCESS_IO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "conformance":
        if (rest.includes("--help") || rest.includes("-h")) return help(io);
        return await runConformanceCommand(rest, io);
      case "mock":
        if (rest.includes("--help") || rest.includes("-h")) return help(io);
        return await runMockCommand(rest, io);
      case "fake":
        return await runFake(rest);
      case "help":
      case "--help":
      case "-h":
        return help(io);
      case undefined:
        throw new UsageError("no command given");
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`automl-ops: ${err.message}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    io.stderr(`automl-ops: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT_FAILED;
  }
}

function help(io: CommandIo): number {
  io.stdout(USAGE);
  return 0;
}
