/**
 * Test support for the methods that start operations: a fake on a manual clock whose every reply is
 * checked against the spec (self-check on, plus the response check of its route), and the paths of
 * the default seed's location and resources.
 */
import { expect } from "vitest";
import type { ManualClock } from "../../clock.js";
import { checkResponse } from "../../self-check.js";
import type { FakeServer, FakeServerOptions } from "../../types.js";
import { rawRequest, startSelfCheckedFake } from "../../test-support/start-test-fake.js";

export const LOCATION = "projects/demo/locations/us-central1";
export const MODEL = `${LOCATION}/models/TBL2866487218853462016`;
export const DATASET = `${LOCATION}/datasets/TBL5314616996136591360`;
export const TABLES_MODEL = {
  displayName: "churn_2026_11_20",
  datasetId: "TBL5314616996136591360",
  tablesModelMetadata: { trainBudgetMilliNodeHours: "1000" },
};

export interface StarterFake extends FakeServer {
  clock: ManualClock;
  /** Sends `method /v1beta1/{path}` (a JSON body when given) and returns status and parsed body. */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
}

/** Starts a fake on a manual clock; replies are checked against the spec. */
export async function startStarterFake(options: FakeServerOptions = {}): Promise<StarterFake> {
  const { server, clock, violations } = await startSelfCheckedFake(options);
  const call: StarterFake["call"] = async (method, path, body, headers = {}) => {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const reply = await rawRequest(`${server.url}/v1beta1/${path}`, method, { ...(text ? { "content-type": "application/json" } : {}), ...headers }, text);
    const json = JSON.parse(reply.text);
    expect(violations).toEqual([]);
    // A 200 from a path that is not the operations resource's can only be a started Operation.
    const route = path.includes("/operations") ? undefined : "start";
    if (route) expect(checkResponse(route, reply.status, json)).toEqual([]);
    return { status: reply.status, body: json };
  };
  return Object.assign(server, { clock, call });
}
