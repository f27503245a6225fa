/**
 * Where commands write, and how they learn of Ctrl-C. Tests pass collectors and an AbortSignal
 * instead of the process streams and signals.
 */
import { redactSecrets } from "../redact.js";
import { escapeForTerminal } from "./escape.js";
import { EXIT_INTERRUPTED } from "./outcome.js";

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Aborted when the user interrupts the command. @default none (see `processSignals`) */
  signal?: AbortSignal;
  /** Listen for SIGINT and SIGTERM on the process (the real command line). @default false */
  processSignals?: boolean;
}

export const PROCESS_IO: CommandIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  processSignals: true,
};

/**
 * The same streams, with every secret in `secrets` (which may grow) redacted from every write, and every
 * character a terminal would act on shown as a visible escape (line feeds and tabs kept): the reports
 * escape what a server sent where they lay it out, and this catches any message that quotes a server
 * (escape.ts). Escaping comes first, so that what it writes is redacted too.
 */
export function redactingIo(io: CommandIo, secrets: ReadonlySet<string>): CommandIo {
  const safe = (text: string) => redactSecrets(escapeForTerminal(text, { multiline: true }), secrets);
  return {
    ...io,
    stdout: (text) => io.stdout(safe(text)),
    stderr: (text) => io.stderr(safe(text)),
  };
}


export interface Interruption {
  /** Aborted on the first Ctrl-C (or io.signal). */
  signal: AbortSignal;
  /** Stops listening. */
  dispose(): void;
}

/**
 * The first SIGINT/SIGTERM (or `io.signal`) aborts the returned signal, so the run stops and its
 * report is written; a second one exits at once with 130, for a run that does not stop.
 */
export function listenForInterrupt(io: CommandIo, onFirst: (what: string) => void): Interruption {
  const controller = new AbortController();
  const fromIo = () => {
    onFirst("interrupted");
    controller.abort(io.signal?.reason);
  };
  if (io.signal?.aborted) fromIo();
  else io.signal?.addEventListener("abort", fromIo, { once: true });
  const onSignal = (name: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED);
    onFirst(name);
    controller.abort(new Error(`${name}`));
  };
  if (io.processSignals) {
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  }
  return {
    signal: controller.signal,
    dispose() {
      io.signal?.removeEventListener("abort", fromIo);
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}
