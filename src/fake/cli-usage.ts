/** The text of `automl-ops fake --help`: every flag, the fault syntax, the seed format and the control routes. */
import { describeDefaultResources } from "./starters/resource-seed.js";

export const FAKE_USAGE = `Usage: automl-ops fake [options]

Serves a stateful fake of Cloud AutoML v1beta1 projects.locations.operations on http://HOST:PORT
until SIGINT or SIGTERM, then stops accepting, lets requests in flight finish (answering pending
waits at once), saves --state and exits 0. Usage errors (and a --state folder that cannot be
written) exit 2, start failures 1.

Options:
  --port N               port to listen on; 0 picks a free one (default 0)
  --host ADDR            address to bind (default 127.0.0.1)
  --seed NAME|FILE       the operations to start with and to go back to on reset: default (what the
                         real service sends), rich (errors carrying every google.rpc detail type),
                         none, or a JSON file (see SEED FILES; write ./rich for a file named rich)
  --state FILE           load the operations from FILE at start when it exists, save them there
                         200 ms after each change and on exit (the seed file format plus "now"), so
                         kill -9 loses at most 200 ms; its folder must be writable at start (else
                         exit 2); reset still goes back to the seed; the models and datasets start
                         from their defaults (they are not saved)
  --require-auth         answer 401 UNAUTHENTICATED unless a bearer token comes in the Authorization
                         header or the access_token (or oauth_token) query parameter
  --control              serve the test-only control routes (see CONTROL ROUTES); a warning is
                         printed when --host is not a loopback address
  --manual-clock         time stands still until POST /__control/clock:advance moves it; needs
                         --control; starts at the wall clock, or at the "now" of --state
  --fault SPEC           inject faults, repeatable (see FAULTS)
  --fault-seed N         seed of the fault generator, so a run of faults repeats (default 1)
  --self-check           validate every response against the spec; a violation is logged here and
                         answered 500 INTERNAL
  --cors-origin ORIGIN   answer CORS for this origin only, repeatable (such as http://localhost:5173);
                         by default a fake on loopback answers CORS for any origin
  --no-cors              answer no CORS at all
  --allowed-host HOST    a host requests may name besides localhost, 127.0.0.1, [::1] and the bound
                         address (each with the port): NAME (with the port) or NAME:PORT (a port a
                         container maps), repeatable; * accepts any. Other hosts get 403 (DNS
                         rebinding)
  --unreachable PARENT   make the list of projects/P/locations/L unreachable, repeatable: it answers
                         503 UNAVAILABLE, or with returnPartialSuccess=true names it in "unreachable"
  --max-connections N    connections served at once; each one past it is answered 503 UNAVAILABLE
                         with Retry-After: 1 and closed (default 4096)
  --headers-timeout MS   a request whose headers are not complete by then gets 408 and the connection
                         closes (default 10000)
  --request-timeout MS   the same for the whole request, body included (default 30000)
  --grace MS             how long requests in flight may finish after SIGINT/SIGTERM (default 10000)
  --spec FILE            serve the methods that start operations (x-operation-info) of this spec
                         (default the bundled one)
  --start-duration D     how long started operations run (default 3s); METHOD=D for one method,
                         repeatable: --start-duration createModel=30s
  -h, --help             print this help

Limits: a request body holds at most 64 KiB (a larger one gets 400 INVALID_ARGUMENT; the rest is read
and dropped, so the client always sees the answer) and JSON nests at most 100 levels; an idle
keep-alive connection closes after 5 s. Responses take as long as they take (wait: up to 300 s).

FAULTS  --fault METHOD:KIND:VALUE[:EXTRA]
  METHOD  get | list | cancel | delete | wait | * | a method that starts operations (createModel)
  KIND    503 | 429   VALUE the probability 0..1, EXTRA the Retry-After Duration (default 1s)
          drop        VALUE the probability 0..1 of closing the connection without an answer
          latency     VALUE the added ms, EXTRA the probability (default 1)
          fail        (a starter or *) VALUE the probability that an operation it starts ends with an
                      error, EXTRA the google.rpc.Code by name or number (default INTERNAL)
  e.g. get:503:0.3  cancel:429:1:2s  list:drop:0.1  *:latency:50  createModel:fail:0.5:RESOURCE_EXHAUSTED

RESOURCES  the models and datasets the methods that start operations work on, under
  projects/demo/locations/us-central1 (reset brings them back too):
${describeDefaultResources()}

SEED FILES  a JSON array of operations, or {"operations": [...]}; each operation:
  {"name": "projects/P/locations/L/operations/ID",   required
   "kind": "createModelDetails",     the OperationMetadata details member (default createModelDetails)
   "details": {...},                 that member's value (default: {} or a plausible outputInfo)
   "createTime": "2026-11-20T10:00:00Z" or ms,         when it started (default: now)
   "duration": "3600s" or ms,        how long it runs (default 3600s)
   "response": {"@type": ...},       its result (default per kind), or
   "error": {"code": 9, "message": "..."},             the error it ends with
   "worksOn": "projects/P/locations/L/models/M",       for the worksOn filter
   "partialFailures": [Status...],   at most 20
   "cancelTime": "..." or ms}        when a cancel took effect, while it ran
  Each is checked against the spec's schemas before anything is stored.

CONTROL ROUTES  (with --control; errors in the API's envelope)
  closed to pages of other sites: no CORS, a request with another Origin gets 403, bodies must be
  application/json, and --require-auth asks for the token here too
  POST /__control/operations     an operation or {"operations": [...]}: adds them, all or none
  POST /__control/reset          back to the seed, laid out from the clock's now
  POST /__control/clock:advance  {"by": "90s"}: moves a --manual-clock
  GET  /__control/stats          {"size", "created", "cancelled", "deleted"}
  GET  /__control/state          {"now", "operations"}, the --state file format`;
