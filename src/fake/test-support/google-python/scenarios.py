"""Google's Python discovery client (google-api-python-client, Debian's python3-googleapi) against the
fake, every scenario its users meet. Prints one JSON object of what it saw; the test asserts on it.

    python3 scenarios.py DISCOVERY_FILE TOKEN PARENT WAIT_OPERATION
"""
import json
import sys

import httplib2
from googleapiclient.discovery import build_from_document
from googleapiclient.errors import HttpError

discovery_file, token, parent, wait_operation = sys.argv[1:5]


class BearerHttp(httplib2.Http):
    """Sends the token as a bearer token on every request (no credentials library needed offline)."""

    def request(self, uri, method="GET", body=None, headers=None, *args, **kwargs):
        headers = dict(headers or {})
        headers["authorization"] = "Bearer " + token
        return super().request(uri, method, body, headers, *args, **kwargs)


with open(discovery_file, encoding="utf-8") as f:
    service = build_from_document(f.read(), http=BearerHttp())
operations = service.projects().locations().operations()
seen = {}


def observe(key, action):
    try:
        seen[key] = {"ok": action()}
    except HttpError as error:
        seen[key] = {"status": error.resp.status, "error": json.loads(error.content.decode("utf-8"))}


def list_all(**params):
    names, pages = [], 0
    request = operations.list(name=parent, **params)
    while request is not None and pages < 100:
        response = request.execute()
        pages += 1
        names += [op["name"] for op in response.get("operations", [])]
        request = operations.list_next(previous_request=request, previous_response=response)
    return {"names": names, "pages": pages}


op = lambda op_id: parent + "/operations/" + op_id

observe("get", lambda: operations.get(name=op("RUN1000000001")).execute())
for size in (1, 7, 1000, None):
    observe("list:%s" % size, lambda: list_all(**({} if size is None else {"pageSize": size})))
observe("failed", lambda: operations.get(name=op("ERR1000000003")).execute())
observe("cancel", lambda: operations.cancel(name=op("RUN1000000006"), body={}).execute())
observe("cancelled", lambda: operations.get(name=op("RUN1000000006")).execute())
observe("delete", lambda: operations.delete(name=op("RUN1000000007")).execute())
observe("deleted", lambda: operations.get(name=op("RUN1000000007")).execute())
observe("wait", lambda: operations.wait(name=op(wait_operation), body={"timeout": "20s"}).execute())
observe("fields", lambda: operations.list(name=parent, pageSize=2, fields="operations(name,done),nextPageToken").execute())
observe("bad-fields", lambda: operations.get(name=op("RUN1000000001"), fields="operations(").execute())
observe("xgafv", lambda: operations.get(name=op("RUN1000000001"), x__xgafv="2").execute())
print(json.dumps(seen))
