import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROKEN_SERVERS, startBrokenServer } from "../../contract-tests/broken-servers/index.js";
import type { WireRecord } from "../../contract-tests/transport.js";
import { createFakeServer, type FakeServer } from "../fake/index.js";
import { buildHar, RUN_PAGE_ID } from "./report-har.js";
import { runCli } from "./run.js";
import { collect } from "./test-support/io.js";

/** HAR 1.2 as the har-schema package writes it down (JSON Schema draft-06). */
function harValidator() {
  const require = createRequire(import.meta.url);
  const schemas = require("har-schema") as Record<string, object>;
  // har-schema uses `min` and `optional`, which are no JSON Schema keywords: not strict.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json") as object);
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  return ajv.getSchema("har.json#")!;
}

const GET: WireRecord = {
  startedAt: Date.parse("2025-03-04T05:06:07.000Z"),
  method: "GET",
  url: "http://127.0.0.1:4010/v1beta1/projects/p/locations/l/operations?pageSize=2&filter=done%3Dtrue",
  requestHeaders: [["authorization", "Bearer sekret-token-123"], ["accept", "application/json"]],
  status: 200,
  statusText: "OK",
  responseHeaders: [["content-type", "application/json"]],
  responseBody: `{"operations":[]}`,
  timeMs: 12.5,
};
const POST: WireRecord = {
  ...GET,
  startedAt: GET.startedAt + 20,
  method: "POST",
  url: "http://127.0.0.1:4010/v1beta1/projects/p/locations/l/operations/o1:cancel",
  requestHeaders: [["authorization", "Bearer sekret-token-123"], ["content-type", "application/json"]],
  requestBody: "{}",
  responseBody: "{}",
};
const FAILED: WireRecord = { ...GET, startedAt: GET.startedAt + 40, status: 0, statusText: "", responseHeaders: [], responseBody: "", error: "connect ECONNREFUSED 127.0.0.1:4010" };

describe("HAR 1.2 file", () => {
  const validate = harValidator();
  const har = buildHar([POST, FAILED, GET], { title: "conformance of fake", startedAt: new Date(GET.startedAt), secrets: ["sekret-token-123"] });

  it("is valid HAR 1.2, with the page a browser's network panel groups entries under", () => {
    expect(validate(har), JSON.stringify(validate.errors)).toBe(true);
    // The validator is no rubber stamp: a log without its creator is refused.
    expect(validate({ log: { version: "1.2", entries: [] } })).toBe(false);
    expect(har.log.version).toBe("1.2");
    expect(har.log.pages).toHaveLength(1);
    expect(har.log.entries.every((e) => e.pageref === har.log.pages[0]!.id)).toBe(true);
  });

  it("holds every exchange in the order sent, with query, body and failures", () => {
    expect(har.log.entries.map((e) => e.request.method)).toEqual(["GET", "POST", "GET"]);
    expect(har.log.entries[0]!.request.queryString).toEqual([{ name: "pageSize", value: "2" }, { name: "filter", value: "done=true" }]);
    expect(har.log.entries[1]!.request.postData).toEqual({ mimeType: "application/json", text: "{}", params: [] });
    expect(har.log.entries[2]!.response).toMatchObject({ status: 0, _error: "connect ECONNREFUSED 127.0.0.1:4010" });
  });

  it("puts each scenario's exchanges on a page of their own, naming the checks that judged each", () => {
    const tagged = buildHar(
      [
        { ...GET, scenario: "list-pages", checks: ["statusCodeConformance", "pageWithinPageSize"], failedChecks: ["pageWithinPageSize"] },
        { ...POST, scenario: "cancel-running-ends-cancelled", checks: ["cancelBodyAccepted"] },
        FAILED,
      ],
      { title: "run", startedAt: new Date(GET.startedAt), secrets: [], scenarioTitles: new Map([["list-pages", "pages of a listing"]]) },
    );
    expect(validate(tagged), JSON.stringify(validate.errors)).toBe(true);
    expect(tagged.log.pages.map((p) => [p.id, p.title])).toEqual([
      ["list-pages", "pages of a listing"],
      ["cancel-running-ends-cancelled", "cancel-running-ends-cancelled"],
      [RUN_PAGE_ID, "run"],
    ]);
    expect(tagged.log.entries.map((e) => [e.pageref, e._checks, e._failedChecks])).toEqual([
      ["list-pages", ["statusCodeConformance", "pageWithinPageSize"], ["pageWithinPageSize"]],
      ["cancel-running-ends-cancelled", ["cancelBodyAccepted"], undefined],
      [RUN_PAGE_ID, [], undefined],
    ]);
  });

  it("redacts the token", () => {
    expect(JSON.stringify(har)).not.toContain("sekret-token-123");
    expect(har.log.entries[0]!.request.headers[0]).toEqual({ name: "authorization", value: "Bearer [REDACTED]" });
  });
});

