#!/usr/bin/env python3
"""Checks that every #include in src/ respects the floors declared in
CMakeLists.txt (marquee_floor): a folder may include its own headers, the
public headers (include/marquee/) and the folders of the floors it uses,
directly or through them. Run by the build (target `floors`), so a
forbidden include fails the build like a compile error.

usage: check_floors.py FLOORS_FILE SRC_DIR
FLOORS_FILE lines: NAME|FOLDER FOLDER ...|USED_FLOOR USED_FLOOR ...
"""
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def main():
    floors_file, src = sys.argv[1], sys.argv[2]
    folders, uses = {}, {}
    for line in open(floors_file, encoding="utf-8"):
        name, dirs, used = line.rstrip("\n").split("|")
        folders[name] = dirs.split()
        uses[name] = used.split()
    floor_of = {d: name for name, dirs in folders.items() for d in dirs}

    def reach(name, seen=None):
        seen = seen if seen is not None else set()
        for u in uses[name]:
            if u not in seen:
                seen.add(u)
                reach(u, seen)
        return seen

    allowed = {name: {d for u in reach(name) | {name} for d in folders[u]} for name in folders}
    errors = []
    for folder in sorted(os.listdir(src)):
        path = os.path.join(src, folder)
        if not os.path.isdir(path):
            continue
        if folder not in floor_of:
            errors.append(f"src/{folder}/: a folder on no floor; declare it with marquee_floor() in CMakeLists.txt")
            continue
        name = floor_of[folder]
        for root, _, files in os.walk(path):
            for f in sorted(files):
                if not f.endswith((".h", ".cc")) or f.endswith("_test.cc") or f.endswith("_test_index.h"):
                    continue
                file = os.path.join(root, f)
                for n, line in enumerate(open(file, encoding="utf-8"), 1):
                    m = INCLUDE.match(line)
                    if not m or "/" not in m.group(1):
                        continue
                    target = m.group(1).split("/")[0]
                    if target == "marquee" or target in allowed[name]:
                        continue
                    rel = os.path.relpath(file, os.path.dirname(src))
                    errors.append(f"{rel}:{n}: floor '{name}' may not include \"{m.group(1)}\" "
                                  f"(floor '{floor_of.get(target, '?')}' is not below it)")
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        print(f"{len(errors)} include(s) break the floors (docs/architecture.md)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
