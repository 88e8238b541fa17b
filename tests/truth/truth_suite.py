#!/usr/bin/env python3
"""The truth suite: everyday questions asked through the marquee CLI, each answer
checked against the source files read independently (sources.py).

Usage: truth_suite.py DATA_DIR MARQUEE_BINARY WORK_DIR

DATA_DIR holds wikipedia-movies/movies-DECADE.json.gz and imdb-sample/*.tsv.gz;
WORK_DIR receives the two indexes it builds. Prints one line per question and a final
`N passed, M failed`; exits 1 when any question fails. See README.md.
"""
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import questions_filters  # noqa: E402
import questions_graph  # noqa: E402
import questions_imdb  # noqa: E402
import questions_wikipedia  # noqa: E402
import sources  # noqa: E402

# Questions that fail today because the fix lands on another branch: key -> reason.
# A listed question that passes fails the suite, so the list never goes stale.
EXPECTED_FAILURES = {
}


class Answer:
    """One CLI run: exit code, stdout, stderr, and stdout parsed as JSON (or None)."""

    def __init__(self, proc):
        self.exit = proc.returncode
        self.out = proc.stdout
        self.err = proc.stderr
        try:
            self.doc = json.loads(proc.stdout)
        except ValueError:
            self.doc = None

    def field(self, *path):
        """A nested JSON field, or None when any step is missing."""
        value = self.doc
        for step in path:
            try:
                value = value[step]
            except (KeyError, IndexError, TypeError):
                return None
        return value

    def match(self):
        """How the first name asked was resolved: "exact", "fuzzy", "id" (or None)."""
        return self.field("resolved", 0, "match")

    def titles(self, key):
        """The (year, title) pairs of the JSON list key, whose entries hold a "title" ref."""
        return [(e["title"]["year"], e["title"]["title"]) for e in self.field(key) or []]


class Marquee:
    def __init__(self, binary, work_dir):
        self.binary = binary
        self.work_dir = work_dir
        self.env = {k: v for k, v in os.environ.items() if k != "MARQUEE_INDEX"}

    def run(self, args):
        return subprocess.run([self.binary] + args, capture_output=True, text=True,
                              timeout=120, env=self.env)

    def build(self, name, inputs):
        index = os.path.join(self.work_dir, name)
        proc = self.run(["--index", index, "build"] + inputs)
        if proc.returncode != 0:
            sys.exit(f"truth suite: building {index} failed (exit {proc.returncode}):\n"
                     f"{proc.stderr}")
        return index

    def asker(self, default_index):
        """ask(*args, text=False, index=...): the command, with --json unless text."""
        def ask(*args, text=False, index=default_index):
            return Answer(self.run(["--index", index] + ([] if text else ["--json"]) +
                                   list(args)))
        return ask


def collect(source, ask, *modules):
    """Every module's questions; a module that cannot pick its questions is one failure."""
    for module in modules:
        try:
            yield from module.questions(source, ask)
        except Exception as error:
            def cannot(error=error):
                raise error
            yield f"{module.__name__}", "picking the questions from the source files", cannot


def run_questions(questions):
    passed = failed = 0
    keys = set()
    for key, text, compute in questions:
        keys.add(key)
        label = f"[{key}] {text}"
        try:
            expected, got = compute()
        except Exception as error:  # a question that cannot be asked fails, listed or not
            print(f"FAIL {label}\n     cannot ask: {type(error).__name__}: {error}")
            failed += 1
            continue
        if key in EXPECTED_FAILURES:
            if expected == got:
                print(f"FAIL {label}\n     now passes: remove from EXPECTED_FAILURES")
                failed += 1
            else:
                print(f"PASS {label} (expected failure: {EXPECTED_FAILURES[key]})")
                passed += 1
        elif expected == got:
            print(f"PASS {label}")
            passed += 1
        else:
            print(f"FAIL {label}\n     expected: {expected}\n     got:      {got}")
            failed += 1
    for key in sorted(set(EXPECTED_FAILURES) - keys):
        print(f"FAIL [{key}] is in EXPECTED_FAILURES but no question has that key")
        failed += 1
    return passed, failed


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    data_dir, binary, work_dir = argv[1:]
    wiki_files, imdb_dir = sources.source_paths(data_dir)
    if not os.access(binary, os.X_OK):
        sys.exit(f"truth suite: {binary} is not an executable marquee binary")
    os.makedirs(work_dir, exist_ok=True)
    start = time.monotonic()
    marquee = Marquee(binary, work_dir)
    wiki_index = marquee.build("wikipedia.idx", ["--movies"] + wiki_files)
    imdb_index = marquee.build("imdb-sample.idx", ["--imdb", imdb_dir])
    wiki = sources.Wikipedia(wiki_files)
    imdb = sources.Imdb(imdb_dir)
    questions = list(collect(wiki, marquee.asker(wiki_index), questions_wikipedia,
                             questions_filters, questions_graph))
    questions += collect(imdb, marquee.asker(imdb_index), questions_imdb)
    passed, failed = run_questions(questions)
    print(f"({time.monotonic() - start:.1f} s)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
