#!/usr/bin/env python3
"""Prints the peer comparison of one run as a markdown table.

Reads the result JSONs that run.sh leaves in a results directory
(marquee-build.json, marquee.json, sqlite-c.json, and duckdb.json,
sqlite-node.json, kuzu.json when those engines ran; skipped.txt lists
engines that did not, with why). Speed-ups are each engine's p50 over
Marquee's p50 from the same run. Exits 1 when any engine disagreed with
Marquee (for run.sh --smoke).

    python3 bench/compare/report.py RESULTS_DIR [SCALE]
"""

import json
import os
import sys

ENGINES = ["marquee", "sqlite-c", "sqlite-node", "duckdb", "kuzu"]


def dur(us):
    if us < 1000:
        return f"{us:.1f} µs" if us < 100 else f"{us:.0f} µs"
    if us < 1e6:
        return f"{us / 1000:.1f} ms"
    return f"{us / 1e6:.1f} s"


def size(b):
    return f"{b / 2**30:.2f} GiB" if b >= 2**30 else f"{b / 2**20:.0f} MiB"


def latency(k, budget):
    if not k or not k["n"]:
        return "—"
    def fmt(us):  # a timed-out query counts as the budget: a lower bound
        return f"≥{budget:g} s" if k.get("timeouts") and us >= budget * 1e6 * 0.99 else dur(us)
    return f"{fmt(k['p50_us'])} / {fmt(k['p99_us'])}"


def agreement(r, kinds):
    parts = []
    for kind in kinds:
        k = r.get(kind)
        if not k or (kind == "path" and r.get("path_pending")):
            parts.append("pending" if kind == "path" else "—")
            continue
        asked = k["agree"] + k["disagree"] + k["timeouts"] + k["beyond_depth"]
        s = f"{k['agree']}/{asked}"
        if k["disagree"]:
            s += f" **{k['disagree']} differ**"
        if k["timeouts"]:
            s += f" ({k['timeouts']} timed out)"
        if k["beyond_depth"]:
            s += f" ({k['beyond_depth']} beyond depth)"
        parts.append(s)
    return " · ".join(parts)


def speedup(r, m, kinds, budget):
    out = []
    for kind in kinds:
        a, b = r.get(kind), m.get(kind)
        if not a or not b or not a["n"] or not b["n"] or not b["p50_us"]:
            out.append("—")
        else:
            x = a["p50_us"] / b["p50_us"]
            at_least = "≥" if a.get("timeouts") and a["p50_us"] >= budget * 1e6 * 0.99 else ""
            out.append(at_least + (f"{x:,.0f}×" if x >= 10 else f"{x:.1f}×"))
    return " / ".join(out)


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
    kinds = ["cast", "filmography", "path"]
    print("| engine | load time | peak RSS | on disk | cast p50 / p99 | filmography p50 / p99 | path p50 / p99 "
          "| agreement (cast · filmography · path) | Marquee speed-up, p50 (cast / filmography / path) |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    bad = 0
    for e in ENGINES:
        r = results.get(e)
        if not r:
            continue
        if e == "marquee":
            load, rss, disk = build["load_seconds"], build["peak_rss_bytes"], build["index_bytes"]
            agree, ratio = "reference", "1×"
            name = f"Marquee {r.get('version', '')} (C++, in process)"
        else:
            load, rss, disk = r["load_seconds"], r["peak_rss_bytes"], r.get("db_bytes", 0)
            agree, ratio = agreement(r, kinds), speedup(r, m, kinds, budget)
            name = r["engine"]
            bad += sum(r[k]["disagree"] for k in kinds if r.get(k))
        path = "pending" if r.get("path_pending") else latency(r.get("path"), budget)
        print(f"| {name} | {load:.1f} s | {size(rss)} | {size(disk)} | {latency(r['cast'], budget)} "
              f"| {latency(r['filmography'], budget)} | {path} | {agree} | {ratio} |")
    skipped = os.path.join(d, "skipped.txt")
    if os.path.exists(skipped):
        for line in open(skipped):
            print(f"\nSkipped: {line.strip()}")
    q = m["cast"]["agree"], m["filmography"]["agree"], m["path"]["n"]
    print(f"\n{q[0]} cast and {q[1]} filmography questions (timed {m['cast']['n'] // max(q[0], 1)}× each), "
          f"{q[2]} paths (budget {budget:g} s each, chains up to {results.get('sqlite-c', {}).get('max_depth', 6)} "
          f"titles). Marquee's load time is its index build; its query-time RSS was "
          f"{size(m['query_rss_bytes'])}. SQLite (C API) RSS is SQLite's own heap high-water mark.")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
