#!/usr/bin/env python3
"""Compares the results of two search versions on the same queries.

Input: two outputs of `marquee-bench-search --dump` (one line per query: set,
CPU µs, documents examined, query, hits as id:words/edits/prefixes/score).
For each query whose hit list changed, the first position where the two
lists differ decides: the hit there with the better match (more words, then
fewer edits, fewer prefixes, then higher score — the engine's own order) is
better; a longer list is better when one is a prefix of the other.

  python3 bench/search_dump_diff.py OLD.tsv NEW.tsv [--show N]
"""
import sys


def load(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        hits = []
        for h in filter(None, f[4].split(",") if len(f) > 4 else []):
            hid, key = h.rsplit(":", 1)
            words, edits, prefixes, score = key.split("/")
            hits.append((hid, (int(words), -int(edits), -int(prefixes), float(score))))
        rows.append((f[0], f[3], hits))
    return rows


def main():
    old, new = load(sys.argv[1]), load(sys.argv[2])
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    if [r[1] for r in old] != [r[1] for r in new]:
        sys.exit("the two files hold different queries")
    counts = {"same": 0, "better": 0, "worse": 0, "top-1 better": 0, "top-1 worse": 0}
    worse = []
    for (kind, query, a), (_, _, b) in zip(old, new):
        if [h[0] for h in a] == [h[0] for h in b]:
            counts["same"] += 1
            continue
        verdict, at = (len(b) > len(a)) - (len(b) < len(a)), min(len(a), len(b))
        for i, (x, y) in enumerate(zip(a, b)):
            if x[1] != y[1]:
                verdict, at = (y[1] > x[1]) - (y[1] < x[1]), i
                break
        if verdict > 0:
            counts["better"] += 1
            counts["top-1 better"] += at == 0
        elif verdict < 0:
            counts["worse"] += 1
            counts["top-1 worse"] += at == 0
            worse.append((kind, query, at, a[at] if at < len(a) else None, b[at] if at < len(b) else None))
    print(", ".join(f"{k} {v}" for k, v in counts.items()), f"(of {len(old)} queries; the rest reordered equals)")
    for kind, query, at, x, y in worse[:show]:
        print(f"  worse: {kind} '{query}' at {at + 1}: {x} -> {y}")


if __name__ == "__main__":
    main()
