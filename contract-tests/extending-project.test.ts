/**
 * The README's "Extending the spec" recipe keeps the project green: its YAML blocks, pasted as written
 * into a copy of the project, then `npm run generate`, and the parts of `npm test` the spec reaches (lint,
 * check:generated, typecheck, the tests that read the spec) all pass there. The new method's runtime
 * (fake, Prism, the kit's lifecycle) is extending.test.ts, on the same pasted spec.
 *
 * Every command runs once, in beforeAll, side by side; the cases read their outcomes.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProjectWithRecipe } from "./test-support/readme-recipe.js";
import { nestedVitestEnv } from "../src/test-support/nested-vitest.js";

const MODEL = "projects/demo/locations/us-central1/models/TBL2866487218853462016";
const RESULT_TYPE = "type.googleapis.com/google.cloud.automl.v1beta1.ArchiveModelResult";
const ARCHIVE_PATH = "/v1beta1/projects/{projectsId}/locations/{locationsId}/models/{modelsId}:archive";

/**
 * The test files that read the spec's methods (its starters, operations or examples), run in the copy.
 * start.test-d.ts, which types the starters, is part of `npm run typecheck`.
 */
const SPEC_READING_TESTS = [
  "src/spec/operation-info.test.ts",
  "spec/tests/examples.test.ts",
  "spec/tests/starter-schemas.test.ts",
  "contract-tests/spec-model.test.ts",
  "contract-tests/coverage.test.ts",
  "contract-tests/start-requests.test.ts",
  "contract-tests/starters-generic.test.ts",
  "src/fake/starters/spec-file.test.ts",
];

/** An app of the copy starting the new method through the SDK; `npm run typecheck` compiles it. */
const APP = `
import { createOperationsClient } from "./index.js";

const ops = createOperationsClient();
const body = { outputConfig: { gcsDestination: { outputUriPrefix: "gs://demo-bucket/archive/" } } };
export async function archive(): Promise<string | undefined> {
  const archiving = await ops.start("archiveModel", { name: "${MODEL}", body });
  const result = await archiving.result();
  const type: "${RESULT_TYPE}" = result["@type"];
  // @ts-expect-error archiveModel works on a model: it takes a name, not a parent
  await ops.start("archiveModel", { parent: "projects/demo/locations/us-central1", body });
  // @ts-expect-error its body's schema requires outputConfig
  await ops.start("archiveModel", { name: "${MODEL}", body: {} });
  return type && result.archiveUri;
}
`;

interface Outcome {
  code: number;
  output: string;
}

/** Runs a command in the copy; never throws: the outcome is judged by the case that needs it. */
function run(cwd: string, command: string, args: string[]): Promise<Outcome> {
  const env = nestedVitestEnv();
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}\n${stderr}`.slice(-8_000) });
    });
  });
}

let dir: string;
let root: string;
let generated: Outcome;
let lint: Outcome, checkGenerated: Outcome, typecheck: Outcome, specTests: Outcome;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "automl-ops-extend-project-"));
  ({ root } = await copyProjectWithRecipe(join(dir, "project")));
  await writeFile(join(root, "src", "archive-model-app.ts"), APP);
  generated = await run(root, "npm", ["run", "-s", "generate"]);
  [lint, checkGenerated, typecheck, specTests] = await Promise.all([
    run(root, "npm", ["run", "-s", "lint"]),
    run(root, "npm", ["run", "-s", "check:generated"]),
    run(root, "npm", ["run", "-s", "typecheck"]),
    run(root, join(root, "node_modules", ".bin", "vitest"), ["run", "--typecheck.enabled=false", ...SPEC_READING_TESTS]),
  ]);
}, 600_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the README's recipe, pasted as written into a copy of the project", () => {
  it("npm run generate adds the method to the types and to the starters table", async () => {
    expect(generated.code, generated.output).toBe(0);
    const types = await readFile(join(root, "generated", "schema.d.ts"), "utf8");
    expect(types).toContain(`"${ARCHIVE_PATH}": {`);
    expect(types).toMatch(/ArchiveModelResult: \{[^}]*archiveUri\?: string;/s);
    const { STARTERS } = (await import(join(root, "generated", "starters.ts"))) as { STARTERS: Record<string, unknown> };
    expect(STARTERS.archiveModel).toMatchObject({ method: "POST", target: "name", body: "required", responseSchema: "ArchiveModelResult", metadataDetail: "archiveModelDetails" });
  });

  it("npm run lint passes: x-operation-info, examples and the shared responses included", () => {
    expect(lint.code, lint.output).toBe(0);
  });

  it("npm run check:generated passes once generated", () => {
    expect(checkGenerated.code, checkGenerated.output).toBe(0);
  });

  it("npm run typecheck passes, with the SDK's start typed for the new method and the starter type tests held", () => {
    expect(typecheck.code, typecheck.output).toBe(0);
  });

  it("the tests that read the spec pass", () => {
    expect(specTests.code, specTests.output).toBe(0);
    expect(specTests.output).toMatch(/\d+ passed, 0 failed/);
  });
});
