/**
 * Where the spec lives: the package's own locator (src/spec/spec-file.ts), which the fake uses too.
 */
export { DEFAULT_SPEC, PACKAGE_ROOT } from "../src/spec/spec-file.js";
