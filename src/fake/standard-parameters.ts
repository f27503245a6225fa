/**
 * Google's standard query parameters, which every method of a Google API accepts (the `parameters` of
 * its Discovery document; the spec declares them once as `components/parameters/Std*`). What the fake
 * does with each:
 *
 * | parameter | values | effect |
 * |---|---|---|
 * | `alt` | `json` | the only representation served; `media` and `proto` are INVALID_ARGUMENT |
 * | `$alt` | `json`, `json;enum-encoding=int\|string` | as gax's REST transport sends it; JSON either way |
 * | `prettyPrint` | `true`, `false` | `true` indents the JSON; the fake's default is compact |
 * | `$.xgafv` | `1`, `2` | the error format version; both get the AIP-193 envelope |
 * | `fields` | a selection (see fields.ts) | a partial response; a bad selection is INVALID_ARGUMENT |
 * | `access_token`, `oauth_token` | a token | counts as the bearer token for `requireAuth` |
 * | `key`, `quotaUser`, `upload_protocol`, `uploadType` | any | accepted and ignored |
 *
 * Any other value of an enumerated parameter is INVALID_ARGUMENT naming the parameter.
 */
import { errors } from "./errors.js";
import { checkFields, parseFields, type FieldTree } from "./fields.js";
import type { MethodName } from "./router.js";

export const STANDARD_PARAMETERS: ReadonlySet<string> = new Set([
  "$.xgafv", "access_token", "alt", "$alt", "fields", "key", "oauth_token", "prettyPrint", "quotaUser", "upload_protocol", "uploadType",
]);

/** The query parameters that carry an access token (Google accepts either instead of the header). */
export const TOKEN_PARAMETERS = ["access_token", "oauth_token"] as const;

/** How a response is rendered: a selection of its fields, and indentation. */
export interface ResponseView {
  fields?: FieldTree;
  pretty: boolean;
}

const ENUMS: Readonly<Record<string, RegExp>> = {
  alt: /^json$/,
  $alt: /^json(;enum-encoding=(int|string))?$/,
  prettyPrint: /^(true|false)$/,
  "$.xgafv": /^[12]$/,
};

/**
 * The response view a request's standard parameters ask for (undefined when they change nothing);
 * throws INVALID_ARGUMENT for a value the fake does not serve.
 */
export function responseView(query: ReadonlyMap<string, string>, method: MethodName): ResponseView | undefined {
  let view: ResponseView | undefined;
  for (const [name, pattern] of Object.entries(ENUMS)) {
    const value = query.get(name);
    if (value !== undefined && !pattern.test(value)) throw errors.unsupportedParameterValue(name, value);
  }
  if (query.get("prettyPrint") === "true") view = { pretty: true };
  const fields = query.get("fields");
  if (fields !== undefined && fields !== "") {
    const tree = parseFields(fields);
    checkFields(fields, tree, method);
    view = { pretty: view?.pretty ?? false, fields: tree };
  }
  return view;
}

/** A non-empty token from `access_token` or `oauth_token`, read leniently (before the strict parse). */
export function queryToken(search: string): string | undefined {
  if (!search.includes("_token=")) return undefined;
  const params = new URLSearchParams(search);
  for (const name of TOKEN_PARAMETERS) {
    const token = params.get(name);
    if (token) return token;
  }
  return undefined;
}
