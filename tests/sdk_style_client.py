#!/usr/bin/env python3
"""Talks to the neuroio-billing-mock executable the way the NeuroIO Python SDK does.

An independent client (Python's standard library, not our C++ code): it starts the server,
reads its first line, sends the SDK's requests (lists comma-joined and percent-encoded, the
async client's paths without the trailing slash) and checks the contract's bodies.
"""
import json
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

MOCK = sys.argv[1]
MANAGER = "demo-manager-token"


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def get(base, path, params=None, token=MANAGER):
    # httpx, which the SDK uses, encodes "," as %2C: urlencode does the same.
    query = "?" + urllib.parse.urlencode(params) if params else ""
    request = urllib.request.Request(base + path + query)
    if token:
        request.add_header("Authorization", "Token " + token)
    request.add_header("User-Agent", "neuroio-python/0.0.0")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def main():
    server = subprocess.Popen([MOCK, "--port", "0", "--last-month", "2026-10"],
                              stdout=subprocess.PIPE, text=True)
    try:
        first = server.stdout.readline().rstrip("\n")
        match = re.fullmatch(r"listening on (http://127\.0\.0\.1:(\d+))", first)
        if not match:
            fail("first line is %r" % first)
        base = match.group(1)
        checks = 0

        params = {"limit": 20, "offset": 0, "spaces_ids": "4,5,6", "event_types": "1,2,3",
                  "month_from": "2025-06", "month_to": "2026-06"}
        encoded = urllib.parse.urlencode(params)
        if "spaces_ids=4%2C5%2C6" not in encoded:
            fail("test encodes lists differently from the SDK: " + encoded)
        status, body = get(base, "/v1/billing/usage/", params)
        if status != 200 or set(body) != {"count", "next", "previous", "results"}:
            fail("usage page: %s %s" % (status, body))
        if body["count"] != 3 * 3 * 13 or len(body["results"]) != 20:
            fail("usage count %s, %d results" % (body["count"], len(body["results"])))
        for record in body["results"]:
            if set(record) != {"id", "month", "space_id", "space_name", "event_type", "quantity"}:
                fail("record fields: %s" % sorted(record))
            if record["space_id"] not in (4, 5, 6) or record["event_type"] not in (1, 2, 3):
                fail("filter not applied: %s" % record)
            if not "2025-06" <= record["month"] <= "2026-06":
                fail("month outside the range: %s" % record)
        if not body["next"] or body["previous"] is not None:
            fail("links: next %r previous %r" % (body["next"], body["previous"]))
        checks += 1

        # Following "next" gives the following rows.
        with urllib.request.urlopen(urllib.request.Request(
                body["next"], headers={"Authorization": "Token " + MANAGER})) as response:
            second = json.loads(response.read())
        if second["results"][0]["id"] <= body["results"][-1]["id"]:
            fail("next page does not continue")
        checks += 1

        totals = {}
        for path in ("/v1/billing/usage/total/", "/v1/billing/usage/total"):
            status, body = get(base, path, {"event_types": "1,2,3", "month_from": "2025-06",
                                            "month_to": "2026-06"})
            if status != 200 or [t["event_type"] for t in body["results"]] != [1, 2, 3]:
                fail("total %s: %s %s" % (path, status, body))
            totals[path] = body
        if totals["/v1/billing/usage/total/"] != totals["/v1/billing/usage/total"]:
            fail("total differs without the trailing slash")
        checks += 1

        status, accounts = get(base, "/v1/accounts/", {"limit": 20, "offset": 0})
        account = accounts["results"][0]["id"]
        status, body = get(base, "/v1/accounts/%d/billing/usage/" % account,
                           {"limit": 10, "offset": 5, "event_types": "4"})
        if status != 200 or any(r["event_type"] != 4 for r in body["results"]):
            fail("manager usage: %s %s" % (status, body))
        status, body = get(base, "/v1/accounts/%d/billing/usage/total" % account,
                           {"spaces_ids": "4", "event_types": "1"})
        if status != 200 or len(body["results"]) != 1:
            fail("manager total: %s %s" % (status, body))
        checks += 1

        for path, params, token, expected in [
                ("/v1/billing/usage/", {"month_from": "2020-6"}, MANAGER, 400),
                ("/v1/billing/usage/", None, "wrong", 401),
                ("/v1/accounts/%d/billing/usage/" % account, None, "demo-account-token", 403)]:
            status, body = get(base, path, params, token)
            if status != expected or set(body) != {"error_codes", "message", "fields"}:
                fail("error %s: %s %s" % (expected, status, body))
            checks += 1

        print("%d passed, 0 failed" % checks)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
