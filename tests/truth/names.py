"""How the truth suite compares names, independently of Marquee: folding, edit
distance, which names are near a query, and which cast strings are names at all.
Each rule is written from the documented contract, simply; README.md states them."""
import functools
import unicodedata


@functools.lru_cache(maxsize=None)
def fold(text):
    """Case, accents and punctuation removed: how the contract says names compare."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c if c.isalnum() else " " for c in decomposed
                   if not unicodedata.combining(c))
    return " ".join(kept.casefold().split())


def edit_distance(a, b, limit):
    """Levenshtein distance of a and b, or limit + 1 once it exceeds limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def small_edits(word):
    """The edits a fuzzy match may make in a word: the suite's reading of "small"."""
    return 1 if len(word) <= 4 else 2


def near(query, folded_names):
    """{folded name: total edits} for the names whose words each lie within a small edit
    distance of the query's words, in order (the contract's test for a fuzzy match)."""
    want = fold(query).split()
    found = {}
    for name in folded_names:
        words = name.split()
        if len(words) != len(want):
            continue
        total = 0
        for q, w in zip(want, words):
            edits = edit_distance(q, w, small_edits(q))
            if edits > small_edits(q):
                break
            total += edits
        else:
            found[name] = total
    return found


def closest(query, folded_names):
    """The one folded name nearest the query, or None when there is none or a tie."""
    found = sorted(near(query, folded_names).items(), key=lambda kv: kv[1])
    if not found or (len(found) > 1 and found[0][1] == found[1][1]):
        return None
    return found[0][0]


# --- Which cast strings are names ----------------------------------------------------
# Scraped Wikipedia cast lists hold fragments ("and", "voices of", "(", "Best Actor").
# CORE drops what is plainly not a name; STRICT drops far more (any single word, any
# award or function word), so that a hygiene rule anywhere between the two cannot
# change an answer the suite keeps (removing people only lengthens distances).
CORE_WORDS = {"the", "and", "with", "of", "by", "cast", "sr", "jr", "unknown", "voice",
              "voices", "narrated", "narrator"}
STRICT_WORDS = CORE_WORDS | {"best", "nominee", "actor", "actress", "award", "uncredited",
                             "as", "in", "starring"}


@functools.lru_cache(maxsize=None)
def is_name(text, rule):
    """rule: "raw" keeps every string, "core" or "strict" as above."""
    if rule == "raw":
        return True
    words = fold(text).split()
    core_ok = (any(c.isalpha() for c in text) and not any(c in text for c in "()[]:")
               and text[:1].isupper() and not set(words) <= CORE_WORDS)
    if rule == "core" or not core_ok:
        return core_ok
    return (len(words) >= 2 and not set(words) & STRICT_WORDS
            and not any(c in text for c in '{};?"/'))
