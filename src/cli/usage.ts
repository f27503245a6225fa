/**
 * Help texts of `automl-ops`: the general usage, and each command's help built from its flag table,
 * so every flag a command takes is listed. The fake's help is its own (src/fake/cli.ts).
 */
import { CHECK_NAMES } from "../../contract-tests/checks/catalog.js";
import { CONFORMANCE_FLAGS } from "./conformance-args.js";
import { formatFlags } from "./flags.js";
import { CHECK_RULES, describeSource } from "./report-html-rules.js";
import { MOCK_FLAGS } from "./mock-command.js";

export { UsageError } from "./usage-error.js";

/** Exit codes, as every help text states them. */
export const EXIT_CODES_TEXT = `Exit codes:
  0    every check that ran passed and the contract was exercised
  1    a check failed, or the contract was not fully exercised (see --allow-untested)
  2    usage error, or the run could not start (server unreachable, token not had, spec or
       report file unusable); at most a reachability probe, without the token, was sent
  3    could not complete: the server's throttling (429/503) outlasted --throttle-budget
  130  interrupted (Ctrl-C); the report of what ran is written`;

export const USAGE = `Usage: automl-ops <command> [options]

Commands:
  conformance   Run the contract suite against a server of the AutoML v1beta1 operations API
  mock          Serve Prism's mock of the spec (prints its URL; stops on Ctrl-C)
  fake          Serve the stateful fake
  help [CMD]    Show this text, or the help of CMD (conformance, mock, fake, checks)

Options:
  --version     Print the version
  --help, -h    Show this text

Run \`automl-ops help <command>\` or \`automl-ops <command> --help\` for the flags of a command.

${EXIT_CODES_TEXT}
`;

export const CONFORMANCE_HELP = `Usage: automl-ops conformance --base-url URL --parent projects/P/locations/L [options]

Runs the contract suite against a server and reports, check by check, where it and the spec disagree.
Progress goes to stderr, the report to stdout (or --output). Before any scenario, the spec, the report
files, the token and the server are checked; a problem there ends the run with exit 2.

Options:
${formatFlags(CONFORMANCE_FLAGS)}

Example:
  automl-ops conformance --base-url https://automl.googleapis.com \\
    --parent projects/my-project/locations/us-central1 \\
    --token-command "gcloud auth print-access-token" --reporter junit --output conformance.xml

${EXIT_CODES_TEXT}
`;

export const MOCK_HELP = `Usage: automl-ops mock [options]

Serves Prism's mock of the spec on 127.0.0.1 (needs @stoplight/prism-cli), prints its URL on stdout and
the conformance command that checks it on stderr, and runs until Ctrl-C.

Options:
${formatFlags(MOCK_FLAGS)}

Exit codes: 0 stopped by Ctrl-C, 1 Prism could not start, 2 usage error.
`;

/** Each check with what it holds a server to and where that rule is written. */
function describeChecks(): string {
  return CHECK_NAMES.map((name) => {
    const rule = CHECK_RULES[name];
    return rule ? `  ${name}\n      ${rule.rule} (${describeSource(rule.source, undefined, []).text})` : `  ${name}`;
  }).join("\n");
}

export const CHECKS_HELP = `The kit's checks, for --checks and --exclude-checks of automl-ops conformance, each with
the rule it holds a server to and where that rule is written:
${describeChecks()}
`;
