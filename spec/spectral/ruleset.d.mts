// Types for the Spectral ruleset module, so TypeScript tests can import it.
import type { RulesetDefinition } from "@stoplight/spectral-core";
declare const ruleset: RulesetDefinition;
export default ruleset;
