"""Questions on the IMDb sample: casts with characters by `ordering`, ids, facts,
filmographies and an ambiguous title, against the TSV files read by sources.Imdb."""
import collections

from sources import imdb_int, in_years, require


def cast_of(imdb, tconst):
    return [(imdb.names[r["nconst"]]["primaryName"], r["characters"]) for r in imdb.cast(tconst)]


def cast_picks(imdb):
    """Three movies, spread over the sample, with a unique title and 4+ cast members
    who all have characters."""
    candidates = sorted(t for t in imdb.titles if imdb.unique_title(t) and len(imdb.cast(t)) >= 4
                        and all(r["characters"] for r in imdb.cast(t)))
    require(len(candidates) >= 3, "fewer than 3 movies with a cast of 4 with characters")
    return [candidates[0], candidates[len(candidates) // 2], candidates[-1]]


def cast_question(imdb, ask, key, tconst, query, match):
    title = imdb.titles[tconst]

    def compute():
        a = ask("cast", query)
        got = {"exit": a.exit, "id": a.field("title", "id"), "match": a.match(),
               "cast": [(c["person"]["name"], c["characters"]) for c in a.field("cast") or []]}
        return {"exit": 0, "id": tconst, "match": match, "cast": cast_of(imdb, tconst)}, got
    return (key, f"Who plays whom in {title['primaryTitle']} ({imdb.year(tconst)}), "
            f"in billing order? (asked as '{query}')", compute)


def by_year(credit):
    """Sort key for (year, ...) tuples whose year may be unknown (None): unknown last."""
    return (credit[0] is None, credit[0] or 0) + tuple(credit[1:])


def credits(imdb, nconst, categories=None, years=(None, None)):
    return sorted(((imdb.year(r["tconst"]), imdb.titles[r["tconst"]]["primaryTitle"],
                    r["category"])
                  for r in imdb.credits_of[nconst]
                  if (categories is None or r["category"] in categories)
                  and in_years(imdb.year(r["tconst"]), years)), key=by_year)


def filmography_question(imdb, ask, key, nconst, categories=None, years=(None, None), options=()):
    name = imdb.names[nconst]["primaryName"]

    def compute():
        require(imdb.unique_name(nconst), f"{name} is not the only person of that name")
        expected = credits(imdb, nconst, categories, years)
        require(expected, f"{name} has no such credit")
        a = ask("filmography", name, *options)
        got = sorted(((e["title"]["year"], e["title"]["title"], e["category"])
                      for e in a.field("credits") or []), key=by_year)
        return {"exit": 0, "credits": expected}, {"exit": a.exit, "credits": got}
    return key, f"What has {name} done? {' '.join(options)}".rstrip(), compute


def questions(imdb, ask):
    for n, tconst in enumerate(cast_picks(imdb)):
        yield cast_question(imdb, ask, f"i-cast-{n + 1}", tconst,
                            imdb.titles[tconst]["primaryTitle"], "exact")
    tconst = cast_picks(imdb)[1]
    yield cast_question(imdb, ask, "i-cast-by-id", tconst, tconst, "id")
    title = imdb.titles[tconst]

    def facts():
        a = ask("title", tconst)
        return ({"exit": 0, "title": title["primaryTitle"], "year": imdb.year(tconst),
                 "runtime_minutes": imdb_int(title["runtimeMinutes"]),
                 "genres": [] if title["genres"] == "\\N" else title["genres"].split(",")},
                {"exit": a.exit, "title": a.field("title"), "year": a.field("year"),
                 "runtime_minutes": a.field("runtime_minutes"), "genres": a.field("genres")})
    yield "i-title-facts", f"How long is {tconst}, which year, what genres?", facts

    # The person with the most credits of several kinds, then the busiest actor.
    many_kinds = max(imdb.credits_of, key=lambda n: (
        len({r["category"] for r in imdb.credits_of[n]}), len(imdb.credits_of[n]), n))
    kinds = collections.Counter(r["category"] for r in imdb.credits_of[many_kinds])
    busiest_actor = max(imdb.credits_of, key=lambda n: (
        sum(r["category"] in ("actor", "actress") for r in imdb.credits_of[n]), n))
    person = imdb.names[busiest_actor]

    def by_id():
        a = ask("person", busiest_actor)
        return ({"exit": 0, "name": person["primaryName"], "match": "id",
                 "birth_year": imdb_int(person["birthYear"]),
                 "death_year": imdb_int(person["deathYear"])},
                {"exit": a.exit, "name": a.field("name"), "match": a.match(),
                 "birth_year": a.field("birth_year"), "death_year": a.field("death_year")})
    yield "i-person-by-id", f"Who is {busiest_actor}?", by_id
    yield filmography_question(imdb, ask, "i-filmography-all", many_kinds)
    rarest = min(kinds, key=lambda c: (kinds[c], c))
    yield filmography_question(imdb, ask, "i-filmography-category", many_kinds, {rarest},
                               options=("--category", rarest))
    years = sorted(y for y, _, _ in credits(imdb, busiest_actor) if y is not None)
    require(years, "the busiest actor has no dated credit")
    middle = years[len(years) // 2]
    yield filmography_question(imdb, ask, "i-filmography-years", busiest_actor,
                               years=(middle, None), options=("--years", f"{middle}-"))

    # Two movies whose titles fold alike (case, accents), of different years.
    alike = sorted(k for k, ts in imdb.titles_by_fold.items()
                   if len(ts) == 2 and len({imdb.year(t) for t in ts}) == 2)
    require(alike, "no two movies whose titles fold alike")
    films = imdb.titles_by_fold[alike[0]]

    def ambiguous():
        a = ask("cast", imdb.titles[films[0]]["primaryTitle"])
        return ({"exit": 3, "error": "ambiguous", "candidates": sorted(films)},
                {"exit": a.exit, "error": a.field("error"),
                 "candidates": sorted(c.get("id") for c in a.field("candidates") or [])})
    yield "i-ambiguous", f"Cast of '{imdb.titles[films[0]]['primaryTitle']}'? (two films)", ambiguous
