"""Questions on the Wikipedia films: casts, facts, ambiguous titles, and names
resolved exactly, by a guess that says so, or not at all.

Each question yields (key, text, compute); compute() asks Marquee and returns
(expected, got), both built from the same fields so a difference prints clearly.
The expected side comes from sources.Wikipedia only.
"""
from names import closest, fold, is_name, near
from sources import require

KEVIN_BACON = "Kevin Bacon"


def slug(text):
    return "-".join(fold(text).split())


def clean_cast(wiki, i):
    """Every cast string a name by any reasonable rule, and none listed twice."""
    cast = wiki.films[i].cast
    return len(set(cast)) == len(cast) and all(is_name(n, "strict") for n in cast)


def cast_picks(wiki):
    """One film per era with a clean cast of 5-12 names and a title no other film has."""
    picks = []
    for decade in (1930, 1970, 2010):
        candidates = sorted((f.title, i) for i, f in enumerate(wiki.films)
                            if decade <= f.year < decade + 10 and 5 <= len(f.cast) <= 12
                            and wiki.unique_title(i) and clean_cast(wiki, i))
        require(candidates, f"no film of the {decade}s has a clean cast")
        picks.append(candidates[len(candidates) // 2][1])
    return picks


def cast_question(wiki, ask, key, i, *query):
    film = wiki.films[i]

    def compute():
        a = ask("cast", *query)
        got = {"exit": a.exit, "title": (a.field("title", "title"), a.field("title", "year")),
               "cast": [c["person"]["name"] for c in a.field("cast") or []]}
        return {"exit": 0, "title": (film.title, film.year), "cast": list(film.cast)}, got
    return key, f"Who is in the cast of {wiki.label(i)}, in billing order? (asked as {query})", compute


def lookup_questions(wiki, ask):
    picks = cast_picks(wiki)
    for n, i in enumerate(picks):
        yield cast_question(wiki, ask, f"w-cast-{n + 1}", i, wiki.films[i].title)
    yield facts_question(wiki, ask, picks[-1])

    # Titles two films share (different years): ambiguous, both offered.
    pairs = sorted(k for k, v in wiki.films_by_fold.items()
                   if len(v) == 2 and len({wiki.films[i].year for i in v}) == 2)
    require(len(pairs) >= 3, "fewer than 3 titles shared by two films")
    for n, folded in enumerate((pairs[0], pairs[len(pairs) // 2], pairs[-1])):
        films = wiki.films_by_fold[folded]
        yield ambiguous_question(wiki, ask, f"w-ambiguous-{n + 1}", films)
    same_year = sorted(k for k, v in wiki.films_by_fold.items()
                       if len(v) >= 2 and len({wiki.films[i].year for i in v}) == 1)
    require(same_year, "no title shared by two films of the same year")
    yield ambiguous_question(wiki, ask, "w-ambiguous-same-year", wiki.films_by_fold[same_year[0]])

    # ...and told apart by year, both ways the README offers.
    later = [max(wiki.films_by_fold[k], key=lambda i: wiki.films[i].year) for k in pairs]
    later = [i for i in later if clean_cast(wiki, i) and len(wiki.films[i].cast) >= 2]
    require(later, "no shared title whose later film has a clean cast")
    film = wiki.films[later[0]]
    yield cast_question(wiki, ask, "w-cast-title-year", later[0], f"{film.title} ({film.year})")
    yield cast_question(wiki, ask, "w-cast-year-option", later[0], film.title,
                        "--year", str(film.year))


def facts_question(wiki, ask, i):
    film = wiki.films[i]

    def compute():
        a = ask("title", film.title)
        got = {"exit": a.exit, "year": a.field("year"), "genres": a.field("genres"),
               "plot": a.field("plot"), "match": a.match()}
        return {"exit": 0, "year": film.year, "genres": film.genres, "plot": film.extract,
                "match": "exact"}, got
    return "w-title-facts", f"When was {film.title} released, what genres, what plot?", compute


def ambiguous_question(wiki, ask, key, films):
    title = wiki.films[films[0]].title

    def compute():
        a = ask("cast", title)
        got = {"exit": a.exit, "error": a.field("error"),
               "candidates": sorted((c.get("name"), c.get("year"))
                                    for c in a.field("candidates") or [])}
        return {"exit": 3, "error": "ambiguous",
                "candidates": sorted((wiki.films[i].title, wiki.films[i].year) for i in films)}, got
    years = ", ".join(str(wiki.films[i].year) for i in films)
    return key, f"Cast of '{title}'? ({len(films)} films: {years}; must ask which)", compute


def person_question(wiki, ask, key, query, name, match, check=lambda: None):
    def compute():
        check()
        require(wiki.unique_person(name), f"{name} is not the only person folding to that name")
        a = ask("person", query)
        got = {"exit": a.exit, "name": a.field("name"), "match": a.match(),
               "credit_count": a.field("credit_count")}
        return {"exit": 0, "name": name, "match": match,
                "credit_count": len(wiki.films_of[name])}, got
    return key, f"Who is '{query}'? ({match} match: {name})", compute


FUZZY = [("Scarlett Johanson", "Scarlett Johansson"), ("Meryl Strep", "Meryl Streep"),
         ("Cate Blanchet", "Cate Blanchett"), ("Mat Damon", "Matt Damon"),
         ("Gwenyth Paltrow", "Gwyneth Paltrow")]
NOBODY = [("person", "Catherine Hardwicke"), ("person", "Bong Joon-ho"),
          ("title", "Toni Collette")]


def resolution_questions(wiki, ask):
    yield person_question(wiki, ask, "w-exact-case", "kevin bacon", KEVIN_BACON, "exact")
    accented = [p for p in wiki.films_of if not p.isascii() and is_name(p, "strict")
                and wiki.unique_person(p)]
    require(accented, "no person with an accented name")
    star = min(accented, key=lambda p: (-len(wiki.films_of[p]), p))
    yield person_question(wiki, ask, "w-exact-accents", fold(star).upper(), star, "exact")

    def exact_text():
        require(wiki.unique_person("Toni Collette"), "Toni Collette is not one person")
        a = ask("person", "Toni Collette", text=True)
        return ({"exit": 0, "names her": True, "stderr": ""},
                {"exit": a.exit, "names her": "Toni Collette" in a.out, "stderr": a.err})
    yield "w-exact-text-quiet", "Text: an exact name answers without a note on stderr", exact_text

    for query, name in FUZZY:
        def checked(query=query, name=name):
            require(fold(query) not in wiki.people_by_fold, f"'{query}' is a real person")
            require(closest(query, wiki.people_by_fold) == fold(name),
                    f"{name} is not the one nearest '{query}'")
        yield person_question(wiki, ask, f"w-fuzzy-{slug(query)}", query, name, "fuzzy", checked)

    def fuzzy_text():
        a = ask("person", "Scarlett Johanson", text=True)
        return ({"exit": 0, "answers her": True, "note names query and guess": True},
                {"exit": a.exit, "answers her": "Scarlett Johansson" in a.out,
                 "note names query and guess": "Scarlett Johanson" in a.err
                 and "Scarlett Johansson" in a.err})
    yield "w-fuzzy-text-note", "Text: a guess says so on stderr", fuzzy_text

    for command, query in NOBODY:
        def not_found(command=command, query=query):
            folded = wiki.people_by_fold if command == "person" else wiki.films_by_fold
            require(not near(query, folded), f"'{query}' is near a {command}'s name")
            a = ask(command, query)
            return {"exit": 1, "error": "not_found"}, {"exit": a.exit, "error": a.field("error")}
        yield (f"w-nobody-{slug(query)}",
               f"{command} '{query}': no such {command}, so not found (never a lookalike)",
               not_found)

    def not_found_text():
        a = ask("person", "Catherine Hardwicke", text=True)
        return ({"exit": 1, "stdout": "", "stderr names query": True},
                {"exit": a.exit, "stdout": a.out, "stderr names query": "Catherine Hardwicke" in a.err})
    yield "w-nobody-text", "Text: not found is said on stderr, nothing on stdout", not_found_text

    def search():
        require(closest("meryl strep", wiki.people_by_fold) == "meryl streep", "nearest changed")
        a = ask("search", "meryl strep", "--type", "person")
        return {"exit": 0, "top": "Meryl Streep"}, {"exit": a.exit, "top": a.field("results", 0, "name")}
    yield "w-search-typo", "Search 'meryl strep' (people): Meryl Streep first", search


def questions(wiki, ask):
    yield from lookup_questions(wiki, ask)
    yield from resolution_questions(wiki, ask)
