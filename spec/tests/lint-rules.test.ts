/**
 * The spec lints clean, and each rule of ours fails on a copy of the spec broken in the way it guards.
 */
import { readFileSync } from "node:fs";
import spectralCore from "@stoplight/spectral-core";
import { Yaml } from "@stoplight/spectral-parsers";
import { beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { DEFAULT_SPEC } from "../../scripts/generate.js";
import ruleset from "../spectral/ruleset.mjs";

const { Document, Spectral } = spectralCore;
const SPEC_TEXT = readFileSync(DEFAULT_SPEC, "utf8");
const OP = "/v1beta1/projects/{projectsId}/locations/{locationsId}/operations/{operationsId}";
const CREATE_MODEL = "/v1beta1/projects/{projectsId}/locations/{locationsId}/models";
const BATCH_PREDICT = "/v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:batchPredict";

let spectral: InstanceType<typeof Spectral>;
beforeAll(() => {
  spectral = new Spectral();
  spectral.setRuleset(ruleset);
});

async function lint(text: string) {
  const results = await spectral.run(new Document(text, Yaml, DEFAULT_SPEC));
  return results.filter((r) => r.severity <= 1).map((r) => `${r.code}: ${r.message}`);
}

/** A copy of the spec with `mutate` applied to its parsed form. */
function brokenSpec(mutate: (spec: any) => void): string {
  const spec = parse(SPEC_TEXT);
  mutate(spec);
  return stringify(spec);
}

// Each case lints the whole spec with Spectral: about half a second of CPU on a quiet machine, many
// times that on a loaded one (pitfalls #23), so the cases get more than the suite's 20 s.
describe("spec lint", { timeout: 120_000 }, () => {
  it("passes with no errors and no warnings", async () => {
    expect(await lint(SPEC_TEXT)).toEqual([]);
  });

  it("operation-error-envelope fails when an operation has no default error", async () => {
    const text = brokenSpec((s) => delete s.paths[OP].get.responses.default);
    expect(await lint(text)).toContain("operation-error-envelope: Operation documents no default error response.");
  });

  it("operation-error-envelope fails on a flat error body", async () => {
    const text = brokenSpec((s) => {
      s.paths[OP].delete.responses["404"] = {
        description: "flat",
        content: { "application/json": { schema: { type: "object" }, example: { message: "x" } } },
      };
    });
    expect(await lint(text)).toContain("operation-error-envelope: Error response 404 is not the {error: …} envelope.");
  });

  it("example-any-has-type fails on a response Any without @type", async () => {
    const text = brokenSpec((s) => {
      delete s.paths[OP].get.responses["200"].content["application/json"].examples.succeeded.value.response["@type"];
    });
    expect((await lint(text)).some((m) => m.startsWith("example-any-has-type: Any at response has no @type"))).toBe(true);
  });

  it("response-has-example fails on a response without an example", async () => {
    const text = brokenSpec((s) => delete s.components.responses.NotFound.content["application/json"].examples);
    expect(await lint(text)).toContain("response-has-example: Response has no example.");
  });

  it("schema-any-requires-type fails when @type is optional", async () => {
    const text = brokenSpec((s) => delete s.components.schemas.Any.required);
    expect(await lint(text)).toContain("schema-any-requires-type: Schema declares @type but does not require it.");
  });

  it("operation-standard-parameters fails on an operation without a standard parameter", async () => {
    const text = brokenSpec((s) => {
      s.paths[OP].parameters = s.paths[OP].parameters.filter((p: { $ref?: string }) => p.$ref !== "#/components/parameters/StdFields");
    });
    const messages = await lint(text);
    expect(messages).toContain("operation-standard-parameters: Operation lacks the standard parameters StdFields.");
    expect(messages.filter((m) => m.startsWith("operation-standard-parameters"))).toHaveLength(2); // get and delete
  });

  it("operation-standard-parameters passes standard parameters given at the operation level", async () => {
    const text = brokenSpec((s) => {
      const std = s.paths[OP].parameters.filter((p: { $ref?: string }) => p.$ref?.includes("/Std"));
      s.paths[OP].parameters = s.paths[OP].parameters.filter((p: { $ref?: string }) => !p.$ref?.includes("/Std"));
      s.paths[OP].get.parameters = std;
      s.paths[OP].delete.parameters = std;
    });
    expect(await lint(text)).toEqual([]);
  });

  it("operation-info fails on a method that answers an Operation without x-operation-info", async () => {
    const text = brokenSpec((s) => delete s.paths[CREATE_MODEL].post["x-operation-info"]);
    expect(await lint(text)).toContain("operation-info: createModel answers an Operation but has no x-operation-info (AIP-151 operation_info).");
  });

  it("operation-info fails on a type no schema declares, and on a detail the metadata lacks", async () => {
    const text = brokenSpec((s) => {
      s.paths[CREATE_MODEL].post["x-operation-info"].responseType = "google.cloud.automl.v1beta1.Modle";
      s.paths[CREATE_MODEL].post["x-operation-info"].metadataDetail = "trainDetails";
    });
    const messages = await lint(text);
    expect(messages).toContain(
      "operation-info: x-operation-info.responseType google.cloud.automl.v1beta1.Modle does not resolve: no component schema declares it as x-proto-message.",
    );
    expect(messages).toContain("operation-info: x-operation-info.metadataDetail trainDetails is not a property of OperationMetadata.");
  });

  it("operation-info fails when the declared type loses its x-proto-message", async () => {
    const text = brokenSpec((s) => delete s.components.schemas.Model["x-proto-message"]);
    expect(await lint(text)).toContain(
      "operation-info: x-operation-info.responseType google.cloud.automl.v1beta1.Model does not resolve: no component schema declares it as x-proto-message.",
    );
  });

  it("operation-info fails on x-operation-info where no operation starts, and exempts the operations collection", async () => {
    const text = brokenSpec((s) => (s.paths[OP].get["x-operation-info"] = s.paths[CREATE_MODEL].post["x-operation-info"]));
    expect(await lint(text)).toEqual(["operation-info: x-operation-info on a method that starts no operation."]);
  });

  it("unused-component counts a schema named only by x-operation-info as used, and still finds unused ones", async () => {
    expect(await lint(SPEC_TEXT)).toEqual([]);
    const text = brokenSpec((s) => delete s.paths[BATCH_PREDICT].post["x-operation-info"]);
    const messages = await lint(text);
    expect(messages).toContain("operation-info: batchPredict answers an Operation but has no x-operation-info (AIP-151 operation_info).");
    expect(messages.filter((m) => m.startsWith("unused-component:"))).toHaveLength(1);
  });

  it("operation-operationId-camel-case fails on a dotted operationId", async () => {
    const text = brokenSpec((s) => (s.paths[OP].get.operationId = "operations.get"));
    expect(await lint(text)).toContain("operation-operationId-camel-case: operationId must be lowerCamelCase.");
  });
});
