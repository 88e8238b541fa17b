#!/usr/bin/env python3
"""Regenerates eval/search_truth.tsv: search queries with the results they
must find, derived (fixed seed) from the real data sets in tests/data — typos,
missing accents, partial titles typed as you go, original/alternate titles,
remakes told apart by year, people sharing a name — plus hand-written cases
for the demo set. Only queries and expected keys are written, never rows of
the data.

    python3 eval/make_truth.py [DATA_DIR] > eval/search_truth.tsv

DATA_DIR holds imdb-sample/*.tsv.gz and wikipedia-movies/*.json.gz; it is
the repository's tests/data by default.
"""
import collections, csv, glob, gzip, json, os, random, sys, unicodedata

DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "tests", "data")
rng = random.Random(20261126)


def fold(s):
    s = unicodedata.normalize("NFKD", s).casefold()
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("'", "").replace("\u2019", "")
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


def tsv(name):
    with gzip.open(os.path.join(DATA, "imdb-sample", name + ".gz"), "rt", encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]


def typo(word, vocab):
    """One edit (drop, swap, change, add, double) giving a word not in vocab."""
    for _ in range(50):
        w = list(word)
        i = rng.randrange(1, len(w) - 1)
        op = rng.choice(["drop", "swap", "change", "add", "double"])
        if op == "drop":
            del w[i]
        elif op == "swap":
            w[i], w[i + 1] = w[i + 1], w[i]
        elif op == "change":
            w[i] = rng.choice("aeioustnrl")
        elif op == "add":
            w.insert(i, rng.choice("aeioustnrl"))
        else:
            w.insert(i, w[i])
        t = "".join(w)
        if t != word and t not in vocab:
            return t
    return None


def typo_query(name, vocab):
    words = fold(name).split()
    long = [i for i, w in enumerate(words) if len(w) >= 5 and w.isascii() and w.isalpha()]
    if not long:
        return None
    i = rng.choice(long)
    t = typo(words[i], vocab)
    if not t:
        return None
    words[i] = t
    return " ".join(words)


def two_typos(name, vocab):
    words = fold(name).split()
    long = [i for i, w in enumerate(words) if len(w) >= 5 and w.isascii() and w.isalpha()]
    if len(long) < 2:
        return None
    for i in rng.sample(long, 2):
        t = typo(words[i], vocab)
        if not t:
            return None
        words[i] = t
    return " ".join(words)


def missing_word(name, titles_words, target):
    words = fold(name).split()
    content = [i for i, w in enumerate(words) if len(w) >= 4]
    if len(words) < 4 or len(content) < 3:
        return None
    del words[rng.choice(content[1:])]
    hits = [i for i, tw in enumerate(titles_words) if all(w in tw for w in words)]
    return " ".join(words) if hits == [target] else None


def partial_query(name, titles_words, target):
    words = fold(name).split()
    if len(words) < 3:
        return None
    k = rng.randrange(1, len(words) - 1)
    last = words[k]
    if len(last) < 3:
        return None
    q = words[:k] + [last[: rng.randrange(3, len(last) + 1)]]
    hits = [i for i, tw in enumerate(titles_words)
            if all(w in tw for w in q[:-1]) and any(x.startswith(q[-1]) for x in tw)]
    return " ".join(q) if hits == [target] else None


rows = []  # (dataset, kind, category, query, expected)


def add(ds, kind, cat, query, expected):
    if query and "\t" not in query and query not in {r[3] for r in rows}:
        rows.append((ds, kind, cat, query, expected))


# --- imdb-sample: titles and people, expected ids ---------------------------
basics = [r for r in tsv("title.basics.tsv")]
names = tsv("name.basics.tsv")
principals = tsv("title.principals.tsv")
credits = collections.Counter(r[2] for r in principals)
vocab = set()
for r in basics:
    vocab.update(fold(r[2]).split() + fold(r[3]).split())
for r in names:
    vocab.update(fold(r[1]).split())
folded_count = collections.Counter(fold(r[2]) for r in basics)
for r in basics:
    if fold(r[3]) != fold(r[2]):
        folded_count[fold(r[3])] += 1
titles_words = [set(fold(r[2]).split()) for r in basics]


def with_year(q, r):
    return q if r[5] == "\\N" else f"{q} {r[5]}"


