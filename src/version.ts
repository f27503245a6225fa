/** The SDK's version, sent in User-Agent and x-goog-api-client. Kept in step with package.json. */
export const SDK_VERSION = "0.1.0";
