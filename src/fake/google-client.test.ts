/**
 * Google's own Node client (@google-cloud/automl v1beta1, google-gax REST fallback) against the fake,
 * authenticated by an OAuth2Client holding an unexpiring fake token, so no network is needed.
 * gax reports the HTTP status (404), not the rpc code, in `error.code` (pitfall #13): both are accepted.
 */
import { v1beta1 } from "@google-cloud/automl";
import { OAuth2Client } from "google-auth-library";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Code } from "../status.js";
import { DEFAULT_PARENT, DEFAULT_SEED_IDS } from "./seed.js";
import { createFakeServer } from "./server.js";
import type { FakeServer, SelfCheckViolation } from "./types.js";

const name = (id: string | undefined) => `${DEFAULT_PARENT}/operations/${id}`;
type Ops = v1beta1.AutoMlClient["operationsClient"];
/** gax types its requests as protobuf classes; a plain object of the same fields is what it accepts. */
const req = <K extends "getOperation" | "cancelOperation" | "deleteOperation" | "listOperationsAsync">(
  fields: Record<string, unknown>,
) => fields as unknown as Parameters<Ops[K]>[0];

let fake: FakeServer;
let client: v1beta1.AutoMlClient;
const violations: SelfCheckViolation[] = [];

beforeAll(async () => {
  fake = await createFakeServer({ requireAuth: true, selfCheck: true, onViolation: (v) => violations.push(v) });
  const authClient = new OAuth2Client();
  authClient.setCredentials({ access_token: "fake-token", expiry_date: Date.now() + 3_600_000 });
  // `protocol` and `authClient` reach gax's fallback GrpcClient, which the generated options type omits.
  const options = { fallback: true, apiEndpoint: "127.0.0.1", port: fake.port, protocol: "http", authClient };
  client = new v1beta1.AutoMlClient(options as unknown as ConstructorParameters<typeof v1beta1.AutoMlClient>[0]);
});

afterAll(async () => {
  await client.close();
  await fake.close();
  expect(violations).toEqual([]);
});

describe("Google's AutoMlClient (REST fallback) against the fake", () => {
  it("gets a running operation", async () => {
    const [op] = await client.operationsClient.getOperation(req<"getOperation">({ name: name(DEFAULT_SEED_IDS.running[0]) }));
    expect(op.name).toBe(name(DEFAULT_SEED_IDS.running[0]));
    expect(op.done).toBeFalsy();
    expect(op.metadata?.type_url).toBe("type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata");
  });

  it("lists every page", async () => {
    const names: string[] = [];
    const request = { name: DEFAULT_PARENT, filter: "done=false", pageSize: 7 };
    for await (const op of client.operationsClient.listOperationsAsync(req<"listOperationsAsync">(request))) names.push(op.name ?? "");
    // 25 running operations at 7 a page take four pages.
    expect(names).toHaveLength(25);
    expect(new Set(names).size).toBe(25);
  });

  it("cancels, and the next get shows CANCELLED", async () => {
    const target = name(DEFAULT_SEED_IDS.running[1]);
    await client.operationsClient.cancelOperation(req<"cancelOperation">({ name: target }));
    const [op] = await client.operationsClient.getOperation(req<"getOperation">({ name: target }));
    expect(op.done).toBe(true);
    expect(op.error?.code).toBe(Code.CANCELLED);
  });

  it("deletes, and the next get is NOT_FOUND", async () => {
    const target = name(DEFAULT_SEED_IDS.running[2]);
    await client.operationsClient.deleteOperation(req<"deleteOperation">({ name: target }));
    const failure = await client.operationsClient.getOperation(req<"getOperation">({ name: target })).then(
      () => undefined,
      (error: { code?: number }) => error,
    );
    expect([404, Code.NOT_FOUND]).toContain(failure?.code);
  });

  it("follows checkCreateModelProgress to the model of an operation that finishes", async () => {
    fake.store.create({ name: name("CMP0000000001"), kind: "createModelDetails", duration: 300 });
    const operation = await client.checkCreateModelProgress(name("CMP0000000001"));
    const [model] = await operation.promise();
    expect(model.name).toBe(`${DEFAULT_PARENT}/models/CMP0000000001`);
  });

  it("reads a failed operation whose error has no details", async () => {
    fake.store.create({ name: name("FLD0000000001"), duration: 0, error: { code: Code.INTERNAL, message: "boom" } });
    const [op] = await client.operationsClient.getOperation(req<"getOperation">({ name: name("FLD0000000001") }));
    expect(op.error).toMatchObject({ code: Code.INTERNAL, message: "boom" });
  });

  // A limitation of gax's REST decoding, not of the fake: it cannot decode an Any whose type is not in
  // the client's protos, such as google.rpc.ErrorInfo in an operation's error (googleapis/google-cloud-node#3531).
  // If this starts passing, gax has fixed it and the filter in "lists every page" can go.
  it("cannot decode a failed operation whose error carries ErrorInfo (known gax limitation)", async () => {
    await expect(client.operationsClient.getOperation(req<"getOperation">({ name: name(DEFAULT_SEED_IDS.failed[0]) }))).rejects.toThrow(
      /cannot find type google\.rpc\.ErrorInfo/,
    );
  });
});
