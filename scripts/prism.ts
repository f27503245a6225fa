/**
 * Starts Stoplight Prism on the spec, as a mock or as a validating proxy, on 127.0.0.1 and a free port.
 * Prism runs as a child process; `close()` stops it by its PID.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { DEFAULT_SPEC } from "./spec-file.js";

export interface PrismOptions {
  /** `mock` answers from the spec's examples; `proxy` forwards to `upstream` and validates each exchange. */
  mode: "mock" | "proxy";
  /** The upstream base URL, for `proxy`. */
  upstream?: string;
  /** The spec file. @default spec/automl-v1beta1-operations.yaml */
  spec?: string;
  /** The port; 0 picks a free one. @default 0 */
  port?: number;
  /** Pass `--errors`: turn violations into error responses instead of only the `sl-violations` header. @default false */
  errors?: boolean;
  /** How long to wait for Prism to listen. @default 60000 */
  startTimeoutMs?: number;
}

export interface PrismProcess {
  /** Base URL, such as `http://127.0.0.1:40123`. */
  url: string;
  pid: number;
  /** Everything Prism printed so far (its request log includes violations). */
  output(): string;
  close(): Promise<void>;
}

/** Prism is an optional peer dependency of the package: say how to get it rather than fail obscurely. */
function prismBin(): string {
  const require = createRequire(import.meta.url);
  let pkgPath: string;
  try {
    pkgPath = require.resolve("@stoplight/prism-cli/package.json");
  } catch {
    throw new Error("Prism is not installed: run `npm install --save-dev @stoplight/prism-cli@5.14` to use the mock or the validating proxy");
  }
  const pkg = require(pkgPath) as { bin: { prism: string } };
  return join(dirname(pkgPath), pkg.bin.prism);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** Starts Prism and resolves once it listens. */
export async function startPrism(options: PrismOptions): Promise<PrismProcess> {
  const spec = options.spec ?? DEFAULT_SPEC;
  const args = [prismBin(), options.mode, spec];
  if (options.mode === "proxy") {
    if (!options.upstream) throw new Error("startPrism: proxy mode needs an upstream URL");
    args.push(options.upstream);
  }
  args.push("-h", "127.0.0.1", "-p", String(options.port ?? 0));
  if (options.errors) args.push("--errors");
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop(child);
      reject(new Error(`Prism did not start within ${options.startTimeoutMs ?? 60_000} ms:\n${log}`));
    }, options.startTimeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /Prism is listening on (http:\/\/[^\s]+)/.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ""));
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited with code ${code} before listening:\n${log}`));
    });
  });
  return { url, pid: child.pid!, output: () => log, close: () => stop(child) };
}
