#!/usr/bin/env python3
"""Prints Callbridge decisions (JSON lines on stdin, as `callbridge replay` and the app print them) as a readable
list: one line per decision, notices below it. Lines that are not decisions are passed through."""
import json
import sys

last = None
for line in sys.stdin:
    try:
        o = json.loads(line)
    except ValueError:
        print(line, end="")
        continue
    if o["contactId"] != last:
        print("%s" % o["contactId"])
        last = o["contactId"]
    print("   %-18s ticket %-6s user %-6s %s" % (o["outcome"], o.get("ticketId") or "-", o.get("userId") or "-",
                                                o["reason"]))
    for notice in o.get("notices", []):
        print("   %-18s %s" % ("  notice:", notice))
