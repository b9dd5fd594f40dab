#!/usr/bin/env python3
"""The baseline of bench/e2e.py: usage to CSV as a user of an SDK would write it.

One page at a time, following each page's "next" link, over one kept-alive connection (as
an SDK's HTTP session keeps one), then a dict per row to csv.DictWriter. Standard library
only, and deliberately plain: it is what the app's export is compared with, not a rival.

    NEUROIO_API_TOKEN=... sdk_client.py BASE_URL PAGE_SIZE MONTH_FROM MONTH_TO OUTPUT

Prints the number of rows written; exits 1 on any answer but 200.
"""
import csv
import http.client
import json
import os
import sys
import urllib.parse


def pages(base_url, token, page_size, month_from, month_to):
    """Yields each page's decoded body, from offset 0 to the last "next"."""
    base = urllib.parse.urlsplit(base_url)
    connection = http.client.HTTPConnection(base.hostname, base.port, timeout=60)
    # The header the app sends (core/api/billingclient.cpp).
    headers = {"Authorization": "Token " + token, "Accept": "application/json"}
    query = urllib.parse.urlencode({"limit": page_size, "offset": 0,
                                    "month_from": month_from, "month_to": month_to})
    target = "/v1/billing/usage/?" + query
    try:
        while target:
            connection.request("GET", target, headers=headers)
            response = connection.getresponse()
            body = response.read()
            if response.status != 200:
                raise SystemExit("GET %s: HTTP %d: %s" % (target, response.status, body[:200]))
            page = json.loads(body)
            yield page
            target = follow(base, page.get("next"))
    finally:
        connection.close()


def follow(base, link):
    """The path and query of a next link, which must stay on the server we asked."""
    if not link:
        return None
    parts = urllib.parse.urlsplit(link)
    if parts.port != base.port:
        raise SystemExit("next link %s leaves %s" % (link, base.netloc))
    return parts.path + ("?" + parts.query if parts.query else "")


def main():
    base_url, page_size, month_from, month_to, output = sys.argv[1:6]
    token = os.environ["NEUROIO_API_TOKEN"]
    rows = 0
    with open(output, "w", newline="", encoding="utf-8") as file:
        writer = None
        for page in pages(base_url, token, int(page_size), month_from, month_to):
            for record in page["results"]:
                if writer is None:
                    writer = csv.DictWriter(file, fieldnames=list(record))
                    writer.writeheader()
                writer.writerow(record)
                rows += 1
    print(rows)


if __name__ == "__main__":
    main()
