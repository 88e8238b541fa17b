"""The source files, read independently of Marquee: the answers the truth suite expects.

Everything here reads the Wikipedia movies JSON and the IMDb TSV files directly with
the Python standard library. Nothing calls Marquee or mirrors its code: where the
suite needs a rule (how people are linked here; how names fold and what is a name in
names.py) the rule is written from the documented contract, simply, and said in
README.md.
"""
import collections
import csv
import gzip
import json
import os
import sys
import unicodedata

from names import fold, is_name

WIKIPEDIA_DECADES = [f"{d}s" for d in range(1900, 2030, 10)]
IMDB_FILES = ["title.basics", "name.basics", "title.principals"]
# IMDb principal categories that are the cast (on screen); the rest are crew.
CAST_CATEGORIES = {"actor", "actress", "self", "archive_footage", "archive_sound"}


def source_paths(data_dir):
    """The files the suite reads; exits with a message naming every one that is missing."""
    wiki = [os.path.join(data_dir, "wikipedia-movies", f"movies-{d}.json.gz")
            for d in WIKIPEDIA_DECADES]
    imdb_dir = os.path.join(data_dir, "imdb-sample")
    imdb = [os.path.join(imdb_dir, f"{name}.tsv.gz") for name in IMDB_FILES]
    missing = [p for p in wiki + imdb if not os.path.isfile(p)]
    if missing:
        sys.exit("truth suite: missing source file(s):\n  " + "\n  ".join(missing) +
                 "\n(DATA_DIR must hold wikipedia-movies/movies-DECADE.json.gz and "
                 "imdb-sample/{title.basics,name.basics,title.principals}.tsv.gz)")
    return wiki, imdb_dir


class SourceCheck(Exception):
    """The source files no longer support a question as written (data changed)."""


def require(condition, message):
    if not condition:
        raise SourceCheck(message)


def in_years(year, years):
    """years is (first, last), either None for open; an unknown year is in no range
    but the fully open one."""
    first, last = years
    if first is None and last is None:
        return True
    return year is not None and (first is None or year >= first) and (last is None or year <= last)


Film = collections.namedtuple("Film", "title year cast genres extract")


class Wikipedia:
    """The films of the movies JSON; a person is a cast string (NFC), as documented."""

    def __init__(self, paths):
        self.films = []
        self.has_crew = False  # any directors, writers or crew: credits that are not cast
        for path in paths:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                for obj in json.load(fh):
                    self.has_crew |= any(k in obj for k in ("directors", "writers", "crew"))
                    cast = tuple(unicodedata.normalize("NFC", n) for n in obj.get("cast", []))
                    self.films.append(Film(obj["title"], obj.get("year"), cast,
                                           obj.get("genres", []), obj.get("extract")))
        self.films_of = collections.defaultdict(list)  # person -> film indices, once each
        for i, film in enumerate(self.films):
            for name in dict.fromkeys(film.cast):
                self.films_of[name].append(i)
        self.people_by_fold = collections.defaultdict(set)
        for name in self.films_of:
            self.people_by_fold[fold(name)].add(name)
        self.films_by_fold = collections.defaultdict(list)
        for i, film in enumerate(self.films):
            self.films_by_fold[fold(film.title)].append(i)
        self._adjacency = {}

    def unique_person(self, name):
        """True when no other person folds to the same name (so the name is not ambiguous)."""
        return self.people_by_fold.get(fold(name)) == {name}

    def unique_title(self, index):
        return len(self.films_by_fold[fold(self.films[index].title)]) == 1

    def label(self, index):
        return f"{self.films[index].title} ({self.films[index].year})"

    def films_with(self, *people, years=(None, None)):
        """The films listing every one of these people, as sorted (year, title) pairs."""
        common = set.intersection(*(set(self.films_of.get(p, [])) for p in people))
        return sorted((self.films[i].year, self.films[i].title) for i in common
                      if in_years(self.films[i].year, years))

    def costar_counts(self, person, years=(None, None)):
        """How many films person shares with each co-star (films within years)."""
        counts = collections.Counter()
        for i in self.films_of[person]:
            if not in_years(self.films[i].year, years):
                continue
            counts.update({n for n in self.films[i].cast if n != person})
        return counts

    def clean_films(self, person, rule="strict"):
        """True when every cast string of every film of person is a name under rule."""
        return all(is_name(n, rule) for i in self.films_of[person] for n in self.films[i].cast)

    def distances(self, source, rule):
        """Breadth-first search: people linked when they share a film, names per rule."""
        if rule not in self._adjacency:
            self._adjacency[rule] = [[n for n in dict.fromkeys(f.cast) if is_name(n, rule)]
                                     for f in self.films]
        cast_of = self._adjacency[rule]
        dist = {source: 0}
        frontier = [source]
        film_seen = [False] * len(self.films)
        depth = 0
        while frontier:
            depth += 1
            following = []
            for person in frontier:
                for i in self.films_of[person]:
                    if film_seen[i]:
                        continue
                    film_seen[i] = True
                    for other in cast_of[i]:
                        if other not in dist:
                            dist[other] = depth
                            following.append(other)
            frontier = following
        return dist


def _rows(path):
    with gzip.open(path, "rt", encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)


def _null(value):
    return None if value == "\\N" else value


def imdb_int(value):
    """An IMDb number field: an int, or None for \\N."""
    return None if _null(value) is None else int(value)


class Imdb:
    """The IMDb sample: titles, names and principals, principals kept only when both
    their title and their person are in the sample (a credit needs both ends)."""

    def __init__(self, directory):
        path = lambda name: os.path.join(directory, f"{name}.tsv.gz")
        self.titles = {r["tconst"]: r for r in _rows(path("title.basics"))}
        self.names = {r["nconst"]: r for r in _rows(path("name.basics"))}
        self.principals = collections.defaultdict(list)   # tconst -> rows by ordering
        self.credits_of = collections.defaultdict(list)   # nconst -> rows
        for r in _rows(path("title.principals")):
            if r["tconst"] in self.titles and r["nconst"] in self.names:
                r["characters"] = json.loads(r["characters"]) if _null(r["characters"]) else []
                self.principals[r["tconst"]].append(r)
                self.credits_of[r["nconst"]].append(r)
        for rows in self.principals.values():
            rows.sort(key=lambda r: int(r["ordering"]))
        self.titles_by_fold = collections.defaultdict(list)
        for t in self.titles.values():
            self.titles_by_fold[fold(t["primaryTitle"])].append(t["tconst"])
        self.people_by_fold = collections.defaultdict(list)
        for n in self.names.values():
            self.people_by_fold[fold(n["primaryName"])].append(n["nconst"])

    def year(self, tconst):
        return imdb_int(self.titles[tconst]["startYear"])

    def cast(self, tconst):
        return [r for r in self.principals[tconst] if r["category"] in CAST_CATEGORIES]

    def unique_name(self, nconst):
        return len(self.people_by_fold[fold(self.names[nconst]["primaryName"])]) == 1

    def unique_title(self, tconst):
        return len(self.titles_by_fold[fold(self.titles[tconst]["primaryTitle"])]) == 1
