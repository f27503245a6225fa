/**
 * Google's Python discovery client (google-api-python-client 1.7, Debian's python3-googleapi, built
 * offline with `build_from_document`, pitfalls #19) against the default fake with auth required. It
 * sends `alt=json` on every call (GOOGLE_PYTHON3 names another interpreter). Without it the tests are
 * skipped, saying why, or fail in CI (src/test-support/system-tools.ts).
 */
import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GOOGLE_PYTHON3, GOOGLE_PYTHON_CLIENT, hasSystemTool } from "../test-support/system-tools.js";
import { Code } from "../status.js";
import { DEFAULT_PARENT } from "./seed.js";
import { createFakeServer } from "./server.js";
import { discoveryDocument } from "./test-support/discovery-document.js";
import type { FakeServer, SelfCheckViolation } from "./types.js";

const run = promisify(execFile);
const HERE = fileURLToPath(new URL("./test-support/google-python/", import.meta.url));
const TOKEN = "python-client-token";
const WAIT_OP = "PYW0000000001";
const name = (id: string) => `${DEFAULT_PARENT}/operations/${id}`;

type Seen = Record<string, { ok?: any; status?: number; error?: { error: { code: number; status: string; message: string } } }>;

let fake: FakeServer;
let seen: Seen = {};
const violations: SelfCheckViolation[] = [];

/** The observation `key` the script made. */
function observed(key: string): Seen[string] {
  expect(seen[key], `the script observed ${key}`).toBeDefined();
  return seen[key]!;
}

describe.runIf(hasSystemTool(GOOGLE_PYTHON_CLIENT))("google-api-python-client (build_from_document) against the default fake", () => {
  beforeAll(async () => {
    fake = await createFakeServer({ requireAuth: true, selfCheck: true, onViolation: (v) => violations.push(v) });
    fake.store.create({ name: name(WAIT_OP), kind: "undeployModelDetails", duration: 1_500 });
    const file = join(await mkdtemp(join(tmpdir(), "discovery-")), "automl-v1beta1.json");
    await writeFile(file, JSON.stringify(discoveryDocument(`${fake.url}/`)));
    const { stdout } = await run(GOOGLE_PYTHON3, [join(HERE, "scenarios.py"), file, TOKEN, DEFAULT_PARENT, WAIT_OP], { timeout: 120_000 });
    seen = JSON.parse(stdout) as Seen;
  }, 180_000);

  afterAll(async () => {
    await fake?.close();
    expect(violations).toEqual([]);
  });

  it("gets a running operation", () => {
    const { ok } = observed("get");
    expect(ok.name).toBe(name("RUN1000000001"));
    expect(ok.done).toBeUndefined();
  });

  it.for(["1", "7", "1000", "None"])("lists every operation, each once, following list_next at page size %s", (size) => {
    const { ok } = observed(`list:${size}`);
    // The 40 seeded operations and the one the test added for wait; cancel and delete come later.
    expect(ok.names).toHaveLength(41);
    expect(new Set(ok.names).size).toBe(41);
    expect(ok.pages).toBe(size === "1" ? 41 : size === "7" ? 6 : 1);
  });

  it("reads a failed operation's error", () => {
    expect(observed("failed").ok.error).toEqual({ code: Code.RESOURCE_EXHAUSTED, message: "Quota exceeded for node hours." });
  });

  it("cancels, and the next get shows CANCELLED", () => {
    expect(observed("cancel").ok).toEqual({});
    expect(observed("cancelled").ok).toMatchObject({ done: true, error: { code: Code.CANCELLED } });
  });

  it("deletes, and the next get raises HttpError 404 with the envelope", () => {
    expect(observed("delete").ok).toEqual({});
    const deleted = observed("deleted");
    expect(deleted.status).toBe(404);
    expect(deleted.error?.error).toMatchObject({ code: 404, status: "NOT_FOUND" });
  });

  it("waits until an operation finishes", () => {
    expect(observed("wait").ok).toMatchObject({ name: name(WAIT_OP), done: true });
  });

  it("gets a partial response with fields, and INVALID_ARGUMENT for a malformed one", () => {
    const { ok } = observed("fields");
    expect(Object.keys(ok).sort()).toEqual(["nextPageToken", "operations"]);
    for (const op of ok.operations) expect(Object.keys(op).every((k) => k === "name" || k === "done")).toBe(true);
    const bad = observed("bad-fields");
    expect(bad.status).toBe(400);
    expect(bad.error?.error.status).toBe("INVALID_ARGUMENT");
  });

  it("passes $.xgafv", () => {
    expect(observed("xgafv").ok.name).toBe(name("RUN1000000001"));
  });
});
