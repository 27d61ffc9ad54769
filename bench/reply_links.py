#!/usr/bin/env python3
"""How right the reply links of a generated corpus are.

    bench/reply_links.py --answers ANSWERS.tsv --parley build/parley --db DB

ANSWERS.tsv is what `parley_gen --answers` wrote: for each reply page, the
page it answers. The RESPONDS_TO edges come from `parley export --format json`
of DB. Prints how many replies are tied to the page they answer (recall), how
many ties each reply has, and how many of the ties, and of the strong ties,
are right (precision).
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

# "000008-1951-06-01-telegram-20026.txt" -> "doc:telegram-20026-1951-06-01",
# the id Parley gives the page's document.
FILE_NAME = re.compile(r"^\d+-(\d{4}-\d\d-\d\d)-([a-z]+)-(\d+)\.txt$")


def document_id(path):
    match = FILE_NAME.match(os.path.basename(path))
    if not match:
        sys.exit(f"reply_links.py: {path}: not a generated page's name")
    date, kind, number = match.groups()
    return f"doc:{kind}-{number}-{date}"


def ties(parley, db):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "graph.json")
        subprocess.run([parley, "--db", db, "export", "--format", "json",
                        "-o", out], check=True, stdout=subprocess.DEVNULL)
        with open(out, encoding="utf-8") as f:
            graph = json.load(f)
    by_reply = collections.defaultdict(list)
    for e in graph["edges"]:
        if e["kind"] == "RESPONDS_TO":
            by_reply[e["source"]].append(
                (e["target"], e.get("props", {}).get("strength")))
    return by_reply


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--answers", required=True)
    ap.add_argument("--parley", default="build/parley")
    ap.add_argument("--db", required=True)
    args = ap.parse_args()

    answers = {}
    with open(args.answers, encoding="utf-8") as f:
        for line in f:
            reply, answered = line.rstrip("\n").split("\t")
            answers[document_id(reply)] = document_id(answered)
    by_reply = ties(args.parley, args.db)

    tied = right = only_right = all_ties = right_ties = 0
    strong = right_strong = 0
    for reply, answered in answers.items():
        made = by_reply.get(reply, [])
        tied += bool(made)
        targets = [t for t, _ in made]
        right += answered in targets
        only_right += targets == [answered]
        all_ties += len(made)
        right_ties += targets.count(answered)
        strong += sum(s == "strong" for _, s in made)
        right_strong += sum(s == "strong" and t == answered for t, s in made)

    n = len(answers)
    def share(a, b):
        return f"{a / b:.3f}" if b else "-"
    print(f"replies                       {n}")
    print(f"tied to anything              {tied}")
    print(f"tied to the page answered     {right}  (recall {share(right, n)})")
    print(f"tied to that page alone       {only_right}  ({share(only_right, n)})")
    print(f"ties per reply                {share(all_ties, n)}")
    print(f"ties that are right           {right_ties} of {all_ties}  "
          f"(precision {share(right_ties, all_ties)})")
    print(f"strong ties that are right    {right_strong} of {strong}  "
          f"(precision {share(right_strong, strong)})")


if __name__ == "__main__":
    main()
