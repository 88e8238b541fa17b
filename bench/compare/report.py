#!/usr/bin/env python3
"""Prints the peer comparison of one run as markdown tables.

Reads the result JSONs that run.sh leaves in a results directory
(marquee-build.json, marquee.json, sqlite-c.json, and duckdb.json,
sqlite-node.json, kuzu.json when those engines ran; skipped.txt lists
engines that did not, with why). The first table has load, memory, size,
latency and agreement for cast, filmography, path and co-stars; the second
has search latency and top-1 accuracy per question form. Speed-ups are each
engine's p50 over Marquee's p50 from the same run. Exits 1 when any engine
disagreed with Marquee (for run.sh --smoke).

    python3 bench/compare/report.py RESULTS_DIR [SCALE]
"""

import json
import os
import sys

ENGINES = ["marquee", "sqlite-c", "sqlite-node", "duckdb", "kuzu"]
KINDS = ["cast", "filmography", "path", "costars"]  # checked row by row against Marquee
FORMS = ["exact", "folded", "typo", "prefix", "missing_word"]


def dur(us):
    if us < 1000:
        return f"{us:.1f} µs" if us < 100 else f"{us:.0f} µs"
    if us < 1e6:
        return f"{us / 1000:.1f} ms"
    return f"{us / 1e6:.1f} s"


def size(b):
    return f"{b / 2**30:.2f} GiB" if b >= 2**30 else f"{b / 2**20:.0f} MiB"


def asked(k):
    return k is not None and k["n"] > 0


def pending(r, kind):
    return r.get("search_pending") if kind == "search" else kind in ("path", "costars") and r.get("path_pending")


def at_budget(k, us, budget):  # a timed-out query counts as the budget: a lower bound
    return k.get("timeouts") and us >= budget * 1e6 * 0.99


def latency(r, kind, budget):
    k = r.get(kind)
    if pending(r, kind):
        return "pending"
    if not asked(k):
        return "not asked"
    fmt = lambda us: f"≥{budget:g} s" if at_budget(k, us, budget) else dur(us)
    return f"{fmt(k['p50_us'])} / {fmt(k['p99_us'])}"


def agreement(r, kinds):
    parts = []
    for kind in kinds:
        k = r.get(kind)
        if pending(r, kind):
            parts.append("pending")
            continue
        if not asked(k):
            parts.append("—")
            continue
        n = k["agree"] + k["disagree"] + k["timeouts"] + k["beyond_depth"]
        s = f"{k['agree']}/{n}"
        if k["disagree"]:
            s += f" **{k['disagree']} differ**"
        if k["timeouts"]:
            s += f" ({k['timeouts']} timed out)"
        if k["beyond_depth"]:
            s += f" ({k['beyond_depth']} {'beyond depth' if kind == 'path' else 'unchecked: Marquee gave up'})"
        parts.append(s)
    return " · ".join(parts)


def speedup(r, m, kind, budget):
    a, b = r.get(kind), m.get(kind)
    if not asked(a) or not asked(b) or not b["p50_us"]:
        return "—"
    x = a["p50_us"] / b["p50_us"]
    return ("≥" if at_budget(a, a["p50_us"], budget) else "") + (f"{x:,.0f}×" if x >= 10 else f"{x:.1f}×")


def percent(right, n):
    return f"{100 * right / n:.0f}%" if n else "—"


