/**
 * Google's standard query parameters on every method, as the spec declares them (`Std*`), and the
 * list's returnPartialSuccess / unreachable.
 */
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DEFAULT_SPEC } from "../../scripts/spec-file.js";
import { errors } from "./errors.js";
import { RESPONSE_SHAPES } from "./fields.js";
import { DEFAULT_SEED_IDS } from "./seed.js";
import { STANDARD_PARAMETERS } from "./standard-parameters.js";
import { NAME_PREFIX, PARENT_PATH, startTestFake, type TestFake } from "./test-support/start-test-fake.js";

const SPEC = parse(readFileSync(DEFAULT_SPEC, "utf8"));
const OP_PATH = `${PARENT_PATH}/${DEFAULT_SEED_IDS.running[0]}`;
const SUCCEEDED_PATH = `${PARENT_PATH}/${DEFAULT_SEED_IDS.succeeded[0]}`;

let fake: TestFake;
beforeEach(async () => {
  fake = await startTestFake({ requireAuth: true, unreachable: ["projects/demo/locations/europe-west4"] });
});
afterEach(() => fake.close());
const auth = { headers: { authorization: "Bearer t" } };

describe("the spec and the fake agree", () => {
  it("accepts exactly the standard parameters the spec declares", () => {
    const declared = Object.entries(SPEC.components.parameters as Record<string, { name: string }>)
      .filter(([key]) => key.startsWith("Std"))
      .map(([, p]) => p.name);
    expect([...STANDARD_PARAMETERS].sort()).toEqual(declared.sort());
  });

  it("selects fields from the messages the spec's responses hold", () => {
    const fieldsOf = (schema: string) => Object.keys(SPEC.components.schemas[schema].properties ?? {}).sort();
    const shape = (method: keyof typeof RESPONSE_SHAPES) => {
      const s = RESPONSE_SHAPES[method];
      return s.open ? [] : Object.keys(s.fields).sort();
    };
    expect(shape("get")).toEqual(fieldsOf("Operation"));
    expect(shape("wait")).toEqual(fieldsOf("Operation"));
    expect(shape("list")).toEqual(fieldsOf("ListOperationsResponse"));
    expect(shape("cancel")).toEqual(fieldsOf("Empty"));
  });
});

describe("standard parameters", () => {
  it.each([
    ["alt=json"],
    ["%24alt=json%3Benum-encoding%3Dint"],
    ["prettyPrint=false"],
    ["%24.xgafv=2"],
    ["quotaUser=someone&key=AIza-demo&upload_protocol=raw&uploadType=media"],
  ])("accepts %s on get", async (query) => {
    expect((await fake.call("GET", `${OP_PATH}?${query}`, auth)).status).toBe(200);
  });

  it.each([
    ["alt", "proto"],
    ["alt", "xml"],
    ["$alt", "json;enum-encoding=bits"],
    ["prettyPrint", "yes"],
    ["$.xgafv", "3"],
  ])("refuses %s=%s with INVALID_ARGUMENT naming it", async (name, value) => {
    const { status, body } = await fake.call("GET", `${OP_PATH}?${new URLSearchParams({ [name]: value })}`, auth);
    expect(status).toBe(400);
    expect(body).toEqual(errors.unsupportedParameterValue(name, value).toEnvelope());
  });

  it("still refuses a parameter Google does not define, and callback (JSONP is not served)", async () => {
    expect((await fake.call("GET", `${OP_PATH}?colour=red`, auth)).body).toEqual(errors.unknownQueryParameter("colour").toEnvelope());
    expect((await fake.call("GET", `${OP_PATH}?callback=f`, auth)).body).toEqual(errors.unknownQueryParameter("callback").toEnvelope());
  });

  it("indents the JSON with prettyPrint=true, the same value either way", async () => {
    const pretty = await fetch(`${fake.url}${SUCCEEDED_PATH}?prettyPrint=true`, auth);
    const compact = await fetch(`${fake.url}${SUCCEEDED_PATH}`, auth);
    const [prettyText, compactText] = [await pretty.text(), await compact.text()];
    expect(prettyText).toMatch(/^\{\n {2}"name": /);
    expect(compactText).not.toMatch(/\n/);
    expect(JSON.parse(prettyText)).toEqual(JSON.parse(compactText));
  });

  it("never repeats the query string, which may hold a token, in an error", async () => {
    const { status, body } = await fake.call("GET", `${OP_PATH}?access_token=ya29.secret-value&fields=%ZZ`);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).not.toMatch(/secret-value/);
    expect(body.error.message).toMatch(/fields/);
  });

  it.each(["access_token", "oauth_token"])("takes a token in %s for requireAuth", async (param) => {
    expect((await fake.call("GET", OP_PATH)).status).toBe(401);
    expect((await fake.call("GET", `${OP_PATH}?${param}=`)).status).toBe(401);
    expect((await fake.call("GET", `${OP_PATH}?${param}=ya29.demo`)).status).toBe(200);
  });
});

