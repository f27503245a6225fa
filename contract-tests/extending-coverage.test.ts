/**
 * Extending the spec with an endpoint that starts nothing (here `getLocation`, GET
 * /v1beta1/projects/{projectsId}/locations/{locationsId}) on a copy of the spec: it is picked up with no
 * new code by the generated types and by the generic checks of the conformance run, and the coverage
 * gate lists it as uncovered until it gets a semantic scenario or an allowlist entry. (A method that
 * starts operations is covered by its lifecycle scenarios at once: extending.test.ts.)
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { generate } from "../scripts/generate.js";
import { DEFAULT_SPEC } from "../scripts/spec-file.js";
import { runCli } from "../src/cli/run.js";
import { createFakeServer, type FakeServer } from "../src/fake/index.js";
import { startBreakingProxy, type Breakage } from "./broken-servers/index.js";
import { jsonResponse } from "./broken-servers/rewrite.js";
import { COVERAGE_ALLOWLIST } from "./coverage-allowlist.js";
import { uncoveredOperations } from "./coverage.js";
import { listScenarios, runConformance } from "./runner.js";
import { loadSpec } from "./spec-model.js";
import { defineTarget, FAKE_CAPABILITIES } from "./target.js";

const PARENT = "projects/demo/locations/us-central1";
const LOCATION_PATH = "/v1beta1/projects/{projectsId}/locations/{locationsId}";

/** The new endpoint, written as a spec author would: flat path, shared parameters and error responses. */
const GET_LOCATION = {
  parameters: [{ $ref: "#/components/parameters/projectsId" }, { $ref: "#/components/parameters/locationsId" }],
  get: {
    operationId: "getLocation",
    tags: ["operations"],
    summary: "Gets a location.",
    responses: {
      "200": {
        description: "The location.",
        content: { "application/json": { schema: { $ref: "#/components/schemas/Location" } } },
      },
      "404": { $ref: "#/components/responses/NotFound" },
      default: { $ref: "#/components/responses/Error" },
    },
  },
};

const LOCATION_SCHEMA = {
  type: "object",
  description: "google.cloud.location.Location.",
  required: ["name", "locationId"],
  properties: { name: { type: "string" }, locationId: { type: "string" }, displayName: { type: "string" } },
};

/** A server that serves the new endpoint in front of the fake (which serves the rest). */
function servingLocations(location: (name: string) => unknown): Breakage {
  return {
    request: (req) => {
      const match = /^\/v1beta1\/(projects\/[^/]+\/locations\/[^/:]+)$/.exec(req.url.pathname);
      if (req.method === "GET" && match?.[1]) return jsonResponse(200, location(match[1]));
    },
  };
}

describe("an endpoint added to the spec", () => {
  let dir: string;
  let specCopy: string;
  let fake: FakeServer;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "automl-ops-extend-"));
    const spec = parse(await readFile(DEFAULT_SPEC, "utf8")) as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    spec.paths[LOCATION_PATH] = GET_LOCATION;
    spec.components.schemas.Location = LOCATION_SCHEMA;
    specCopy = join(dir, "automl-v1beta1-operations.yaml");
    await writeFile(specCopy, stringify(spec));
    fake = await createFakeServer({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await fake?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("gets types from the generator", async () => {
    const out = join(dir, "generated");
    await generate(specCopy, out);
    const types = await readFile(join(out, "schema.d.ts"), "utf8");
    expect(types).toContain(`"${LOCATION_PATH}": {`);
    expect(types).toMatch(/getLocation: \{/);
    expect(types).toMatch(/Location: \{[^}]*locationId: string;/s);
  }, 30_000);

  it("gets the generic checks, which pass against a server that serves it well", async () => {
    const proxy = await startBreakingProxy(fake.url, servingLocations((name) => ({ name, locationId: name.split("/").pop() })));
    try {
      const target = defineTarget({ name: "fake with locations", baseUrl: proxy.url, parent: PARENT, capabilities: FAKE_CAPABILITIES });
      const report = await runConformance(target, { specPath: specCopy, only: ["getLocation"] });
      const ran = report.results.filter((r) => r.operationIds.includes("getLocation") && r.status !== "skipped");
      expect(ran.map((r) => r.id)).toContain("getLocation-documented-request/responseSchemaConformance");
      expect(ran.filter((r) => r.status === "failed")).toEqual([]);
      expect(report.coverage.getLocation?.generic).toContain("responseSchemaConformance");
    } finally {
      await proxy.close();
    }
  });

  it("gets the generic checks, which fail against a server whose answer breaks its schema", async () => {
    const proxy = await startBreakingProxy(fake.url, servingLocations((name) => ({ name })));
    try {
      const target = defineTarget({ name: "fake, locations without id", baseUrl: proxy.url, parent: PARENT, capabilities: FAKE_CAPABILITIES });
      const report = await runConformance(target, { specPath: specCopy, only: ["getLocation"] });
      const schema = report.results.find((r) => r.id === "getLocation-documented-request/responseSchemaConformance");
      expect(schema?.status).toBe("failed");
      expect(schema?.message).toContain("locationId");
    } finally {
      await proxy.close();
    }
  });

  it("is uncovered until it gets a semantic scenario or an allowlist entry", () => {
    const model = loadSpec(specCopy);
    expect(uncoveredOperations(model, listScenarios(model))).toEqual(["getLocation"]);
    const allowlist = { ...COVERAGE_ALLOWLIST, getLocation: "read-only; its generic checks are enough for now" };
    expect(uncoveredOperations(model, listScenarios(model), allowlist)).toEqual([]);
    // The kit's own spec has nothing uncovered: the gate is quiet until the spec grows.
    expect(uncoveredOperations(loadSpec(DEFAULT_SPEC), listScenarios(DEFAULT_SPEC))).toEqual([]);
  });

  it("shows as uncovered in a conformance report", async () => {
    const target = defineTarget({ name: "fake", baseUrl: fake.url, parent: PARENT, capabilities: FAKE_CAPABILITIES });
    const report = await runConformance(target, { specPath: specCopy, only: ["getLocation"] });
    expect(report.uncovered).toEqual(["getLocation"]);
  });

  it("fails the CLI run until it is covered, naming the operation", async () => {
    const proxy = await startBreakingProxy(fake.url, servingLocations((name) => ({ name, locationId: name.split("/").pop() })));
    try {
      let stderr = "";
      const io = { stdout: () => undefined, stderr: (text: string) => void (stderr += text) };
      const argv = ["conformance", "--base-url", proxy.url, "--parent", PARENT, "--spec", specCopy, "--only", "getLocation", "--quiet"];
      expect(await runCli(argv, io)).toBe(1);
      expect(stderr).toContain("getLocation: no semantic scenario and not in the coverage allowlist");
      expect(await runCli([...argv, "--allow-untested"], io)).toBe(0);
    } finally {
      await proxy.close();
    }
  });
});
