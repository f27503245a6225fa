/**
 * The type of `ops.raw`, kept out of the client's declarations: openapi-fetch's `Client<paths>` is by
 * far the costliest type the SDK has (a strict app that checks declaration files spent most of its extra
 * check time instantiating it; bench/sdk-typecheck.ts), and most apps use only the friendly methods.
 * The `automl-ops-kit/raw` entry (typed-raw.ts) fills RawClientTypes, which makes `raw` the typed
 * openapi-fetch client everywhere in the app; without it `raw` is a marker that says how to type it.
 */

/**
 * Filled by `automl-ops-kit/raw` through declaration merging (`client: Client<paths>`); empty until then.
 * Not to be extended by apps.
 */
export interface RawClientTypes {}

/** `raw` before `automl-ops-kit/raw` is imported: only a note of how to type it. */
export interface UntypedRawClient {
  /**
   * `raw` is openapi-fetch's client of the spec's paths, typed once the app imports the `raw` entry:
   * `import type {} from "automl-ops-kit/raw";` (any one file of the app is enough).
   */
  readonly 'import type {} from "automl-ops-kit/raw" to type raw': never;
}

/** The type of `ops.raw`: openapi-fetch's `Client<paths>` once `automl-ops-kit/raw` is imported. */
export type OperationsRawClient = RawClientTypes extends { client: infer Typed } ? Typed : UntypedRawClient;