order = list(range(len(basics)))
rng.shuffle(order)
n = collections.Counter()
for i in order:
    r = basics[i]
    tid, primary, original, year = r[0], r[2], r[3], r[5]
    unique = folded_count[fold(primary)] == 1
    if n["typo"] < 30 and len(fold(primary)) >= 5:
        q = typo_query(primary, vocab)
        if q and (unique or year != "\\N"):
            add("imdb", "title", "typo", q if unique else with_year(q, r), tid); n["typo"] += 1; continue
    if n["original"] < 30 and fold(original) != fold(primary) and folded_count[fold(original)] == 1:
        q = original if rng.random() < 0.5 else fold(original)
        add("imdb", "title", "alternate title", q, tid); n["original"] += 1; continue
    if n["partial"] < 20:
        q = partial_query(primary, titles_words, i)
        if q:
            add("imdb", "title", "partial", q, tid); n["partial"] += 1; continue
    if n["year"] < 10 and not unique and year != "\\N":
        dup = [b for b in basics if fold(b[2]) == fold(primary) and b[5] == year]
        if len(dup) == 1:
            add("imdb", "title", "same title, year", with_year(fold(primary), r), tid); n["year"] += 1; continue

same_name = collections.defaultdict(list)
for r in names:
    same_name[fold(r[1])].append(r)
order = list(range(len(names)))
rng.shuffle(order)
for i in order:
    r = names[i]
    nid, name = r[0], r[1]
    group = same_name[fold(name)]
    if len(group) > 1:
        continue
    if n["ptypo"] < 30:
        q = typo_query(name, vocab)
        if q:
            add("imdb", "person", "typo", q, nid); n["ptypo"] += 1; continue
    if n["p2typo"] < 12:
        q = two_typos(name, vocab)
        if q:
            add("imdb", "person", "two typos", q, nid); n["p2typo"] += 1; continue
    if n["accent"] < 12 and fold(name) != name.lower() and not name.isascii():
        add("imdb", "person", "no accents", fold(name), nid); n["accent"] += 1; continue
    w = fold(name).split()
    if n["pprefix"] < 12 and len(w) == 2 and len(w[1]) >= 5:
        q = f"{w[0]} {w[1][:3]}"
        if sum(1 for x in names if fold(x[1]).split()[:1] == [w[0]] and any(y.startswith(w[1][:3]) for y in fold(x[1]).split()[1:])) == 1:
            add("imdb", "person", "partial", q, nid); n["pprefix"] += 1; continue
# People sharing a name: the one with the most credits here is expected first.
for key, group in sorted(same_name.items()):
    if len(group) < 2 or n["same"] >= 12:
        continue
    ranked = sorted(group, key=lambda x: -credits[x[0]])
    if credits[ranked[0][0]] > credits[ranked[1][0]]:
        add("imdb", "person", "same name", ranked[0][1], ranked[0][0]); n["same"] += 1

# --- wikipedia-movies: titles (title|year) and cast names ----------------------
films = []
for f in sorted(glob.glob(os.path.join(DATA, "wikipedia-movies", "*.json.gz"))):
    with gzip.open(f, "rt", encoding="utf-8") as fh:
        films += [x for x in json.load(fh) if isinstance(x.get("title"), str)]
wvocab = set()
for f in films:
    wvocab.update(fold(f["title"]).split())
    wvocab.update(w for c in f.get("cast", []) if isinstance(c, str) for w in fold(c).split())
wcount = collections.Counter(fold(f["title"]) for f in films)
key_count = collections.Counter((fold(f["title"]), f.get("year")) for f in films)
wt_words = [set(fold(f["title"]).split()) for f in films]
cast_count = collections.Counter(c for f in films for c in f.get("cast", []) if isinstance(c, str))
order = list(range(len(films)))
rng.shuffle(order)
for i in order:
    f = films[i]
    t, y = f["title"], f.get("year")
    if y is None or key_count[(fold(t), y)] != 1 or len(f.get("cast", [])) < 3:
        continue
    exp = f"{t}|{y}"
    unique = wcount[fold(t)] == 1
    if n["wtypo"] < 40 and len(fold(t)) >= 6:
        q = typo_query(t, wvocab)
        if q:
            add("wiki", "title", "typo", q if unique else f"{q} {y}", exp); n["wtypo"] += 1; continue
    if n["w2typo"] < 20 and unique:
        q = two_typos(t, wvocab)
        if q:
            add("wiki", "title", "two typos", q, exp); n["w2typo"] += 1; continue
    if n["wmissing"] < 15 and unique:
        q = missing_word(t, wt_words, i)
        if q:
            add("wiki", "title", "word left out", q, exp); n["wmissing"] += 1; continue
    if n["wpartial"] < 20:
        q = partial_query(t, wt_words, i)
        if q:
            add("wiki", "title", "partial", q, exp); n["wpartial"] += 1; continue
    if n["wyear"] < 20 and not unique:
        add("wiki", "title", "same title, year", f"{fold(t)} {y}", exp); n["wyear"] += 1; continue
    if n["wjoin"] < 10 and "-" in t and unique:
        q = fold(t.replace("-", ""))
        if q != fold(t):
            add("wiki", "title", "hyphen joined", q, exp); n["wjoin"] += 1; continue
