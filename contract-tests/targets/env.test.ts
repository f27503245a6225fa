import { describe, expect, it } from "vitest";
import { parseCapabilityOverrides, targetFromEnv } from "./env.js";

const REQUIRED = { CONFORMANCE_BASE_URL: "https://automl.example.test/", CONFORMANCE_PARENT: "projects/p1/locations/us-central1" };

describe("the any-URL target", () => {
  it("is absent with a reason when the URL or the parent is unset", () => {
    expect(targetFromEnv({}).skipReason).toMatch(/CONFORMANCE_BASE_URL and CONFORMANCE_PARENT/);
    expect(targetFromEnv({ CONFORMANCE_BASE_URL: "http://x" }).target).toBeUndefined();
  });

  it("spares the server's operations unless destruction is allowed", () => {
    const target = targetFromEnv(REQUIRED).target!;
    expect(target.baseUrl).toBe("https://automl.example.test");
    expect(target.capabilities).toMatchObject({ stateful: true, destructive: false, auth: false, strictStatusCodes: true });
    expect(targetFromEnv({ ...REQUIRED, CONFORMANCE_ALLOW_DESTRUCTIVE: "1" }).target!.capabilities.destructive).toBe(true);
  });

  it("checks auth when a token is configured, and takes capability overrides", () => {
    const target = targetFromEnv({ ...REQUIRED, CONFORMANCE_TOKEN: "t0k", CONFORMANCE_CAPABILITIES: "stateful=false, strictRouting=false" }).target!;
    expect(target.token).toBe("t0k");
    expect(target.capabilities).toMatchObject({ auth: true, stateful: false, strictRouting: false });
  });

  it("rejects a malformed parent and unknown capability names instead of ignoring them", () => {
    expect(() => targetFromEnv({ ...REQUIRED, CONFORMANCE_PARENT: "projects/p1" })).toThrow(/projects\/\{project\}\/locations\/\{location\}/);
    expect(() => parseCapabilityOverrides("statefull=true")).toThrow(/unknown capability "statefull"/);
    expect(() => parseCapabilityOverrides("stateful=maybe")).toThrow(/true or false/);
  });
});
