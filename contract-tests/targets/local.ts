/**
 * Targets served from this machine, each started on 127.0.0.1 and a free port and stopped by its handle:
 * Prism's mock, the kit's fake, and any target behind Prism's validating proxy.
 */
import { createFakeServer, DEFAULT_PARENT, type FakeServerOptions } from "../../src/fake/index.js";
import { startPrism } from "../../scripts/prism.js";
import { FAKE_CAPABILITIES, PRISM_MOCK_CAPABILITIES, type Capabilities, type Target } from "../target.js";

export interface RunningTarget {
  target: Target;
  close(): Promise<void>;
}

/** The token sent to local servers that enforce the spec's security (Prism's mock does). */
export const LOCAL_TOKEN = "contract-test-token";

// Prism's mock started on the spec: answers from the spec's examples, keeps no state (pitfalls #7),
// may answer 422 for bad input and matches paths loosely (pitfalls #8), and enforces the spec's security.
/** The parent of the operations in the spec's examples, which is all a mock can return. */
export const SPEC_EXAMPLE_PARENT = "projects/demo/locations/us-central1";

export interface PrismMockTargetOptions {
  /** The spec to mock. @default the kit's spec */
  spec?: string;
}

export async function startPrismMockTarget(options: PrismMockTargetOptions = {}): Promise<RunningTarget> {
  const prism = await startPrism({ mode: "mock", ...(options.spec ? { spec: options.spec } : {}) });
  return {
    target: {
      name: "prism-mock",
      baseUrl: prism.url,
      parent: SPEC_EXAMPLE_PARENT,
      token: LOCAL_TOKEN,
      capabilities: PRISM_MOCK_CAPABILITIES,
    },
    close: () => prism.close(),
  };
}

// The kit's own stateful fake, started in-process on 127.0.0.1 and a free port with its default seed
// (operations running, finishing, succeeded and failed under projects/demo/locations/us-central1).
export interface FakeTargetOptions {
  /**
   * Passed to createFakeServer (port and host are always 0 and 127.0.0.1). Operations the lifecycle
   * scenarios start run QUICK_START_DURATIONS unless `startDurations` says otherwise. @default {}
   */
  fake?: Omit<FakeServerOptions, "port" | "host">;
}

/**
 * How long started operations run on the fakes the kit starts for itself: long enough that a cancel sent
 * right after the start mostly finds them running, short enough that a run stays quick (the fake's own
 * default, 3 s, is for people watching).
 */
export const QUICK_START_DURATIONS: Readonly<Record<string, string>> = { "*": "0.5s" };

export async function startFakeTarget(options: FakeTargetOptions = {}): Promise<RunningTarget> {
  const fake = await createFakeServer({ startDurations: QUICK_START_DURATIONS, ...options.fake, port: 0, host: "127.0.0.1" });
  const requireAuth = options.fake?.requireAuth === true;
  const capabilities: Capabilities = { ...FAKE_CAPABILITIES, auth: requireAuth };
  return {
    target: {
      name: "fake",
      baseUrl: fake.url,
      parent: DEFAULT_PARENT,
      ...(requireAuth ? { token: LOCAL_TOKEN } : {}),
      capabilities,
    },
    close: () => fake.close(),
  };
}

// Any target behind Prism's validating proxy: every exchange is checked by Prism too, and each violation
// it reports in `sl-violations` fails the `noProxyViolations` check with Prism's message (pitfalls #10).
export interface ProxyTargetOptions {
  /** The spec Prism validates against. @default the kit's spec */
  spec?: string;
}

/** Starts Prism in proxy mode in front of `upstream`; the returned target keeps the upstream's capabilities. */
export async function startProxyTarget(upstream: Target, options: ProxyTargetOptions = {}): Promise<RunningTarget> {
  const prism = await startPrism({ mode: "proxy", upstream: upstream.baseUrl, ...(options.spec ? { spec: options.spec } : {}) });
  return {
    target: { ...upstream, name: `${upstream.name} via prism proxy`, baseUrl: prism.url },
    close: () => prism.close(),
  };
}
