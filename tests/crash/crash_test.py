#!/usr/bin/env python3
"""Kills `parley import` at random moments and checks what is left.

Each trial copies a starting database (none, for a fresh import; or one
holding every page, for an import that replaces them with edited versions),
starts `parley import` on the pages, and sends it SIGKILL after a random
delay. The database left behind must open, and its export must be exactly
that of a clean import of a prefix of the pages (every page lands with its
links in one atomic write, in file order). The import is then run again to
its end, and the export must be that of the whole clean import.

While the imports run, reader threads run `stats`, `export`, `who-proposed`,
`show` and `search` on the same database in a loop. A reader never fails
because a writer is running: each must exit 0, or 1 for nothing found (or,
before a fresh import has created the database, say "no database here").

  tests/crash/crash_test.py --parley build/parley --gen build/bench/parley_gen \\
      --trials 100 --min-reader-runs 1000

Exit 0 when every trial and every reader run passed; otherwise each failure
is printed and the exit code is 1.
"""

import argparse
import hashlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

READER_COMMANDS = [
    ["stats"],
    ["export", "--format", "json"],
    ["who-proposed"],
    ["show", "Stalin"],
    ["search", "ceasefire"],
]


def run(parley, db, args, timeout=600):
    return subprocess.run([parley, "--db", db] + args, capture_output=True,
                          timeout=timeout)


def export_digest(parley, db):
    """The digest of the database's JSON export, or raises with stderr."""
    r = run(parley, db, ["export", "--format", "json"])
    if r.returncode != 0:
        raise RuntimeError("export failed (exit %d): %s" %
                           (r.returncode, r.stderr.decode(errors="replace")))
    return hashlib.sha256(r.stdout).hexdigest()


def edited(text):
    """The page with its first numbered point changed: a new clause text."""
    return re.sub(r"^(1\. .*)$", r"\1 This term is final.", text, count=1,
                  flags=re.M)


class Corpus:
    """The pages of the trials, their edited versions, and the exports of
    clean imports of their prefixes (computed when first needed)."""

    def __init__(self, parley, work, pages):
        self.parley = parley
        self.work = work
        self.originals = os.path.join(work, "pages")
        self.edits = os.path.join(work, "edited")
        os.makedirs(self.originals)
        os.makedirs(self.edits)
        self.names = []
        for i, path in enumerate(pages):
            name = "%05d-%s" % (i, os.path.basename(path))
            with open(path, encoding="utf-8") as f:
                text = f.read()
            with open(os.path.join(self.originals, name), "w",
                      encoding="utf-8") as f:
                f.write(text)
            with open(os.path.join(self.edits, name), "w",
                      encoding="utf-8") as f:
                f.write(edited(text))
            self.names.append(name)
        self.full_db = os.path.join(work, "full.db")
        self._import(self.full_db, self.originals, self.names)
        self._fresh = {}    # prefix length -> digest
        self._replaced = {}
        self.clean_seconds = self._time_import()

    def _import(self, db, folder, names):
        if not names:
            # An import that ends before its first page leaves an empty
            # database: what an import of one unreadable file leaves.
            empty = os.path.join(self.work, "empty.txt")
            open(empty, "w").close()
            run(self.parley, db, ["import", empty])
            return
        r = run(self.parley, db, ["import", "--jobs", "1"] +
                [os.path.join(folder, n) for n in names])
        if r.returncode != 0:
            raise RuntimeError("clean import failed: %s" %
                               r.stderr.decode(errors="replace"))

    def _time_import(self):
        db = os.path.join(self.work, "timing.db")
        start = time.monotonic()
        self._import(db, self.originals, self.names)
        seconds = time.monotonic() - start
        shutil.rmtree(db)
        return seconds

    def prefix_digest(self, replacing, k):
        cache = self._replaced if replacing else self._fresh
        if k not in cache:
            db = os.path.join(self.work, "prefix.db")
            shutil.rmtree(db, ignore_errors=True)
            if replacing:
                shutil.copytree(self.full_db, db)
                self._import(db, self.edits, self.names[:k])
            else:
                self._import(db, self.originals, self.names[:k])
            cache[k] = export_digest(self.parley, db)
            shutil.rmtree(db, ignore_errors=True)
        return cache[k]

    def matching_prefix(self, replacing, digest, reported=0):
        """The k whose clean prefix export is `digest`, or None. Prefixes
        from `reported` up are tried first: the import had reported that
        many pages stored before it was killed, and each prefix tried costs
        a clean import of it, so a search from 0 is quadratic in the pages."""
        count = len(self.names) + 1
        reported = min(max(reported, 0), count - 1)
        for k in list(range(reported, count)) + list(range(reported)):
            if self.prefix_digest(replacing, k) == digest:
                return k
        return None


