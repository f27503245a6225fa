import { describe, expect, it } from "vitest";
import { cachedResolver } from "./route-cache.js";
import { resolveRoute } from "./router.js";

const GET_PATH = "/v1beta1/projects/demo/locations/us-central1/operations/OP1";

/** resolveRoute, counting how often it really runs. */
function countingResolver() {
  const calls: string[] = [];
  const resolve = cachedResolver((method, path) => {
    calls.push(`${method} ${path}`);
    return resolveRoute(method, path);
  });
  return { calls, resolve };
}

describe("the route cache", () => {
  it("resolves a path once per method and hands out the same route after", () => {
    const { calls, resolve } = countingResolver();
    const first = resolve("GET", GET_PATH);
    expect(resolve("GET", GET_PATH)).toBe(first);
    expect(resolve("DELETE", GET_PATH)).toMatchObject({ method: "delete", name: "projects/demo/locations/us-central1/operations/OP1" });
    expect(calls).toEqual([`GET ${GET_PATH}`, `DELETE ${GET_PATH}`]);
  });

  it("keeps no errors: a refused path is refused again, naming its own path", () => {
    const { calls, resolve } = countingResolver();
    const bad = "/v1beta1/projects/demo/locations/us-central1/operations/a%zz";
    expect(() => resolve("GET", bad)).toThrow(/a%zz/);
    expect(() => resolve("GET", bad)).toThrow(/a%zz/);
    expect(calls).toHaveLength(2);
  });

  it("starts over when full, so endless distinct paths hold bounded memory", () => {
    const { calls, resolve } = countingResolver();
    for (let i = 0; i < 1025; i++) resolve("GET", `${GET_PATH}-${i}`);
    resolve("GET", `${GET_PATH}-0`);
    expect(calls).toHaveLength(1026);
    resolve("GET", `${GET_PATH}-1024`);
    expect(calls).toHaveLength(1026);
  });
});