def search_table(results, m, budget):
    print("\n| engine | means (queries answered by each) | search index build | search p50 / p99 | top-1 "
          f"| {' | '.join(f.replace('_', ' ') for f in FORMS)} | Marquee speed-up, p50 |")
    print("| --- " * (6 + len(FORMS)) + "|")
    for e, r in results.items():
        k = r.get("search")
        if not asked(k):
            continue
        if e == "marquee":
            name, build = f"Marquee {r.get('version', '')}", "in its index build"
        else:
            name, build = r["engine"], f"{r['load_detail']['search']:.1f} s (in load time)"
        means = ", ".join(f"{how} {n}" for how, n in sorted(k["means"].items(), key=lambda x: -x[1]))
        forms = [percent(k["by_form"].get(f, {}).get("top1", 0), k["by_form"].get(f, {}).get("asked", 0))
                 for f in FORMS]
        top1 = percent(k["top1"], sum(f["asked"] for f in k["by_form"].values()))
        if k["timeouts"]:
            top1 += f" ({k['timeouts']} timed out at {budget:g} s)"
        ratio = "1×" if e == "marquee" else speedup(r, m, "search", budget)
        print(f"| {name} | {means} | {build} | {latency(r, 'search', budget)} | {top1} | {' | '.join(forms)} "
              f"| {ratio} |")


def main():
    d = sys.argv[1]
    results = {}
    for e in ENGINES:
        p = os.path.join(d, f"{e}.json")
        if os.path.exists(p):
            with open(p) as f:
                results[e] = json.load(f)
    m = results.get("marquee")
    if not m:
        print(f"no marquee.json in {d}", file=sys.stderr)
        return 2
    build = json.load(open(os.path.join(d, "marquee-build.json")))
    budget = m.get("budget_seconds", 10)
    if len(sys.argv) > 2:
        print(f"### Scale {sys.argv[2]} ({build['titles']:,} titles, {build['credits']:,} credits)\n")
    print("| engine | load time | peak RSS | on disk | cast p50 / p99 | filmography p50 / p99 | path p50 / p99 "
          "| costars p50 / p99 | agreement (cast · filmography · path · costars) "
          "| Marquee speed-up, p50 (cast / filmography / path / costars) |")
    print("| --- " * 10 + "|")
    bad = 0
    for e, r in results.items():
        if e == "marquee":
            load, rss, disk = build["load_seconds"], build["peak_rss_bytes"], build["index_bytes"]
            agree, ratio = "reference", "1×"
            name = f"Marquee {r.get('version', '')} (C++, in process)"
        else:
            load, rss, disk = r["load_seconds"], r["peak_rss_bytes"], r.get("db_bytes", 0)
            agree = agreement(r, KINDS)
            ratio = " / ".join(speedup(r, m, kind, budget) for kind in KINDS)
            name = r["engine"]
            bad += sum(r[k]["disagree"] for k in KINDS if r.get(k))
        cells = " | ".join(latency(r, kind, budget) for kind in KINDS)
        load_cell = f"{load:.1f} s" + (" (an earlier run's load, reused)" if r.get("load_reused") else "")
        print(f"| {name} | {load_cell} | {size(rss)} | {size(disk)} | {cells} | {agree} | {ratio} |")
    skipped = os.path.join(d, "skipped.txt")
    if os.path.exists(skipped):
        for line in open(skipped):
            print(f"\nSkipped: {line.strip()}")
    n_cast, n_film = m["cast"]["agree"], m["filmography"]["agree"]
    n_costars = m.get("costars", {}).get("n", 0)
    print(f"\n{n_cast} cast and {n_film} filmography questions (timed {m['cast']['n'] // max(n_cast, 1)}× each), "
          f"{m['path']['n']} paths (chains up to {m.get('max_depth', 6)} titles) and {n_costars} "
          f"co-star lists (top {m.get('costar_limit', 20)}), each path or co-star list timed once, with a budget of "
          f"{budget:g} s a query. Marquee's load time is its index build (search and graph sections included); "
          f"its query-time RSS was {size(m['query_rss_bytes'])}. SQLite (C API) RSS is SQLite's own heap "
          f"high-water mark. Peers' load times include building their link table and search indexes.")
    if asked(m.get("search")):
        search_table(results, m, budget)
        n = m["search"]["n"]
        print(f"\n{n} search questions ({n // len(FORMS)} of each form), timed once after an untimed pass that "
              f"scores top-1; a hit is right when it is the row the question was made from or has exactly its "
              f"name. Kuzu is not asked (no built-in text search).")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