describe("--har", () => {
  let fake: FakeServer;
  let dir: string;
  beforeAll(async () => {
    fake = await createFakeServer({ port: 0, host: "127.0.0.1" });
    dir = await mkdtemp(join(tmpdir(), "automl-ops-har-"));
  });
  afterAll(async () => {
    await fake?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("writes every exchange of the run, the SDK client's included, as valid HAR", async () => {
    const file = join(dir, "run.har");
    const { out, io } = collect();
    const argv = ["conformance", "--base-url", fake.url, "--parent", "projects/demo/locations/us-central1", "--profile", "fake"];
    expect(await runCli([...argv, "--only", "client-lists-and-gets", "--only", "getOperation-unknown-resource", "--har", file, "--quiet"], io)).toBe(0);
    const har = JSON.parse(await readFile(file, "utf8")) as ReturnType<typeof buildHar>;
    expect(harValidator()(har)).toBe(true);
    // The reachability probe, the raw exchanges and the SDK's calls (which name themselves in x-goog-api-client).
    expect(har.log.entries[0]!.request.url).toBe(`${fake.url}/`);
    const sdk = har.log.entries.filter((e) => e.request.headers.some((h) => h.name === "x-goog-api-client"));
    expect(sdk.length).toBeGreaterThan(0);
    expect(out.stderr).toContain(`HAR of ${har.log.entries.length} exchange(s) written to ${file}`);
  });

  it("groups the run by scenario: a page per scenario, every entry on one, each naming the checks that used it", async () => {
    const file = join(dir, "pages.har");
    const { io } = collect();
    const argv = ["conformance", "--base-url", fake.url, "--parent", "projects/demo/locations/us-central1", "--profile", "fake"];
    const scenarios = ["client-lists-and-gets", "getOperation-unknown-resource"];
    expect(await runCli([...argv, ...scenarios.flatMap((id) => ["--only", id]), "--har", file, "--quiet"], io)).toBe(0);
    const har = JSON.parse(await readFile(file, "utf8")) as ReturnType<typeof buildHar>;
    expect(har.log.pages.map((p) => p.id).sort()).toEqual([RUN_PAGE_ID, ...scenarios].sort());
    // The probe before any scenario is the run's; everything else belongs to the scenario that sent it.
    expect(har.log.entries.filter((e) => e.pageref === RUN_PAGE_ID).map((e) => e.request.url)).toEqual([`${fake.url}/`]);
    for (const id of scenarios) {
      const entries = har.log.entries.filter((e) => e.pageref === id);
      expect(entries.length, id).toBeGreaterThan(0);
      expect(entries.every((e) => e._checks.length > 0), id).toBe(true);
    }
    // The SDK's calls are judged by the client's check, raw exchanges by the generic ones.
    const client = har.log.entries.filter((e) => e.pageref === "client-lists-and-gets");
    expect(client.every((e) => e._checks.includes("clientCallSucceeded"))).toBe(true);
    const unknown = har.log.entries.filter((e) => e.pageref === "getOperation-unknown-resource");
    // An error answer is judged by the envelope check too; a success is not (it does not apply).
    expect(unknown.some((e) => e.response.status === 404 && e._checks.includes("errorEnvelopeConformance"))).toBe(true);
    const lists = har.log.entries.filter((e) => e.pageref === "client-lists-and-gets" && e.response.status === 200);
    expect(lists.some((e) => e._checks.includes("errorEnvelopeConformance"))).toBe(false);
  });

  it("names on an exchange the check that failed on it (a server whose cancel does nothing)", async () => {
    const server = BROKEN_SERVERS.find((b) => b.id === "cancel-does-nothing")!;
    const proxy = await startBrokenServer(server, fake.url);
    try {
      const file = join(dir, "failed.har");
      const { io } = collect();
      const argv = ["conformance", "--base-url", proxy.url, "--parent", "projects/demo/locations/us-central1", "--profile", "fake", "--allow-destructive"];
      expect(await runCli([...argv, "--only", "cancel-running-ends-cancelled", "--cancel-timeout", "1s", "--har", file, "--quiet"], io)).toBe(1);
      const har = JSON.parse(await readFile(file, "utf8")) as ReturnType<typeof buildHar>;
      const failedOn = har.log.entries.filter((e) => e._failedChecks?.includes("cancelEndedOperation"));
      expect(failedOn.length).toBeGreaterThan(0);
      // The polls that still found the operation running, not the cancel before them.
      expect(failedOn.every((e) => e.pageref === "cancel-running-ends-cancelled" && e.request.method === "GET")).toBe(true);
      expect(failedOn.every((e) => (JSON.parse(e.response.content.text) as { done?: boolean }).done !== true)).toBe(true);
    } finally {
      await proxy.close();
    }
  });
});
