/**
 * What is checked before any scenario runs, so a run that cannot succeed ends at once with one line and
 * exit 2 instead of failing every check (or, worse, after a whole destructive run): the spec can be
 * read, the start requests fit it, the report files can be written, the token can be had and may
 * travel, the server answers.
 */
import { hostileFinding } from "../../contract-tests/hostile-answers.js";
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { assertTokenMayTravel, tokenProblem } from "../auth.js";
import { NetworkError, networkCause as causeOf } from "../errors.js";
import { SchemaValidator } from "../../contract-tests/schema-validator.js";
import { loadSpec, type SpecModel } from "../../contract-tests/spec-model.js";
import { planStarts, readStartRequestsFile, StartRequestsError, type StartRequests } from "../../contract-tests/start-requests.js";
import { runTokenCommand, TokenCommandError } from "./token-command.js";

/** A run that cannot start; the message is one line without any secret. Exit 2. */
export class PreflightError extends Error {
  override name = "PreflightError";
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0]!.trim();
}

/** The spec, or a PreflightError saying why it cannot be read. */
export function readSpec(path: string | undefined): SpecModel {
  try {
    const spec = loadSpec(path);
    if (spec.operations.length === 0) throw new Error("it documents no operation (is it an OpenAPI document?)");
    return spec;
  } catch (error) {
    const code = (error as { code?: string }).code;
    // The reader names the file itself ("spec X is not …"); the line below names it once.
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : firstLine(error).replace(/^spec \S+ /, "it ");
    throw new PreflightError(`cannot read --spec ${path ?? "(the bundled spec)"}: ${why}`);
  }
}

/**
 * The --start-requests file, checked against the spec (every problem listed, one per line), or a
 * PreflightError; undefined without the flag.
 */
export function readStartRequests(file: string | undefined, spec: SpecModel): StartRequests | undefined {
  try {
    const requests = file === undefined ? undefined : readStartRequestsFile(file);
    planStarts(spec, new SchemaValidator(spec), requests);
    return requests;
  } catch (error) {
    if (error instanceof StartRequestsError) throw new PreflightError(`--start-requests: ${error.message}`);
    throw error;
  }
}

/** Throws unless `file` can be written: its folder exists and is writable, and it is not a folder itself. */
export async function checkWritable(flag: string, file: string): Promise<void> {
  const folder = dirname(resolve(file));
  const problem = await stat(folder).then(
    (s) => (s.isDirectory() ? access(folder, constants.W_OK).then(() => undefined, () => "is not writable") : "is not a folder"),
    () => "does not exist",
  );
  if (problem) throw new PreflightError(`cannot write --${flag} ${file}: the folder ${folder} ${problem}`);
  const existing = await stat(file).catch(() => undefined);
  if (existing?.isDirectory()) throw new PreflightError(`cannot write --${flag} ${file}: it is a folder`);
  if (existing) {
    await access(file, constants.W_OK).catch(() => {
      throw new PreflightError(`cannot write --${flag} ${file}: the file is not writable`);
    });
  }
}

/** Where the token comes from: `--token` or `--token-command`. */
export type TokenArg = { value: string } | { command: string };

/**
 * The token to send: the value of --token, or the output of --token-command (run now, once). Throws
 * when it cannot be had or cannot be sent in a header (a line break, a NUL, a space…); the message
 * describes the token without holding it.
 */
export async function obtainToken(token: TokenArg, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<string> {
  let value: string;
  const flag = "value" in token ? "--token" : "--token-command";
  if ("value" in token) value = token.value;
  else {
    try {
      value = await runTokenCommand(token.command, options);
    } catch (error) {
      throw new PreflightError(error instanceof TokenCommandError ? error.message : "--token-command failed");
    }
  }
  const problem = tokenProblem(value);
  if (problem !== undefined) {
    throw new PreflightError(`${flag} gave ${problem}, which an Authorization header cannot carry (RFC 6750: visible ASCII only)`);
  }
  return value;
}

/** Throws when the token would travel in clear text to `baseUrl` (plain http to a host that is not loopback). */
export function checkTransport(baseUrl: string, allowInsecureHttp: boolean): void {
  try {
    assertTokenMayTravel(baseUrl, allowInsecureHttp);
  } catch {
    throw new PreflightError(
      `refusing to send the token in clear text to ${new URL(baseUrl).origin}: use https, or pass --allow-insecure-http to accept the risk`,
    );
  }
}

/** The name of a network failure, from fetch's `cause` (ECONNREFUSED 127.0.0.1:1, ENOTFOUND host…). */
function networkCause(error: unknown): string {
  if (error instanceof Error && error.name === "TimeoutError") return "no answer in time (see --timeout)";
  return firstLine(causeOf(error instanceof NetworkError ? error.cause : error));
}

/**
 * Throws unless the server answers at all: one GET of its base URL, without the token, whatever the
 * status. Sent through `fetch` (the run's guarded, recording transport).
 */
export async function checkReachable(fetch: typeof globalThis.fetch, baseUrl: string, timeoutMs: number): Promise<void> {
  try {
    const response = await fetch(`${baseUrl}/`, { method: "GET", signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
  } catch (error) {
    if (error instanceof Error && error.name === "AbortError") throw error;
    // An answer the kit refuses (too large, too deep, a redirect elsewhere) is an answer: the checks report it.
    if (hostileFinding(error)) return;
    throw new PreflightError(`cannot reach ${baseUrl}: ${networkCause(error)}`);
  }
}
