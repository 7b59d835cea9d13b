#!/usr/bin/env python3
"""The regex script a user would write instead of newswire: JSON Lines in, JSON Lines out,
a dateline regex and two quote regexes per article. Used only as the speed baseline in
benches/whole_process.sh."""
import json
import re
import sys

DATELINE = re.compile(
    r"^\s*(?:By [A-Z][\w.' -]+\s+)?([A-Z][A-Za-z.' -]+?)(?:, ([A-Z][A-Za-z.' ]+?))?"
    r"(?:, ([A-Z][a-z]{2,8}\.? \d{1,2}))?\s*(?:\((\w+)\))?\s*(?:--|—|–|-|_|:)\s")
QUOTE_SAID = re.compile(r"[\"“]([^\"”]{3,}?)[,.?!][\"”]\s+(?:said|says|told)\s+([A-Z][\w.-]*(?: [A-Z][\w.-]*)*)")
SAID_QUOTE = re.compile(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*)*) (?:said|says|told \w+)[,:] [\"“]([^\"”]{3,}?)[\"”]")


def parse(text):
    out = {"dateline": None, "attributions": []}
    m = DATELINE.match(text)
    if m:
        out["dateline"] = {"place": m.group(1), "region": m.group(2), "date": m.group(3),
                           "agencies": [m.group(4)] if m.group(4) else []}
    for m in QUOTE_SAID.finditer(text):
        out["attributions"].append({"content": m.group(1), "source": m.group(2)})
    for m in SAID_QUOTE.finditer(text):
        out["attributions"].append({"content": m.group(2), "source": m.group(1)})
    return out


def main():
    w = sys.stdout.write
    for line in sys.stdin:
        try:
            rec = json.loads(line)
            res = parse(rec["text"])
            res["id"] = rec.get("id")
        except (ValueError, KeyError, TypeError) as e:
            res = {"id": None, "error": {"kind": "invalid", "message": str(e)}}
        w(json.dumps(res) + "\n")


if __name__ == "__main__":
    main()
