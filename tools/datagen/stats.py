#!/usr/bin/env python3
"""Compare marquee-datagen output with the real IMDb sample.

Prints Markdown tables (pasted into README.md) of the statistics the
generator is tuned to: title type mix, principals per title, category mix,
null `characters`, credits per person, and a few name.basics shapes.

The real sample holds 2,000 movies only, so generated data is shown twice:
"gen movies" restricts principals to movies and draws a 2,000-movie subset
(the sample's own construction) for the credits-per-person column; "gen all"
covers every title. Standard library only.

usage: stats.py [--sample tests/data/imdb-sample] --generated DIR
"""
import argparse
import collections
import gzip
import os
import zlib


def rows(directory, name):
    path = os.path.join(directory, name)
    opener = open
    if not os.path.exists(path) and os.path.exists(path + ".gz"):
        path, opener = path + ".gz", gzip.open
    if not os.path.exists(path):
        return None
    with opener(path, "rt", encoding="utf-8", errors="replace", newline="\n") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            yield dict(zip(header, line.rstrip("\n").split("\t")))


def pct(counter, key, total):
    return 100.0 * counter.get(key, 0) / total if total else 0.0


def percentile(sorted_values, q):
    if not sorted_values:
        return 0
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


def principal_stats(directory, title_filter, subset=None):
    per_title = collections.Counter()
    categories = collections.Counter()
    null_chars = cast_rows = cast_null = total = 0
    credits = collections.Counter()
    for r in rows(directory, "title.principals.tsv"):
        t = r["tconst"]
        if title_filter is not None and t not in title_filter:
            continue
        total += 1
        per_title[t] += 1
        categories[r["category"]] += 1
        null = r["characters"] == "\\N"
        null_chars += null
        if r["category"] in ("actor", "actress", "self"):
            cast_rows += 1
            cast_null += null
        if subset is None or t in subset:
            credits[r["nconst"]] += 1
    hist = collections.Counter(per_title.values())
    return dict(total=total, titles=len(per_title), hist=hist, categories=categories,
                null_chars=100.0 * null_chars / max(total, 1),
                cast_null=100.0 * cast_null / max(cast_rows, 1),
                credits=sorted(credits.values()))


def title_types(directory):
    types = collections.Counter(r["titleType"] for r in rows(directory, "title.basics.tsv"))
    return types, sum(types.values())


def name_stats(directory):
    names = collections.Counter()
    n = birth = prof_empty = 0
    for r in rows(directory, "name.basics.tsv"):
        n += 1
        names[r["primaryName"]] += 1
        birth += r["birthYear"] != "\\N"
        prof_empty += r["primaryProfession"] in ("", "\\N")
    shared = sum(c for c in names.values() if c > 1)
    return dict(people=n, distinct=len(names), shared=100.0 * shared / max(n, 1),
                birth=100.0 * birth / max(n, 1), prof_empty=100.0 * prof_empty / max(n, 1),
                top=names.most_common(3))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                     "..", "..", "tests", "data", "imdb-sample"))
    ap.add_argument("--generated", required=True)
    a = ap.parse_args()

    s_types, s_n = title_types(a.sample)
    g_types, g_n = title_types(a.generated)
    movies = {r["tconst"] for r in rows(a.generated, "title.basics.tsv") if r["titleType"] == "movie"}
    # A deterministic 2,000-movie subset, like the sample's.
    subset = set(sorted(movies, key=lambda t: zlib.crc32(t.encode()))[:2000])
    s = principal_stats(a.sample, None)
    gm = principal_stats(a.generated, movies, subset)
    ga = principal_stats(a.generated, None)
    cols = [("real sample", s), ("gen movies", gm), ("gen all", ga)]

    print("### Title types (% of titles)\n")
    print("| type | real sample | generated |\n|---|---:|---:|")
    for t, _ in g_types.most_common():
        print(f"| {t} | {pct(s_types, t, s_n):.1f} | {pct(g_types, t, g_n):.1f} |")
    print(f"| *titles* | {s_n} | {g_n} |\n")

    print("### Principals per title (% of titles with principals)\n")
    print("| principals | " + " | ".join(c for c, _ in cols) + " |\n|---|" + "---:|" * len(cols))
    for k in range(1, 11):
        print(f"| {k} | " + " | ".join(f"{pct(d['hist'], k, d['titles']):.1f}" for _, d in cols) + " |")
    print("| *mean* | " + " | ".join(f"{d['total'] / max(d['titles'], 1):.2f}" for _, d in cols) + " |\n")

    print("### Category mix (% of principal rows)\n")
    print("| category | " + " | ".join(c for c, _ in cols) + " |\n|---|" + "---:|" * len(cols))
    for c, _ in ga["categories"].most_common():
        print(f"| {c} | " + " | ".join(f"{pct(d['categories'], c, d['total']):.1f}" for _, d in cols) + " |")
    print("| *null characters, all rows* | " + " | ".join(f"{d['null_chars']:.1f}" for _, d in cols) + " |")
    print("| *null characters, actor/actress/self* | " + " | ".join(f"{d['cast_null']:.1f}" for _, d in cols) + " |\n")

    print("### Credits per person (principal rows per nconst)\n")
    print("| statistic | " + " | ".join(c for c, _ in cols) + " |\n|---|" + "---:|" * len(cols))
    for label, fn in [("people credited", lambda v: len(v)),
                      ("% with 1 credit", lambda v: 100.0 * v.count(1) / max(len(v), 1)),
                      ("% with 1-2", lambda v: 100.0 * sum(1 for x in v if x <= 2) / max(len(v), 1)),
                      ("p50", lambda v: percentile(v, 0.5)), ("p90", lambda v: percentile(v, 0.9)),
                      ("p99", lambda v: percentile(v, 0.99)), ("p99.9", lambda v: percentile(v, 0.999)),
                      ("max", lambda v: v[-1] if v else 0)]:
        vals = [fn(d["credits"]) for _, d in cols]
        print(f"| {label} | " + " | ".join(f"{v:.1f}" if isinstance(v, float) else str(v) for v in vals) + " |")
    print("\n(\"gen movies\" counts credits within a 2,000-movie subset, as the sample was drawn.)\n")

    sn, gn = name_stats(a.sample), name_stats(a.generated)
    print("### name.basics\n")
    print("| statistic | real sample | generated |\n|---|---:|---:|")
    for label, key, fmt in [("people", "people", "{}"), ("distinct names", "distinct", "{}"),
                            ("% sharing their name", "shared", "{:.1f}"),
                            ("% with birthYear", "birth", "{:.1f}"),
                            ("% empty primaryProfession", "prof_empty", "{:.1f}")]:
        print(f"| {label} | {fmt.format(sn[key])} | {fmt.format(gn[key])} |")
    print(f"| most common names | {', '.join(f'{n} ({c})' for n, c in sn['top'])} | "
          f"{', '.join(f'{n} ({c})' for n, c in gn['top'])} |")


if __name__ == "__main__":
    main()