describe("fields (partial responses)", () => {
  it("selects name and done of an operation", async () => {
    const { body } = await fake.call("GET", `${SUCCEEDED_PATH}?fields=name,done`, auth);
    expect(body).toEqual({ name: NAME_PREFIX + DEFAULT_SEED_IDS.succeeded[0], done: true });
  });

  it("selects within a list's operations, keeping @type in a selected Any", async () => {
    const { body } = await fake.call("GET", `${PARENT_PATH}?pageSize=2&fields=operations(name,metadata/progressPercent),nextPageToken`, auth);
    expect(Object.keys(body).sort()).toEqual(["nextPageToken", "operations"]);
    expect(body.operations).toHaveLength(2);
    for (const op of body.operations) {
      expect(Object.keys(op).sort()).toEqual(["metadata", "name"]);
      expect(Object.keys(op.metadata).every((k) => k === "@type" || k === "progressPercent")).toBe(true);
      expect(op.metadata["@type"]).toBe("type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata");
    }
  });

  it("reads snake_case names and a wildcard", async () => {
    const snake = await fake.call("GET", `${PARENT_PATH}?pageSize=1&fields=next_page_token`, auth);
    expect(Object.keys(snake.body)).toEqual(["nextPageToken"]);
    const all = await fake.call("GET", `${SUCCEEDED_PATH}?fields=*`, auth);
    expect(all.body).toEqual((await fake.call("GET", SUCCEEDED_PATH, auth)).body);
  });

  it("applies to wait and leaves errors whole", async () => {
    const waited = await fake.call("POST", `${SUCCEEDED_PATH}:wait?fields=done`, { ...auth, body: {} });
    expect(waited.body).toEqual({ done: true });
    const missing = await fake.call("GET", `${PARENT_PATH}/NOPE1?fields=name`, auth);
    expect(missing.status).toBe(404);
    expect(missing.body.error.status).toBe("NOT_FOUND");
  });

  it.each([
    ["nmae", 'the response has no field "nmae"'],
    ["name/first", '"name" has no fields to select'],
    ["operations(name", 'expected ")" at column 16'],
    ["name,,done", "expected a field name at column 6"],
    ["name)", 'unexpected ")" at column 5'],
    ["(", "expected a field name at column 1"],
    ["a(".repeat(40), "selections nest deeper than 16 at column 35"],
  ])("refuses the selection %j with INVALID_ARGUMENT", async (fields, reason) => {
    const { status, body } = await fake.call("GET", `${SUCCEEDED_PATH}?${new URLSearchParams({ fields })}`, auth);
    expect(status).toBe(400);
    expect(body).toEqual(errors.invalidFields(fields, reason).toEnvelope());
  });

  it("applies to a method that starts an operation, which answers the Operation", async () => {
    const model = "/v1beta1/projects/demo/locations/us-central1/models/TBL2866487218853462016";
    const { status, body } = await fake.call("POST", `${model}:deploy?fields=name,metadata/deployModelDetails`, { ...auth, body: {} });
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(["metadata", "name"]);
    expect(body.metadata).toEqual({ "@type": "type.googleapis.com/google.cloud.automl.v1beta1.OperationMetadata", deployModelDetails: {} });
  });

  it("refuses a selection of a list's field on get, and any field of cancel's Empty", async () => {
    expect((await fake.call("GET", `${SUCCEEDED_PATH}?fields=nextPageToken`, auth)).status).toBe(400);
    const cancel = await fake.call("POST", `${OP_PATH}:cancel?fields=name`, auth);
    expect(cancel.status).toBe(400);
    expect(fake.store.stats.cancelled).toBe(0);
  });
});

describe("returnPartialSuccess and unreachable", () => {
  const FAR = "/v1beta1/projects/demo/locations/europe-west4/operations";

  it("answers an unreachable location UNAVAILABLE, or with returnPartialSuccess names it in unreachable", async () => {
    const failed = await fake.call("GET", FAR, auth);
    expect(failed.status).toBe(503);
    expect(failed.body).toEqual(errors.locationUnreachable("projects/demo/locations/europe-west4").toEnvelope());
    const partial = await fake.call("GET", `${FAR}?returnPartialSuccess=true`, auth);
    expect(partial.status).toBe(200);
    expect(partial.body).toEqual({ unreachable: ["projects/demo/locations/europe-west4"] });
  });

  it("lists a reachable location as before, with or without it", async () => {
    const plain = await fake.call("GET", `${PARENT_PATH}?pageSize=5`, auth);
    const partial = await fake.call("GET", `${PARENT_PATH}?pageSize=5&return_partial_success=true`, auth);
    expect(partial.body.operations).toEqual(plain.body.operations);
    expect(partial.body.unreachable).toBeUndefined();
  });

  it("refuses a value that is not a boolean", async () => {
    const { body } = await fake.call("GET", `${PARENT_PATH}?returnPartialSuccess=maybe`, auth);
    expect(body).toEqual(errors.unsupportedParameterValue("returnPartialSuccess", "maybe").toEnvelope());
  });
});
