/**
 * What the SDK's declarations cost a strict app that checks them (no skipLibCheck): the client's
 * declarations leave openapi-fetch's generic machinery out (raw-type.ts) unless the app imports
 * `automl-ops-kit/raw`, which types `raw` in full. The declarations are emitted once, as `npm run build`
 * emits them, and apps are compiled against them as a package; cost is counted in type instantiations,
 * which do not depend on the machine (bench/sdk-typecheck.ts gives the seconds).
 */
import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "./spec/spec-file.js";

let dir: string;

/** Emits the declarations of the SDK entry and the raw entry into `pkg/dist`, with the package's package.json. */
async function emitPackage(pkg: string): Promise<void> {
  const config = ts.getParsedCommandLineOfConfigFile(join(PACKAGE_ROOT, "tsconfig.build.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const options = { ...config.options, outDir: join(pkg, "dist"), emitDeclarationOnly: true, declaration: true, noEmit: false };
  const program = ts.createProgram([join(PACKAGE_ROOT, "src", "index.ts"), join(PACKAGE_ROOT, "src", "typed-raw.ts")], options);
  const emitted = program.emit();
  if (emitted.emitSkipped) throw new Error("declaration emit failed");
  // As `npm run build` does: the generated declarations that are not compiled from sources.
  for (const file of ["schema.d.ts", "validators.d.ts"]) await copyFile(join(PACKAGE_ROOT, "generated", file), join(pkg, "dist", "generated", file));
  await copyFile(join(PACKAGE_ROOT, "package.json"), join(pkg, "package.json"));
  await symlink(join(PACKAGE_ROOT, "node_modules"), join(pkg, "node_modules"), "dir");
}

interface Compiled {
  /** Declaration files of packages in the program (lib.*.d.ts left out). */
  packageFiles: string[];
  /** The app's own diagnostics. */
  problems: string[];
  /** Type instantiations made checking the app and every package declaration file, as a strict app does. */
  instantiations: number;
}

/** Compiles `source` as an app depending on the emitted package, strict and without skipLibCheck. */
async function compileApp(name: string, source: string): Promise<Compiled> {
  const app = join(dir, name);
  await mkdir(join(app, "node_modules"), { recursive: true });
  await symlink(join(dir, "pkg"), join(app, "node_modules", "automl-ops-kit"), "dir");
  await writeFile(join(app, "package.json"), JSON.stringify({ type: "module" }));
  await writeFile(join(app, "app.ts"), source);
  const program = ts.createProgram([join(app, "app.ts")], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
    types: [],
  });
  const packageFiles = program.getSourceFiles().filter((f) => !program.isSourceFileDefaultLibrary(f) && /\.d\.m?ts$/.test(f.fileName));
  const appFile = program.getSourceFile(join(app, "app.ts"))!;
  const problems = [...program.getSyntacticDiagnostics(appFile), ...program.getSemanticDiagnostics(appFile)].map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  for (const file of packageFiles) program.getSemanticDiagnostics(file);
  return { packageFiles: packageFiles.map((f) => f.fileName), problems, instantiations: program.getInstantiationCount() };
}

const FRIENDLY = `
import { createOperationsClient, type Operation } from "automl-ops-kit";
const ops = createOperationsClient();
export const get = (name: string): Promise<Operation> => ops.get(name);
export const train = () => ops.start("createModel", { parent: "projects/p/locations/l", body: { displayName: "m", datasetId: "TBL1" } });
// @ts-expect-error raw is not typed until the app imports automl-ops-kit/raw
export const untyped = () => ops.raw.GET;
`;

const WITH_RAW = `
import type {} from "automl-ops-kit/raw";
import { createOperationsClient } from "automl-ops-kit";
const ops = createOperationsClient();
const path = { projectsId: "p", locationsId: "l", operationsId: "o" };
export async function done(): Promise<boolean | undefined> {
  const { data } = await ops.raw.GET("/v1beta1/projects/{projectsId}/locations/{locationsId}/operations/{operationsId}", { params: { path } });
  // @ts-expect-error not a path of the spec
  await ops.raw.GET("/v1beta1/projects/{projectsId}/operations", { params: { path } });
  return data?.done;
}
`;

let friendly: Compiled;
let withRaw: Compiled;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "automl-ops-declarations-"));
  await emitPackage(join(dir, "pkg"));
  friendly = await compileApp("friendly", FRIENDLY);
  withRaw = await compileApp("with-raw", WITH_RAW);
}, 180_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the SDK's declarations, checked by a strict app", () => {
  it("leave openapi-fetch out of an app that uses the friendly methods, raw marked as untyped", () => {
    expect(friendly.problems).toEqual([]);
    expect(friendly.packageFiles.filter((f) => f.includes("openapi-fetch") || f.includes("openapi-typescript-helpers"))).toEqual([]);
    expect(friendly.packageFiles.some((f) => f.endsWith("client.d.ts"))).toBe(true);
  });

  it("type raw as openapi-fetch's client of the spec's paths once automl-ops-kit/raw is imported", () => {
    expect(withRaw.problems).toEqual([]);
    expect(withRaw.packageFiles.some((f) => f.includes("openapi-fetch"))).toBe(true);
  });

  it("cost the friendly app a small share of what typing raw costs", () => {
    // Measured: 153 instantiations for the friendly app, about 160,000 with raw typed (Client<paths>),
    // as many as the friendly app made when the client's declarations typed raw themselves.
    expect(friendly.instantiations).toBeLessThan(5_000);
    expect(withRaw.instantiations).toBeGreaterThan(20 * friendly.instantiations);
  });
});
