/**
 * `automl-ops-kit/raw`: types `ops.raw` as openapi-fetch's `Client<paths>`, the spec's paths, methods,
 * parameters and bodies checked. A type-only entry, imported once by an app that uses `raw`:
 *
 *   import type {} from "automl-ops-kit/raw";
 *
 * The client's own declarations leave openapi-fetch's generic machinery out (raw-type.ts), so an app
 * that only uses the friendly methods does not pay to check it.
 */
import type { Client } from "openapi-fetch";
import type { paths } from "../generated/schema.js";

declare module "./raw-type.js" {
  interface RawClientTypes {
    client: Client<paths>;
  }
}

/** The spec's paths, as openapi-typescript generated them: `raw`'s type parameter. */
export type { paths };
/** The type of `ops.raw` with this entry imported. */
export type TypedRawClient = Client<paths>;
