/**
 * What the throughput benchmark races, per method, in two groups that run in separate processes
 * (bench/sdk/slices.ts). "main": raw fetch (the yardstick), raw fetch again (the same code measured
 * twice: how far apart two equal contenders land, the noise of the run), raw fetch sending the headers
 * the SDK sends (User-Agent and x-goog-api-client, as Google's clients do: what identifying itself
 * costs any client), bare openapi-fetch, this SDK with default options (the goals), the SDK validating
 * responses and optionally another build of the SDK (`--baseline DIR`, a checkout whose src/index.ts is
 * loaded). "google", for get: raw fetch and Google's AutoMlClient. Every contender sends the bearer
 * token and reads the whole JSON body.
 */
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import createClient from "openapi-fetch";
import type { paths } from "../../generated/schema.js";
import { identificationHeaders } from "../../src/auth.js";
import { createOperationsClient } from "../../src/index.js";
import { FIXED_OPERATION, PAGE_SIZE, PARENT } from "./operation-server.js";

const require = createRequire(import.meta.url);

export const TOKEN = "bench-token";
export const NAME = FIXED_OPERATION.name;
/** The contender the goals are about. */
export const SDK = "SDK, default options";
export const RAW = "raw fetch";
/** raw fetch's code under another name: its ratio to raw fetch is the run's noise. */
export const RAW_AGAIN = "raw fetch, again (noise)";

export type Call = () => Promise<unknown>;
export type Method = "get" | "list" | "cancel";
export type Group = "main" | "google";
export type Contender = [name: string, call: Call];

const OPERATION_PATH = "/v1beta1/projects/{projectsId}/locations/{locationsId}/operations/{operationsId}";
const LIST_PATH = "/v1beta1/projects/{projectsId}/locations/{locationsId}/operations";
const PATH = { projectsId: "demo", locationsId: "us-central1", operationsId: "TRN1234567890" };

type SdkFactory = typeof createOperationsClient;

async function googleGet(port: number): Promise<Call> {
  const { v1beta1 } = require("@google-cloud/automl") as typeof import("@google-cloud/automl");
  const { OAuth2Client } = require("google-auth-library") as typeof import("google-auth-library");
  const authClient = new OAuth2Client();
  authClient.setCredentials({ access_token: TOKEN, expiry_date: Date.now() + 3_600_000 });
  // google-gax bundles its own google-auth-library copy, so the class types differ though the object works.
  const client = new v1beta1.AutoMlClient({ fallback: true, apiEndpoint: "127.0.0.1", port, protocol: "http", authClient: authClient as never });
  // The generated request type lists every optional field of GetOperationRequest; the name is all it needs.
  const request = { name: NAME } as Parameters<typeof client.operationsClient.getOperation>[0];
  return () => client.operationsClient.getOperation(request);
}

/** An SDK build from another checkout, for before/after figures from one run. */
async function loadBaseline(dir: string): Promise<SdkFactory> {
  const entry = pathToFileURL(resolve(dir, "src/index.ts")).href;
  return ((await import(entry)) as { createOperationsClient: SdkFactory }).createOperationsClient;
}

function sdkCalls(create: SdkFactory, baseUrl: string, validateResponses = false): Record<Method, Call> {
  const sdk = create({ baseUrl, token: TOKEN, validateResponses });
  return {
    get: () => sdk.get(NAME),
    list: () => sdk.listPage(PARENT, { pageSize: PAGE_SIZE }),
    cancel: () => sdk.cancel(NAME),
  };
}

/** The contenders of one method and group, raw fetch first; `baselineDir` adds the SDK of that checkout. */
export async function contenders(method: Method, port: number, group: Group, baselineDir?: string): Promise<Contender[]> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const authorization = `Bearer ${TOKEN}`;
  const bare = createClient<paths>({ baseUrl, headers: { Authorization: authorization } });
  // Raw fetch and raw fetch again: one code, two closures, so "again" measures the yardstick twice.
  const rawCalls = (): Record<Method, Call> => ({
    get: async () => (await fetch(`${baseUrl}/v1beta1/${NAME}`, { headers: { Authorization: authorization } })).json(),
    list: async () =>
      (await fetch(`${baseUrl}/v1beta1/${PARENT}/operations?pageSize=${PAGE_SIZE}`, { headers: { Authorization: authorization } })).json(),
    cancel: async () =>
      (
        await fetch(`${baseUrl}/v1beta1/${NAME}:cancel`, {
          method: "POST",
          headers: { Authorization: authorization, "Content-Type": "application/json" },
          body: "{}",
        })
      ).json(),
  });
  const raw = rawCalls();
  const openapiFetch: Record<Method, Call> = {
    get: () => bare.GET(OPERATION_PATH, { params: { path: PATH } }),
    list: () => bare.GET(LIST_PATH, { params: { path: PATH, query: { pageSize: PAGE_SIZE } } }),
    cancel: () => bare.POST(`${OPERATION_PATH}:cancel`, { params: { path: PATH }, body: {} }),
  };
  // The SDK's own headers on a raw fetch, redirects left to the caller as the SDK leaves them. Code of its
  // own rather than rawCalls with other headers: closures of one function share V8's type feedback, and
  // two header shapes there would slow the yardstick itself.
  const identified = { ...identificationHeaders(), Authorization: authorization };
  const rawIdentified: Record<Method, Call> = {
    get: async () => (await fetch(`${baseUrl}/v1beta1/${NAME}`, { headers: identified, redirect: "manual" })).json(),
    list: async () =>
      (await fetch(`${baseUrl}/v1beta1/${PARENT}/operations?pageSize=${PAGE_SIZE}`, { headers: identified, redirect: "manual" })).json(),
    cancel: async () =>
      (
        await fetch(`${baseUrl}/v1beta1/${NAME}:cancel`, {
          method: "POST",
          headers: { ...identified, "Content-Type": "application/json" },
          body: "{}",
          redirect: "manual",
        })
      ).json(),
  };
  if (group === "google") return method === "get" ? [[RAW, raw[method]], ["Google AutoMlClient (REST)", await googleGet(port)]] : [];
  const rawAgain = rawCalls();
  const list: Contender[] = [
    [RAW, raw[method]],
    [RAW_AGAIN, rawAgain[method]],
    ["raw fetch, SDK's headers", rawIdentified[method]],
    ["bare openapi-fetch", openapiFetch[method]],
    [SDK, sdkCalls(createOperationsClient, baseUrl)[method]],
  ];
  if (method !== "cancel") list.push(["SDK, validation on", sdkCalls(createOperationsClient, baseUrl, true)[method]]);
  if (baselineDir !== undefined) list.push(["SDK baseline (--baseline)", sdkCalls(await loadBaseline(baselineDir), baseUrl)[method]]);
  return list;
}
