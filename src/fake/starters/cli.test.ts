/**
 * `automl-ops fake` options for the methods that start operations: the spec to serve, durations per
 * method, `fail` fault rules, and the default resources named in --help.
 */
import { describe, expect, it } from "vitest";
import { runFakeCommand } from "../cli.js";
import { DATASET, LOCATION, TABLES_MODEL } from "./test-support/start-fake.js";

function capture() {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, io: { out: (l: string) => lines.out.push(l), err: (l: string) => lines.err.push(l) } };
}

async function listening(lines: { out: string[] }): Promise<string> {
  for (let i = 0; i < 500 && lines.out.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  return lines.out[0]!.slice("listening ".length);
}

const post = (url: string, path: string, body: unknown) =>
  fetch(`${url}/v1beta1/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then((r) => r.json());

describe("automl-ops fake and the methods that start operations", () => {
  it("names the default datasets and models in --help", async () => {
    const { lines, io } = capture();
    expect(await runFakeCommand(["--help"], io)).toBe(0);
    const help = lines.out.join("\n");
    expect(help).toContain("projects/demo/locations/us-central1");
    expect(help).toContain("TBL5314616996136591360");
    expect(help).toContain("--start-duration");
  });

  it("runs started operations as long as --start-duration says, and fails them as --fault says", async () => {
    const { lines, io } = capture();
    const stop = new AbortController();
    const argv = ["--start-duration", "0s", "--start-duration", "createModel=3600s", "--fault", "importData:fail:1:PERMISSION_DENIED"];
    const exit = runFakeCommand(argv, { ...io, signal: stop.signal });
    const url = await listening(lines);
    const created = await post(url, `${LOCATION}/models`, TABLES_MODEL);
    const exported = await post(url, `${DATASET}:exportData`, { outputConfig: { bigqueryDestination: { outputUri: "bq://demo" } } });
    const imported = await post(url, `${DATASET}:importData`, { inputConfig: { bigquerySource: { inputUri: "bq://demo.a.b" } } });
    expect(created.done).toBeUndefined();
    const get = (name: string) => fetch(`${url}/v1beta1/${name}`).then((r) => r.json());
    expect(await get(exported.name)).toMatchObject({ done: true, response: { "@type": "type.googleapis.com/google.protobuf.Empty" } });
    expect(await get(imported.name)).toMatchObject({ done: true, error: { code: 7 } });
    stop.abort();
    expect(await exit).toBe(0);
  });

  it.each([
    [["--start-duration", "createModel=soon"], /--start-duration "createModel=soon": expected \[METHOD=\]DURATION/],
    [["--fault", "trainModel:fail:1"], /method must be one of get, list, cancel, delete, wait, \*, or a method that starts operations \(createModel/],
    [["--fault", "get:fail:1"], /fail applies to the operations a method starts; get starts none/],
    [["--fault", "createModel:fail:1:NOPE"], /google\.rpc\.Code other than OK/],
  ])("answers usage error %j with 2 and a message", async (argv, message) => {
    const { lines, io } = capture();
    expect(await runFakeCommand(argv, io)).toBe(2);
    expect(lines.err.join("\n")).toMatch(message);
  });

  it("answers 1 for a --spec it cannot read", async () => {
    const { lines, io } = capture();
    expect(await runFakeCommand(["--spec", "/nonexistent/spec.yaml"], io)).toBe(1);
    expect(lines.err.join("\n")).toMatch(/ENOENT.*\/nonexistent\/spec\.yaml/);
  });

  it("answers 1 for a duration of a method the spec does not have", async () => {
    const { lines, io } = capture();
    expect(await runFakeCommand(["--start-duration", "trainModel=1s"], io)).toBe(1);
    expect(lines.err.join("\n")).toMatch(/start duration for trainModel: no method of the spec starts operations by that name/);
  });
});
