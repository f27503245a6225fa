/**
 * What is checked before any scenario runs, so a run that cannot succeed ends at once with one line and
 * exit 2 instead of failing every check (or, worse, after a whole destructive run): the spec can be
 * read, the start requests fit it, the report files can be written, the token can be had and may
 * travel, the server answers.
 */
import { hostileFinding } from "../../contract-tests/hostile-answers.js";
import { constants } from "node:fs";
import { access, open, stat, unlink } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { assertTokenMayTravel, tokenProblem } from "../auth.js";
import { NetworkError, networkCause as causeOf } from "../errors.js";
import { SchemaValidator } from "../../contract-tests/schema-validator.js";
import { loadSpec, type SpecModel } from "../../contract-tests/spec-model.js";
import { planStarts, readStartRequestsFile, StartRequestsError, type StartRequests } from "../../contract-tests/start-requests.js";
import { didYouMean } from "./did-you-mean.js";
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
    planStarts(spec, SchemaValidator.of(spec), requests);
    return requests;
  } catch (error) {
    if (error instanceof StartRequestsError) throw new PreflightError(`--start-requests: ${error.message}`);
    throw error;
  }
}

/**
 * Throws unless `file` can be written, found by writing: the file is opened for appending (which
 * changes nothing in one that exists) and closed, and removed again when this made it. Permission
 * bits alone cannot tell (a folder of /proc, a read-only mount, root's access), so the clear reasons
 * are looked for first and the open has the last word.
 */
export async function checkWritable(flag: string, file: string): Promise<void> {
  const folder = dirname(resolve(file));
  const problem = await stat(folder).then(
    (s) => (s.isDirectory() ? access(folder, constants.W_OK).then(() => undefined, () => "is not writable") : "is not a folder"),
    () => "does not exist",
  );
  if (problem) throw new PreflightError(`cannot write --${flag} ${file}: the folder ${folder} ${problem}`);
  const existing = await stat(file).catch(() => undefined);
  if (existing?.isDirectory()) throw new PreflightError(`cannot write --${flag} ${file}: it is a folder`);
  try {
    const handle = await open(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT);
    await handle.close();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "an error";
    throw new PreflightError(`cannot write --${flag} ${file}: opening it for writing failed with ${code}`);
  }
  if (!existing) await unlink(file).catch(() => undefined);
}

/**
 * Throws when the base URL's path repeats the start of the spec's paths (`…/v1beta1`): the kit appends
 * the spec's paths, `/v1beta1/projects/…`, to the base URL, so every request would miss.
 */
export function checkBaseUrlPath(baseUrl: string, spec: SpecModel): void {
  const path = new URL(baseUrl).pathname.replace(/\/+$/, "");
  if (path === "") return;
  const firstSegments = new Set(spec.operations.map((op) => op.path.split("/")[1]).filter((s): s is string => !!s));
  const last = path.split("/").at(-1)!;
  if (firstSegments.has(last)) {
    const fixed = baseUrl.replace(/\/+$/, "").slice(0, -(last.length + 1));
    throw new PreflightError(`--base-url ends with /${last}, which the spec's paths begin with: drop it (--base-url ${fixed})`);
  }
}

/** Throws when an --only prefix matches no scenario, naming the nearest ids and where all are listed. */
export function checkOnly(only: readonly string[] | undefined, scenarioIds: readonly string[]): void {
  for (const prefix of only ?? []) {
    if (scenarioIds.some((id) => id.startsWith(prefix))) continue;
    const near = didYouMean(prefix, scenarioIds, "", "prefix");
    throw new PreflightError(
      `--only ${JSON.stringify(prefix)} matches no scenario${near}; the ${scenarioIds.length} scenarios: ${scenarioIds.join(", ")}`,
    );
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
