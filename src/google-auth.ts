/**
 * The google-auth-library side of `googleAuthToken()` (adc.ts): loaded on the first request only, and
 * loading the optional peer dependency in turn. It imports nothing of the SDK, so bundlers split it
 * out whole instead of moving shared code into a chunk the entry would load anyway.
 */
import type { AccessTokenSource, GoogleAuthTokenOptions } from "./adc.js";

const CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";
// A variable specifier keeps bundlers from pulling the library itself into any bundle.
const LIBRARY = "google-auth-library";

/** A GoogleAuth for Application Default Credentials; rejects when the library is not installed. */
export async function loadGoogleAuth(options: GoogleAuthTokenOptions): Promise<AccessTokenSource> {
  const library = (await import(/* @vite-ignore */ LIBRARY)) as {
    GoogleAuth: new (init: object) => AccessTokenSource;
  };
  const init = { scopes: options.scopes ?? [CLOUD_PLATFORM], ...(options.keyFilename ? { keyFilename: options.keyFilename } : {}) };
  return new library.GoogleAuth(init);
}
