/**
 * The fake serves the starters of the spec it is given: a method added to a copy of the spec is served
 * with no change to code, and a copy whose annotation cannot be trusted is refused at start.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { DEFAULT_SPEC } from "../../spec/spec-file.js";
import { errors } from "../errors.js";
import { createFakeServer } from "../server.js";
import { MODEL, startStarterFake } from "./test-support/start-fake.js";

const DEPLOY = "/v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:deploy";
const REDEPLOY = "/v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:redeploy";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "automl-ops-starter-spec-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Writes a copy of the bundled spec with `change` applied; returns its path. */
async function specCopy(name: string, change: (spec: any) => void): Promise<string> {
  const spec = parse(await readFile(DEFAULT_SPEC, "utf8"));
  change(spec);
  const path = join(dir, name);
  await writeFile(path, stringify(spec));
  return path;
}

/** A copy with `redeployModel`, deployModel's twin on its own verb, as a spec author would add it. */
const withRedeploy = (spec: any) => {
  const item = structuredClone(spec.paths[DEPLOY]);
  item.post.operationId = "redeployModel";
  item.post.summary = "Deploys a model again.";
  spec.paths[REDEPLOY] = item;
};

describe("a spec file given to the fake", () => {
  it("serves a method added to the copy, with no change to code", async () => {
    const spec = await specCopy("redeploy.yaml", withRedeploy);
    const fake = await startStarterFake({ spec, startDurations: { redeployModel: "1s" } });
    try {
      const { status, body } = await fake.call("POST", `${MODEL}:redeploy`, {});
      expect(status).toBe(200);
      expect(body.metadata.deployModelDetails).toEqual({});
      fake.clock.advance(1_000);
      expect((await fake.call("GET", body.name)).body.response).toEqual({ "@type": "type.googleapis.com/google.protobuf.Empty" });
      expect((await fake.call("POST", `${MODEL}:redeploy`, { force: true })).body.error.status).toBe("INVALID_ARGUMENT");
    } finally {
      await fake.close();
    }
  });

  it("is the bundled spec by default, which has no such method", async () => {
    const fake = await startStarterFake();
    try {
      const path = `/v1beta1/${MODEL}:redeploy`;
      expect((await fake.call("POST", `${MODEL}:redeploy`, {})).body).toEqual(errors.unknownPath("POST", path).toEnvelope());
    } finally {
      await fake.close();
    }
  });

  it("is refused at start when an annotation does not resolve, naming the spec and the method", async () => {
    const spec = await specCopy("broken.yaml", (s) => (s.paths[DEPLOY].post["x-operation-info"].responseType = "google.protobuf.Nothing"));
    await expect(createFakeServer({ spec })).rejects.toThrow(
      /broken\.yaml: deployModel .*responseType google\.protobuf\.Nothing does not resolve/,
    );
  });

  it("serves a method whose detail member is new, declared by the copy's metadata schema", async () => {
    const spec = await specCopy("detail.yaml", (s) => {
      withRedeploy(s);
      s.components.schemas.OperationMetadata.properties.redeployModelDetails = { $ref: "#/components/schemas/EmptyDetails" };
      s.paths[REDEPLOY].post["x-operation-info"].metadataDetail = "redeployModelDetails";
    });
    const fake = await startStarterFake({ spec, startDurations: { redeployModel: "1s" } });
    try {
      const { status, body } = await fake.call("POST", `${MODEL}:redeploy`, {});
      expect(status).toBe(200);
      expect(body.metadata.redeployModelDetails).toEqual({});
      expect(body.metadata.deployModelDetails).toBeUndefined();
      fake.clock.advance(1_000);
      expect((await fake.call("GET", body.name)).body).toMatchObject({ done: true, metadata: { redeployModelDetails: {} } });
    } finally {
      await fake.close();
    }
  });

  it("is refused at start when a method's detail member is not a property of its metadata schema", async () => {
    const spec = await specCopy("undeclared-detail.yaml", (s) => {
      withRedeploy(s);
      s.paths[REDEPLOY].post["x-operation-info"].metadataDetail = "redeployModelDetails";
    });
    await expect(createFakeServer({ spec })).rejects.toThrow(/undeclared-detail\.yaml: redeployModel .*metadataDetail redeployModelDetails is not a property of OperationMetadata/);
  });

  it("is refused at start when it is not a spec at all", async () => {
    const spec = join(dir, "not-a-spec.yaml");
    await writeFile(spec, "just: text\n");
    await expect(createFakeServer({ spec })).rejects.toThrow(/not-a-spec\.yaml is not an OpenAPI document/);
  });
});