wsame = collections.defaultdict(set)
for c in cast_count:
    wsame[fold(c)].add(c)
for name, count in cast_count.most_common(400):
    if n["wperson"] >= 25 or len(wsame[fold(name)]) > 1:
        continue
    if rng.random() < 0.5:
        continue
    q = typo_query(name, wvocab)
    if q:
        add("wiki", "person", "typo", q, name); n["wperson"] += 1

# --- hand-written: the examples and the demo set -----------------------
HAND = [
    ("demo", "person", "issue example", "toni colete", "Toni Collette"),
    ("demo", "title", "issue example", "miss you alredy", "Miss You Already|2015"),
    ("demo", "title", "issue example", "amelie", "Amélie|2001"),
    ("wiki", "person", "issue example", "Beyonce", "Beyoncé"),
    ("wiki", "title", "issue example", "spiderman 2", "Spider-Man 2|2004"),
    ("wiki", "title", "issue example", "the outsider 1961", "The Outsider|1961"),
    ("demo", "title", "alternate title", "le fabuleux destin d'amelie poulain", "Amélie|2001"),
    ("demo", "title", "alternate title", "el laberinto del fauno", "Pan's Labyrinth|2006"),
    ("demo", "title", "alternate title", "la nuit americaine", "Day for Night|1973"),
    ("demo", "title", "non-Latin script", "臥虎藏龍", "Crouching Tiger, Hidden Dragon|2000"),
    ("demo", "title", "non-Latin script", "藏龍", "Crouching Tiger, Hidden Dragon|2000"),
    ("demo", "title", "alternate title", "intouchables", "The Intouchables|2011"),
    ("demo", "title", "alternate title", "nuovo cinema paradiso", "Cinema Paradiso|1988"),
    ("demo", "title", "no accents", "leon the professional", "Léon: The Professional|1994"),
    ("demo", "title", "punctuation", "crazy stupid love", "Crazy, Stupid, Love.|2011"),
    ("demo", "title", "punctuation", "frost nixon", "Frost/Nixon|2008"),
    ("demo", "title", "typo", "little mis sunshine", "Little Miss Sunshine|2006"),
    ("demo", "title", "typo", "the sixht sense", "The Sixth Sense|1999"),
    ("demo", "title", "partial", "x men fir", "X-Men: First Class|2011"),
    ("demo", "title", "partial", "captain america the fi", "Captain America: The First Avenger|2011"),
    ("demo", "title", "typo", "nightmare aley", "Nightmare Alley|2021"),
    ("demo", "person", "typo", "kevin bacn", "Kevin Bacon"),
    ("demo", "person", "typo", "drew barrymoore", "Drew Barrymore"),
    ("demo", "person", "typo", "paddy considene", "Paddy Considine"),
    ("demo", "person", "similar names", "kiefer sutherland", "Kiefer Sutherland"),
    ("demo", "person", "similar names", "donald sutherlnd", "Donald Sutherland"),
    ("demo", "person", "similar names", "casey afleck", "Casey Affleck"),
    ("demo", "person", "similar names", "amanda plumer", "Amanda Plummer"),
    ("demo", "person", "similar names", "gabriel byrne", "Gabriel Byrne"),
    ("demo", "person", "similar names", "ron howard", "Ron Howard"),
    ("demo", "person", "partial", "dominic coo", "Dominic Cooper"),
]
for h in HAND:
    add(*h)

print("# Search truth set: dataset, kind (title/person: the search is limited to it),")
print("# category, query, expected result (imdb: id; wiki/demo: Title|Year or a name).")
print("# Generated by eval/make_truth.py from tests/data (seed 20261126), plus hand-written cases.")
print("dataset\tkind\tcategory\tquery\texpected")
for r in rows:
    print("\t".join(str(x) for x in r))
