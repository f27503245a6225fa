/**
 * Application Default Credentials in one line: `token: googleAuthToken()`, imported from
 * `automl-ops-kit/google-auth`. google-auth-library (an optional peer dependency) is imported on the
 * first request only; the SDK entry carries none of this, nor anything Node-only.
 */
import { GoogleAuthError } from "./errors.js";

/** The part of google-auth-library's GoogleAuth the adapter uses. */
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

/**
 * A token function for `createOperationsClient({ token })` backed by google-auth-library, which caches
 * the access token and refreshes it before it expires. Fails with GoogleAuthError when the library is
 * not installed or finds no credentials.
 */
export function googleAuthToken(options: GoogleAuthTokenOptions = {}): () => Promise<string> {
  let source: Promise<AccessTokenSource> | undefined;
  return async () => {
    let token: string | null | undefined;
    try {
      source ??= options.auth
        ? Promise.resolve(options.auth)
        : import("./google-auth.js").then((adapter) => adapter.loadGoogleAuth(options));
      token = await (await source).getAccessToken();
    } catch (cause) {
      source = undefined; // Let the next request try again: credentials may appear later.
      throw new GoogleAuthError("could not get an access token (is google-auth-library installed?)", { cause });
    }
    if (!token) throw new GoogleAuthError("google-auth-library returned no access token");
    return token;
  };
}
