import { describe, expect, it } from "vitest";
import { Code } from "../status.js";
import { errors } from "./errors.js";
import { FaultInjector, parseFaultSpec } from "./faults.js";
import { DEFAULT_SEED_IDS } from "./seed.js";
import { PARENT_PATH, startTestFake } from "./test-support/start-test-fake.js";

const OP_PATH = `${PARENT_PATH}/${DEFAULT_SEED_IDS.running[0]}`;

describe("fault grammar", () => {
  it.each([
    ["get:503:0.3", { method: "get", kind: "503", probability: 0.3 }],
    ["cancel:429:1", { method: "cancel", kind: "429", probability: 1 }],
    ["cancel:429:1:2.5s", { method: "cancel", kind: "429", probability: 1, retryAfterMs: 2500 }],
    ["*:latency:50", { method: "*", kind: "latency", ms: 50, probability: 1 }],
    ["list:latency:200:0.5", { method: "list", kind: "latency", ms: 200, probability: 0.5 }],
    ["list:drop:0.1", { method: "list", kind: "drop", probability: 0.1 }],
  ])("parses %s", (spec, rule) => {
    expect(parseFaultSpec(spec)).toEqual(rule);
  });

  it.each([
    ["put:503:1", /method must be one of/],
    ["get:500:1", /kind must be 503, 429, drop or latency/],
    ["get:503:1.5", /probability must be a number from 0 to 1/],
    ["get:503:x", /probability/],
    ["get:latency:-5", /latency takes a delay in ms/],
    ["get:503:1:soon", /Retry-After must be a Duration/],
    ["get:drop:1:2", /drop takes only a probability/],
  ])("refuses %s saying why", (spec, message) => {
    expect(() => parseFaultSpec(spec)).toThrow(message);
  });
});

describe("fault injection", () => {
  it("gives the same faults for the same seed and a different run for another", () => {
    const rules = [parseFaultSpec("get:503:0.5")];
    const sequence = (seed: number) => {
      const injector = new FaultInjector(rules, seed);
      return Array.from({ length: 64 }, () => injector.decide("get").outcome.kind);
    };
    expect(sequence(7)).toEqual(sequence(7));
    expect(sequence(7)).not.toEqual(sequence(8));
    const share = sequence(7).filter((k) => k === "503").length / 64;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.75);
  });

  it("applies a rule only to its method", () => {
    const injector = new FaultInjector([parseFaultSpec("cancel:429:1")]);
    expect(injector.decide("get").outcome.kind).toBe("none");
    expect(injector.decide("cancel").outcome.kind).toBe("429");
  });

  it("answers 503 with Retry-After and RetryInfo, and leaves other methods alone", async () => {
    const fake = await startTestFake({ faults: [parseFaultSpec("get:503:1:2s")] });
    try {
      const { status, headers, body } = await fake.call("GET", OP_PATH);
      expect(status).toBe(503);
      expect(headers.get("retry-after")).toBe("2");
      expect(body).toEqual(errors.unavailable(2000).toEnvelope());
      expect(body.error.details[0]).toEqual({ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "2s" });
      expect((await fake.call("GET", PARENT_PATH)).status).toBe(200);
    } finally {
      await fake.close();
    }
  });

  it("answers 429 RESOURCE_EXHAUSTED without acting on the request", async () => {
    const fake = await startTestFake({ faults: [parseFaultSpec("cancel:429:1")] });
    try {
      const { status, headers, body } = await fake.call("POST", `${OP_PATH}:cancel`);
      expect(status).toBe(429);
      expect(body.error.status).toBe("RESOURCE_EXHAUSTED");
      expect(headers.get("retry-after")).toBe("1");
      expect(fake.store.stats.cancelled).toBe(0);
      expect(Code.RESOURCE_EXHAUSTED).toBe(8);
    } finally {
      await fake.close();
    }
  });

  it("adds latency", async () => {
    const fake = await startTestFake({ faults: [parseFaultSpec("*:latency:150")] });
    try {
      const started = Date.now();
      expect((await fake.call("GET", OP_PATH)).status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    } finally {
      await fake.close();
    }
  });

  it("drops the connection without an answer", async () => {
    const fake = await startTestFake({ faults: [parseFaultSpec("list:drop:1")] });
    try {
      await expect(fetch(`${fake.url}${PARENT_PATH}`)).rejects.toThrow();
      expect((await fake.call("GET", OP_PATH)).status).toBe(200);
    } finally {
      await fake.close();
    }
  });
});
