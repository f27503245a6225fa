/**
 * Graceful shutdown: close() (and SIGTERM on the command line) stops accepting, lets what is in flight
 * finish within a grace period, answers pending waits at once (wait may return early), then ends.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { DEFAULT_SEED_IDS } from "./seed.js";
import { createFakeServer } from "./server.js";
import { PARENT_PATH } from "./test-support/start-test-fake.js";

const OP_PATH = `${PARENT_PATH}/${DEFAULT_SEED_IDS.running[0]}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });
}

describe("close()", () => {
  it("finishes a request in flight, then stops accepting", async () => {
    const fake = await createFakeServer({ faults: [{ method: "get", kind: "latency", ms: 600 }] });
    const inFlight = fetch(fake.url + OP_PATH);
    await sleep(150);
    const closing = fake.close();
    await sleep(50);
    expect(await refused(fake.port)).toBe(true);
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect((await response.json()).name).toMatch(/RUN1000000001$/);
    await closing;
  });

  it("answers a pending wait at once with the latest state", async () => {
    const fake = await createFakeServer();
    const started = Date.now();
    const waiting = fetch(`${fake.url}${OP_PATH}:wait`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"timeout":"60s"}' });
    await sleep(150);
    await fake.close();
    const response = await waiting;
    expect(response.status).toBe(200);
    expect((await response.json()).done).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("cuts what is still in flight when the grace period ends", async () => {
    const fake = await createFakeServer({ faults: [{ method: "get", kind: "latency", ms: 30_000 }], shutdownGraceMs: 200 });
    const inFlight = fetch(fake.url + OP_PATH).then(
      (r) => r.status,
      () => "cut",
    );
    await sleep(100);
    const started = Date.now();
    await fake.close();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await inFlight).toBe("cut");
  });
});

describe("SIGTERM", () => {
  it("lets the request in flight finish and exits 0", async () => {
    const tsx = createRequire(import.meta.url).resolve("tsx/cli");
    const child = spawn(process.execPath, [tsx, "scripts/start-fake.ts", "--fault", "get:latency:1500"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const until = Date.now() + 20_000;
    while (!out.includes("\n") && Date.now() < until) await sleep(20);
    const url = /listening (\S+)/.exec(out)?.[1];
    expect(url).toBeDefined();
    const inFlight = fetch(url + OP_PATH);
    await sleep(300);
    child.kill("SIGTERM");
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await exited).toBe(0);
  }, 40_000);
});
