/**
 * Usage text of the `automl-ops` command, and the error a bad command line raises.
 */

export const USAGE = `Usage: automl-ops <command> [options]

Commands:
  conformance   Run the contract suite against a server of the AutoML v1beta1 operations API
  mock          Serve Prism's mock of the spec (prints its URL; stops on Ctrl-C)
  fake          Serve the stateful fake (see: automl-ops fake --help)
  help          Show this text

automl-ops conformance --base-url URL --parent projects/P/locations/L [options]
  --base-url URL          Server to test, such as https://automl.googleapis.com
  --parent NAME           Parent whose operations are used: projects/P/locations/L
  --token T               Bearer token sent on every request
  --token-command CMD     Command that prints a token (e.g. "gcloud auth print-access-token")
  --allow-destructive     Let the suite cancel and delete operations (skipped otherwise)
  --via-proxy             Run through Prism's validating proxy in front of --base-url
  --reporter NAME         console (default), json or junit
  --output FILE           Write the report to FILE instead of stdout
  --allow-untested        Exit 0 even when parts of the contract could not be exercised
  --profile NAME          What the server is: service (default), fake or mock
  --spec FILE             OpenAPI spec to test against (default: the bundled spec)
  --only ID               Run only scenarios whose id starts with ID (repeatable)
  --quiet                 No progress lines on stderr
  --workers N             Scenarios run side by side (default 6; 1 runs them one by one)
  --cancel-timeout D      How long a cancel may take to show, as a Duration (default 10s)
  --throttle-budget D     Time the run may spend waiting out 429/503 (default 60s); past it the
                          run ends as "could not complete: throttled" (exit 3)
  --auth-not-enforced     The server serves requests without a token by design: skip those checks

automl-ops mock [--port N (default: a free port)] [--spec FILE]

Exit codes: 0 all checks passed, 1 a check failed or the contract was not exercised, 2 usage error,
3 the run could not complete (throttled).
`;

/** A command line that cannot be run; main prints the message and the usage and exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
