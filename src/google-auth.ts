/**
 * Application Default Credentials in one line: `token: googleAuthToken()`. google-auth-library is an
 * optional peer dependency, imported on the first request only, so the SDK entry stays free of it (and
 * of Node-only code) for anyone who passes a token another way.
 */
import { AutomlOpsError } from "./errors.js";

/** The part of google-auth-library's GoogleAuth this adapter uses. */
export interface AccessTokenSource {
  getAccessToken(): Promise<string | null | undefined>;
}

export interface GoogleAuthTokenOptions {
  /** OAuth scopes. @default ["https://www.googleapis.com/auth/cloud-platform"] */
  scopes?: string[];
  /** A service-account key file, instead of ADC's own search. @default undefined */
  keyFilename?: string;
  /** An existing GoogleAuth (or any source of access tokens) to use instead. @default a new GoogleAuth */
  auth?: AccessTokenSource;
}

/** google-auth-library could not be loaded or gave no token. */
export class GoogleAuthError extends AutomlOpsError {
  override name = "GoogleAuthError";
}

const CLOUD_PLATFORM = "https://www.googleapis.com/auth/cloud-platform";
// A variable specifier keeps bundlers from pulling the library into the SDK's bundle.
const LIBRARY = "google-auth-library";

async function createGoogleAuth(options: GoogleAuthTokenOptions): Promise<AccessTokenSource> {
  let library: { GoogleAuth: new (init: object) => AccessTokenSource };
  try {
    library = (await import(/* @vite-ignore */ LIBRARY)) as typeof library;
  } catch (cause) {
    throw new GoogleAuthError("googleAuthToken() needs the optional peer dependency google-auth-library", { cause });
  }
  const init = { scopes: options.scopes ?? [CLOUD_PLATFORM], ...(options.keyFilename ? { keyFilename: options.keyFilename } : {}) };
  return new library.GoogleAuth(init);
}

/**
 * A token function for `createOperationsClient({ token })` backed by google-auth-library, which
 * caches the access token and refreshes it before it expires.
 */
export function googleAuthToken(options: GoogleAuthTokenOptions = {}): () => Promise<string> {
  let source: Promise<AccessTokenSource> | undefined;
  return async () => {
    source ??= options.auth ? Promise.resolve(options.auth) : createGoogleAuth(options);
    let token: string | null | undefined;
    try {
      token = await (await source).getAccessToken();
    } catch (cause) {
      source = undefined; // Let the next request try again (credentials may appear later).
      throw cause instanceof GoogleAuthError ? cause : new GoogleAuthError("could not get an access token", { cause });
    }
    if (!token) throw new GoogleAuthError("google-auth-library returned no access token");
    return token;
  };
}
