#!/usr/bin/env python3
"""Check the hand-written demo data set against the Wikipedia movies dataset.

For every film in demo/movies.json that the Wikipedia dataset also has (same
title, compared case-insensitively after Unicode NFC normalisation, and same
year), every cast name in the demo entry must appear in that film's Wikipedia
cast list. Differences are printed and the script exits with status 1.

Titles that the Wikipedia dataset has only under a different year are listed
as notes (not failures) so that the year can be checked by hand.

Usage:
    python3 demo/check_demo.py [WIKIPEDIA_MOVIES_DIR] [--demo FILE] [-v]

WIKIPEDIA_MOVIES_DIR defaults to the repository's tests/data/wikipedia-movies
(the folder holding movies-*.json or movies-*.json.gz).
Only the Python 3 standard library is used.
"""
import argparse
import glob
import gzip
import json
import os
import sys
import unicodedata

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    return unicodedata.normalize("NFC", s).casefold().strip()


def load_json(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def cast_name(entry):
    if isinstance(entry, str):
        return entry
    if isinstance(entry, dict):
        return entry.get("name")
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wiki_dir", nargs="?",
                    default=os.path.join(REPO_ROOT, "tests", "data", "wikipedia-movies"),
                    help="folder with the Wikipedia movies-*.json files")
    ap.add_argument("--demo", default=os.path.join(REPO_ROOT, "demo", "movies.json"),
                    help="demo data file (default: demo/movies.json)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every checked film")
    args = ap.parse_args()

    files = sorted(glob.glob(os.path.join(args.wiki_dir, "movies-*.json"))
                   + glob.glob(os.path.join(args.wiki_dir, "movies-*.json.gz")))
    if not files:
        print("error: no movies-*.json files in %s" % args.wiki_dir, file=sys.stderr)
        return 2

    by_key = {}      # (title, year) -> list of cast-name sets
    years = {}       # title -> set of years
    for path in files:
        for film in load_json(path):
            title = film.get("title")
            if not isinstance(title, str):
                continue
            t = norm(title)
            names = {norm(n) for n in (film.get("cast") or []) if isinstance(n, str)}
            by_key.setdefault((t, film.get("year")), []).append(names)
            years.setdefault(t, set()).add(film.get("year"))

    demo = load_json(args.demo)
    if not isinstance(demo, list):
        print("error: %s is not a JSON array" % args.demo, file=sys.stderr)
        return 2

    problems = 0
    checked = 0
    notes = []
    seen = set()
    for i, film in enumerate(demo):
        title, year = film.get("title"), film.get("year")
        if not isinstance(title, str) or not title:
            print("BAD  film #%d has no title" % i)
            problems += 1
            continue
        names = [cast_name(c) for c in film.get("cast", [])]
        if any(not isinstance(n, str) or not n.strip() for n in names):
            print("BAD  %s (%s): cast entry without a name" % (title, year))
            problems += 1
            names = [n for n in names if isinstance(n, str) and n.strip()]
        key = (norm(title), year)
        if key in seen:
            print("BAD  %s (%s): listed twice" % (title, year))
            problems += 1
        seen.add(key)

        candidates = by_key.get(key)
        if not candidates:
            other = sorted(y for y in years.get(norm(title), ()) if isinstance(y, int))
            if other:
                notes.append("note %s (%s): not in the dataset for that year; found for %s"
                             % (title, year, ", ".join(map(str, other))))
            continue
        checked += 1
        # A title+year may occur more than once; accept the best-matching entry.
        best_missing = None
        for wiki_names in candidates:
            missing = [n for n in names if norm(n) not in wiki_names]
            if best_missing is None or len(missing) < len(best_missing):
                best_missing = missing
        if best_missing:
            problems += 1
            print("DIFF %s (%s): not in the Wikipedia cast list: %s"
                  % (title, year, ", ".join(best_missing)))
        elif args.verbose:
            print("ok   %s (%s): %d cast names" % (title, year, len(names)))

    for n in notes:
        print(n)
    print("%d demo titles, %d found in the Wikipedia dataset and checked, %d problem(s)"
          % (len(demo), checked, problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
