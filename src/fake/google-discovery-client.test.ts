/**
 * Google's discovery-based Node client (`googleapis`, built with `google.discoverAPI` from a Discovery
 * document derived from the spec, pitfalls #18) against the default fake with auth required: every
 * scenario its users meet, plus the standard parameters it passes through (fields, prettyPrint,
 * access_token).
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { google } from "googleapis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Code } from "../status.js";
import { DEFAULT_PARENT, DEFAULT_SEED_IDS } from "./seed.js";
import { createFakeServer } from "./server.js";
import { discoveryDocument } from "./test-support/discovery-document.js";
import type { FakeServer, SelfCheckViolation } from "./types.js";

const name = (id: string | undefined) => `${DEFAULT_PARENT}/operations/${id}`;
const TOKEN = "discovery-client-token";

/** The `operations` resource of the discovered API: methods taking params, answering `{ data }`. */
type Method = (params: Record<string, unknown>, options?: Record<string, unknown>) => Promise<{ status: number; data: any }>;
type OperationsResource = Record<"get" | "list" | "cancel" | "delete" | "wait", Method>;

let fake: FakeServer;
let operations: OperationsResource;
const violations: SelfCheckViolation[] = [];

beforeAll(async () => {
  fake = await createFakeServer({ requireAuth: true, selfCheck: true, onViolation: (v) => violations.push(v) });
  const file = join(await mkdtemp(join(tmpdir(), "discovery-")), "automl-v1beta1.json");
  await writeFile(file, JSON.stringify(discoveryDocument("https://automl.googleapis.com/")));
  const auth = new google.auth.OAuth2();
  auth.setCredentials({ access_token: TOKEN, expiry_date: Date.now() + 3_600_000 });
  // discoverAPI reads a path without a scheme as a file; rootUrl points the calls at the fake.
  const api = (await google.discoverAPI(file, { rootUrl: `${fake.url}/`, auth })) as unknown as {
    projects: { locations: { operations: OperationsResource } };
  };
  operations = api.projects.locations.operations;
});

afterAll(async () => {
  await fake.close();
  expect(violations).toEqual([]);
});

async function failure(call: Promise<unknown>): Promise<{ status?: number; data?: any }> {
  return call.then(
    () => ({}),
    (error: { response?: { status: number; data: unknown } }) => ({ status: error.response?.status, data: error.response?.data }),
  );
}

async function listAll(params: Record<string, unknown>): Promise<{ names: string[]; pages: number }> {
  const names: string[] = [];
  let pageToken: string | undefined;
  let pages = 0;
  do {
    const { data } = await operations.list({ name: DEFAULT_PARENT, ...params, ...(pageToken ? { pageToken } : {}) });
    pages++;
    for (const op of data.operations ?? []) names.push(op.name);
    pageToken = data.nextPageToken || undefined;
  } while (pageToken && pages < 100);
  return { names, pages };
}

describe("googleapis (discoverAPI) against the default fake", () => {
  it("gets a running operation", async () => {
    const { status, data } = await operations.get({ name: name(DEFAULT_SEED_IDS.running[0]) });
    expect(status).toBe(200);
    expect(data.name).toBe(name(DEFAULT_SEED_IDS.running[0]));
    expect(data.metadata["@type"]).toBe("type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata");
  });

  it.each([1, 7, 1000, undefined])("lists every operation, each once, at page size %s", async (pageSize) => {
    const { names, pages } = await listAll(pageSize === undefined ? {} : { pageSize });
    expect(names).toHaveLength(40);
    expect(new Set(names).size).toBe(40);
    expect(pages).toBe(pageSize === 1 ? 40 : pageSize === 7 ? 6 : 1);
  });

  it("reads a failed operation's error", async () => {
    const { data } = await operations.get({ name: name(DEFAULT_SEED_IDS.failed[1]) });
    expect(data.error).toEqual({ code: Code.INVALID_ARGUMENT, message: "The input file has 3 rows without a label." });
  });

  it("cancels, and the next get shows CANCELLED", async () => {
    const target = name(DEFAULT_SEED_IDS.running[3]);
    expect((await operations.cancel({ name: target, requestBody: {} })).data).toEqual({});
    expect((await operations.get({ name: target })).data).toMatchObject({ done: true, error: { code: Code.CANCELLED } });
  });

  it("deletes, and the next get is NOT_FOUND in the envelope", async () => {
    const target = name(DEFAULT_SEED_IDS.running[4]);
    await operations.delete({ name: target });
    const { status, data } = await failure(operations.get({ name: target }));
    expect(status).toBe(404);
    expect(data.error).toMatchObject({ code: 404, status: "NOT_FOUND" });
  });

  it("waits for an operation to finish (the LRO, by wait then get)", async () => {
    fake.store.create({ name: name("DSC0000000001"), kind: "deployModelDetails", duration: 300 });
    const { data } = await operations.wait({ name: name("DSC0000000001"), requestBody: { timeout: "10s" } });
    expect(data).toMatchObject({ done: true, response: { "@type": "type.googleapis.com/google.protobuf.Empty" } });
  });

  it("gets a partial response with fields", async () => {
    const { data } = await operations.list({ name: DEFAULT_PARENT, pageSize: 3, fields: "operations(name,done),nextPageToken" });
    expect(Object.keys(data).sort()).toEqual(["nextPageToken", "operations"]);
    for (const op of data.operations) expect(Object.keys(op).every((k) => k === "name" || k === "done")).toBe(true);
    const one = await operations.get({ name: name(DEFAULT_SEED_IDS.succeeded[0]), fields: "name,done,metadata/progressPercent" });
    expect(one.data).toEqual({
      name: name(DEFAULT_SEED_IDS.succeeded[0]),
      done: true,
      metadata: { "@type": "type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata", progressPercent: 100 },
    });
  });

  it("answers a bad fields selection with INVALID_ARGUMENT", async () => {
    const { status, data } = await failure(operations.get({ name: name(DEFAULT_SEED_IDS.running[0]), fields: "nmae" }));
    expect(status).toBe(400);
    expect(data.error).toMatchObject({ status: "INVALID_ARGUMENT", message: expect.stringMatching(/no field "nmae"/) });
  });

  it("passes prettyPrint through", async () => {
    const { status, data } = await operations.get({ name: name(DEFAULT_SEED_IDS.running[0]), prettyPrint: true });
    expect(status).toBe(200);
    expect(data.name).toBe(name(DEFAULT_SEED_IDS.running[0]));
  });

  it("authenticates with a token in access_token when no Authorization header is sent", async () => {
    // A string as `auth` makes the client send it as the API key instead of an Authorization header.
    const target = { name: name(DEFAULT_SEED_IDS.running[0]), auth: "demo-api-key" };
    expect((await failure(operations.get(target))).status).toBe(401);
    expect((await operations.get({ ...target, access_token: TOKEN })).status).toBe(200);
  });

  it("lists with returnPartialSuccess", async () => {
    const { names } = await listAll({ returnPartialSuccess: true, pageSize: 50 });
    expect(names).toHaveLength(40);
  });
});