class Readers:
    """Threads that query `db` in a loop while `active` is set."""

    def __init__(self, parley, count):
        self.parley = parley
        self.count = count
        self.runs = 0
        self.failures = []
        self.lock = threading.Lock()

    def run_during(self, db, fresh, stop):
        def loop(seed):
            rng = random.Random(seed)
            while not stop.is_set():
                args = rng.choice(READER_COMMANDS)
                existed = os.path.exists(db)
                r = run(self.parley, db, args)
                # Exit 1 is an answer too: nothing found (yet).
                ok = r.returncode in (0, 1)
                if not ok and fresh and not existed:
                    ok = b"no database here" in r.stderr
                with self.lock:
                    self.runs += 1
                    if not ok:
                        self.failures.append(
                            "reader %s: exit %d: %s" %
                            (" ".join(args), r.returncode,
                             r.stderr.decode(errors="replace").strip()))

        threads = [threading.Thread(target=loop, args=(random.random(),))
                   for _ in range(self.count)]
        for t in threads:
            t.start()
        return threads


def trial(corpus, readers, rng, number, work):
    replacing = number % 2 == 1
    db = os.path.join(work, "trial.db")
    shutil.rmtree(db, ignore_errors=True)
    folder = corpus.originals
    if replacing:
        shutil.copytree(corpus.full_db, db)
        folder = corpus.edits
    stop = threading.Event()
    threads = readers.run_during(db, not replacing, stop) if readers else []
    delay = rng.uniform(0, corpus.clean_seconds * 1.2)
    # The reports go to a file, not a pipe, so that a full pipe never holds
    # the import back.
    report = os.path.join(work, "report.txt")
    with open(report, "wb") as out:
        proc = subprocess.Popen(
            [corpus.parley, "--db", db, "import", folder],
            stdout=out, stderr=subprocess.PIPE)
        time.sleep(delay)
        killed = proc.poll() is None
        if killed:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
    with open(report, "rb") as f:
        reported = sum(1 for line in f if line.split(b" ", 1)[0] in
                       (b"imported", b"replaced", b"unchanged"))
    errors = []
    what = "trial %d (%s, kill after %.2f s%s)" % (
        number, "replacing" if replacing else "fresh", delay,
        "" if killed else ", finished first")
    try:
        if os.path.exists(db):
            k = corpus.matching_prefix(
                replacing, export_digest(corpus.parley, db), reported)
            if k is None:
                errors.append(what + ": the database is no clean prefix")
        r = run(corpus.parley, db, ["import", folder])
        if r.returncode != 0:
            errors.append(what + ": the re-run failed: " +
                          r.stderr.decode(errors="replace").strip())
        elif export_digest(corpus.parley, db) != corpus.prefix_digest(
                replacing, len(corpus.names)):
            errors.append(what + ": the re-run does not give the whole import")
    except RuntimeError as e:
        errors.append(what + ": " + str(e))
    finally:
        stop.set()
        for t in threads:
            t.join()
    return killed, errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--parley", required=True)
    parser.add_argument("--gen", help="parley_gen, for generated pages")
    parser.add_argument("--pages", type=int, default=200,
                        help="generated pages (with --gen)")
    parser.add_argument("--data", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "..", "data"),
                        help="folder of real pages, used without --gen")
    parser.add_argument("--trials", type=int, default=10)
    parser.add_argument("--readers", type=int, default=2,
                        help="reader threads during each import")
    parser.add_argument("--min-reader-runs", type=int, default=0,
                        help="trials go on until this many reader runs")
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()

    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    random.seed(seed)
    parley = os.path.abspath(args.parley)
    work = tempfile.mkdtemp(prefix="parley-crash-")
    try:
        if args.gen:
            gen = os.path.join(work, "gen")
            subprocess.run([args.gen, "--pages", str(args.pages), "--seed",
                            "11", "--out", gen], check=True,
                           capture_output=True)
            pages = sorted(os.path.join(d, f) for d, _, fs in os.walk(gen)
                           for f in fs if f.endswith(".txt"))
        else:
            pages = sorted(os.path.join(args.data, f)
                           for f in os.listdir(args.data)
                           if f.endswith(".txt"))
        corpus = Corpus(parley, work, pages)
        print("crash test: seed %d, %d pages, a clean import takes %.2f s" %
              (seed, len(pages), corpus.clean_seconds), flush=True)
        readers = Readers(parley, args.readers) if args.readers > 0 else None
        failures = []
        kills = 0
        number = 0
        while number < args.trials or (
                readers and readers.runs < args.min_reader_runs):
            killed, errors = trial(corpus, readers, rng, number, work)
            kills += killed
            failures += errors
            number += 1
        print("crash test: %d trials (%d killed mid-import), %d failed; "
              "%d reader runs, %d failed" %
              (number, kills, len(failures),
               readers.runs if readers else 0,
               len(readers.failures) if readers else 0), flush=True)
        all_failures = failures + (readers.failures if readers else [])
        for f in all_failures:
            print("  " + f)
        return 1 if all_failures else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
