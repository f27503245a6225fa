/**
 * Google's own Node client (@google-cloud/automl v1beta1 over REST, google-gax) starting operations on
 * the fake, as an app would: start, then `operation.promise()`. gax sends int64 as strings, enums as
 * numbers (`$alt=json;enum-encoding=int`), and decodes every response with the protos it bundles, so a
 * Model the fake built that gax could not read would fail here.
 */
import { v1beta1 } from "@google-cloud/automl";
import { OAuth2Client } from "google-auth-library";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Code } from "../status.js";
import { DEFAULT_PARENT } from "./seed.js";
import { createFakeServer } from "./server.js";
import type { FakeServer, SelfCheckViolation } from "./types.js";

const MODEL = `${DEFAULT_PARENT}/models/TBL2866487218853462016`;
const DATASET = `${DEFAULT_PARENT}/datasets/TBL5314616996136591360`;

type Client = v1beta1.AutoMlClient;
/** gax types its requests as protobuf classes; a plain object of the same fields is what it accepts. */
const req = <K extends keyof Client>(fields: Record<string, unknown>) =>
  fields as unknown as Client[K] extends (request: infer R, ...rest: never[]) => unknown ? R : never;

let fake: FakeServer;
let client: Client;
const violations: SelfCheckViolation[] = [];

beforeAll(async () => {
  fake = await createFakeServer({
    requireAuth: true,
    selfCheck: true,
    onViolation: (v) => violations.push(v),
    startDurations: { "*": 300, createModel: 600 },
  });
  const authClient = new OAuth2Client();
  authClient.setCredentials({ access_token: "fake-token", expiry_date: Date.now() + 3_600_000 });
  const options = { fallback: true, apiEndpoint: "127.0.0.1", port: fake.port, protocol: "http", authClient };
  client = new v1beta1.AutoMlClient(options as unknown as ConstructorParameters<typeof v1beta1.AutoMlClient>[0]);
});

afterAll(async () => {
  await client.close();
  await fake.close();
  expect(violations).toEqual([]);
});

const TABLES_MODEL = {
  displayName: "churn_gax",
  datasetId: "TBL5314616996136591360",
  tablesModelMetadata: { trainBudgetMilliNodeHours: 1000, optimizationObjective: "MAXIMIZE_AU_ROC" },
};

describe("Google's AutoMlClient starting operations on the fake", () => {
  it("createModel then operation.promise() resolves to the Model the fake named", async () => {
    const [operation] = await client.createModel(req<"createModel">({ parent: DEFAULT_PARENT, model: TABLES_MODEL }));
    expect(operation.name).toMatch(new RegExp(`^${DEFAULT_PARENT}/operations/`));
    const [model, metadata] = await operation.promise();
    expect(model.name).toMatch(new RegExp(`^${DEFAULT_PARENT}/models/[0-9]+$`));
    expect(model.displayName).toBe("churn_gax");
    expect(model.datasetId).toBe("TBL5314616996136591360");
    expect(String(model.tablesModelMetadata?.trainBudgetMilliNodeHours)).toBe("1000");
    expect(model.createTime?.seconds).toBeDefined();
    expect(metadata?.createModelDetails).toBeDefined();
    expect(metadata?.progressPercent).toBe(100);
  });

  it("a text model's enum, sent as a number, comes back as the same enum", async () => {
    const model = { displayName: "reviews", datasetId: "TCN6188817224573730816", textClassificationModelMetadata: { classificationType: "MULTILABEL" } };
    const [operation] = await client.createModel(req<"createModel">({ parent: DEFAULT_PARENT, model }));
    const [created] = await operation.promise();
    // gax hands enums back by number or by name depending on its toObject options: both are MULTILABEL.
    expect([2, "MULTILABEL"]).toContain(created.textClassificationModelMetadata?.classificationType);
  });

  it.each([
    ["deployModel", () => client.deployModel(req<"deployModel">({ name: MODEL }))],
    ["undeployModel", () => client.undeployModel(req<"undeployModel">({ name: MODEL }))],
    ["importData", () => client.importData(req<"importData">({ name: DATASET, inputConfig: { gcsSource: { inputUris: ["gs://demo-bucket/import/train.csv"] } } }))],
    ["exportData", () => client.exportData(req<"exportData">({ name: DATASET, outputConfig: { bigqueryDestination: { outputUri: "bq://demo" } } }))],
  ] as const)("%s then operation.promise() resolves", async (_id, start) => {
    const [operation] = await start();
    const [response, metadata] = await operation.promise();
    expect(response).toEqual({});
    expect(metadata?.progressPercent).toBe(100);
  });

  it("deleteModel then operation.promise() resolves, and the model is gone", async () => {
    const [created] = await (await client.createModel(req<"createModel">({ parent: DEFAULT_PARENT, model: TABLES_MODEL })))[0].promise();
    const [operation] = await client.deleteModel(req<"deleteModel">({ name: created.name }));
    await operation.promise();
    const failure = await client.deployModel(req<"deployModel">({ name: created.name })).then(
      () => undefined,
      (error: { code?: number }) => error,
    );
    expect([404, Code.NOT_FOUND]).toContain(failure?.code);
  });

  it("cancelling a started createModel makes its promise reject with code 1", async () => {
    const [operation] = await client.createModel(req<"createModel">({ parent: DEFAULT_PARENT, model: TABLES_MODEL }));
    // Cancelled before polling starts, so the rejection can only come from the operation the fake answers.
    await operation.cancel();
    const error = await operation.promise().then(
      () => undefined,
      (e: { code?: number; message?: string }) => e,
    );
    expect(error?.code).toBe(Code.CANCELLED);
    expect(error?.message).toBe("Operation was cancelled.");
    expect(fake.store.get(operation.name!)?.error?.code).toBe(Code.CANCELLED);
  });
});
