"""Questions on filters and errors (Wikipedia films): a filmography in every --years
form, filters that leave nothing (exit 1), and values no parser may accept (exit 2)."""
import collections

from questions_wikipedia import KEVIN_BACON
from sources import in_years, require

# Every --years form the contract accepts, and the range each one means.
YEARS_FORMS = [("1990s", (1990, 1999)), ("1990-1999", (1990, 1999)), ("2000-", (2000, None)),
               ("-1985", (None, 1985))]


def source_films(wiki, person, years):
    return sorted((wiki.films[i].year, wiki.films[i].title)
                  for i in wiki.films_of[person] if in_years(wiki.films[i].year, years))


def filmography(ask, person, *options):
    """(exit, sorted films, whether listed by year) of a filmography answer."""
    a = ask("filmography", person, *options)
    films = a.titles("credits")
    years = [y for y, _ in films if y is not None]
    return a.exit, sorted(films), years == sorted(years)


def filmography_questions(wiki, ask):
    require(wiki.unique_person(KEVIN_BACON), "Kevin Bacon is not one person")
    busiest = collections.Counter(wiki.films[i].year for i in wiki.films_of[KEVIN_BACON])
    forms = YEARS_FORMS + [(str(y), (y, y)) for y, _ in busiest.most_common(1)]
    for form, years in forms:
        def compute(form=form, years=years):
            films = source_films(wiki, KEVIN_BACON, years)
            require(films, f"Kevin Bacon has no film in {form}")
            exit_code, got, ordered = filmography(ask, KEVIN_BACON, "--years", form)
            return ({"exit": 0, "films": films, "by year": True},
                    {"exit": exit_code, "films": got, "by year": ordered})
        yield f"w-years-{form}", f"Kevin Bacon's films, --years {form}", compute

    def both_ways():
        films = source_films(wiki, KEVIN_BACON, (1990, 1999))
        return (films, films), (filmography(ask, KEVIN_BACON, "--years", "1990s")[1],
                                filmography(ask, KEVIN_BACON, "--years", "1990-1999")[1])
    yield "w-years-same-both-ways", "Kevin Bacon in the 1990s: '1990s' and '1990-1999' agree", both_ways

    def empty_years():
        require(not source_films(wiki, KEVIN_BACON, (1900, 1950)), "Kevin Bacon made a film by 1950")
        exit_code, got, _ = filmography(ask, KEVIN_BACON, "--years", "1900-1950")
        return {"exit": 1, "films": []}, {"exit": exit_code, "films": got}
    yield "w-empty-years", "Kevin Bacon's films of 1900-1950: none, so exit 1", empty_years

    def empty_category():
        require(not wiki.has_crew, "the movies JSON now has crew credits")
        exit_code, got, _ = filmography(ask, KEVIN_BACON, "--category", "director")
        return {"exit": 1, "films": []}, {"exit": exit_code, "films": got}
    yield "w-empty-category", "Films Kevin Bacon directed (the data has cast only): exit 1", empty_category


BAD_OPTIONS = [("filmography", KEVIN_BACON, "--years", "199x"),
               ("filmography", KEVIN_BACON, "--category", "directr"),
               ("filmography", KEVIN_BACON, "--type", "moive"),
               ("filmography", KEVIN_BACON, "--years", "1999-1990s"),
               ("costars", KEVIN_BACON, "--years", "199x"),
               ("path", KEVIN_BACON, "Toni Collette", "--category", "actr")]


def usage_questions(ask):
    for args in BAD_OPTIONS:
        def compute(args=args):
            a = ask(*args)
            return {"exit": 2, "error": "invalid"}, {"exit": a.exit, "error": a.field("error")}
        yield (f"w-usage-{args[0]}-{args[-2].lstrip('-')}-{args[-1]}",
               f"{' '.join(args)} --json: a usage error as a JSON object, exit 2", compute)

    def usage_text():
        a = ask("filmography", KEVIN_BACON, "--years", "199x", text=True)
        return ({"exit": 2, "stdout": "", "stderr names the value": True},
                {"exit": a.exit, "stdout": a.out, "stderr names the value": "199x" in a.err})
    yield "w-usage-text", "Text: a usage error is said on stderr, nothing on stdout", usage_text

    def missing_index():
        a = ask("person", KEVIN_BACON, index="/nonexistent/marquee.idx")
        return ({"exit": 2, "JSON error object": True},
                {"exit": a.exit, "JSON error object": isinstance(a.doc, dict) and "error" in a.doc})
    yield "w-missing-index", "--json with a missing index: a JSON error, exit 2", missing_index


def questions(wiki, ask):
    yield from filmography_questions(wiki, ask)
    yield from usage_questions(ask)
