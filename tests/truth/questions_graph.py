"""Questions on connections (Wikipedia films): co-stars, shared films, degrees of
separation and distances, against a breadth-first search over the cast lists.

Scraped cast lists hold strings that are not names ("Voices of", "and", "("); whether
Marquee links people through them is being changed. So every subject here is picked
so that its answer is the same with every cast string kept ("raw") and with the
suite's strict rule (sources.is_name) applied: then any rule in between agrees too.
"""
import random

from names import is_name
from questions_wikipedia import KEVIN_BACON
from sources import require

TONI_COLLETTE = "Toni Collette"
TOP = 5


def costars_question(wiki, ask, key, person, years_form=None, years=(None, None)):
    def compute():
        require(wiki.clean_films(person), f"{person}'s films hold cast strings that are not names")
        counts = wiki.costar_counts(person, years)
        options = ["--limit", str(TOP)] + (["--years", years_form] if years_form else [])
        a = ask("costars", person, *options)
        top, unshared = [], []
        for costar in a.field("costars") or []:
            name = costar["person"]["name"]
            top.append((name, costar["shared"]))
            shared = wiki.films_with(person, name, years=years)
            unshared += [(name, t["title"], t["year"]) for t in costar["titles"]
                         if (t["year"], t["title"]) not in shared]
        got = {"exit": a.exit, "collaborators": a.field("collaborators"),
               "top counts": [s for _, s in top], "top": top, "titles not shared": unshared}
        return {"exit": 0, "collaborators": len(counts),
                "top counts": sorted(counts.values(), reverse=True)[:TOP],
                "top": [(name, counts[name]) for name, _ in top], "titles not shared": []}, got
    during = f" in {years_form}" if years_form else ""
    return key, f"Who has {person} worked with most{during}? (top {TOP}, counts)", compute


def busiest_clean_person(wiki):
    people = [p for p in wiki.films_of if p != TONI_COLLETTE and is_name(p, "strict")
              and wiki.unique_person(p) and wiki.clean_films(p)]
    return max(people, key=lambda p: (len(wiki.films_of[p]), p))


def shared_question(wiki, ask, key, people, exit_code=0):
    def compute():
        for p in people:
            require(wiki.unique_person(p), f"{p} is not one person")
        films = wiki.films_with(*people)
        require(bool(films) == (exit_code == 0), f"{people} share {len(films)} films")
        a = ask("shared", *people)
        got_films = a.titles("titles")
        years = [y for y, _ in got_films]
        return ({"exit": exit_code, "films": films, "by year": True},
                {"exit": a.exit, "films": sorted(got_films), "by year": years == sorted(years)})
    return key, f"Which films have {' and '.join(people)} all been in?", compute


def contact_questions(wiki, ask):
    yield costars_question(wiki, ask, "w-costars-collette", TONI_COLLETTE)
    yield costars_question(wiki, ask, "w-costars-collette-1990s", TONI_COLLETTE, "1990s",
                           (1990, 1999))
    busiest = busiest_clean_person(wiki)
    yield costars_question(wiki, ask, "w-costars-busiest", busiest)

    partner = max(wiki.costar_counts(TONI_COLLETTE).items(), key=lambda kv: (kv[1], kv[0]))[0]
    yield shared_question(wiki, ask, "w-shared-collette", (TONI_COLLETTE, partner))
    yield shared_question(wiki, ask, "w-shared-hanks-ryan", ("Tom Hanks", "Meg Ryan"))
    third = max((p for p in wiki.costar_counts("Tom Hanks") if p != "Meg Ryan"),
                key=lambda p: (len(wiki.films_with("Tom Hanks", "Meg Ryan", p)), p))
    yield shared_question(wiki, ask, "w-shared-three", ("Tom Hanks", "Meg Ryan", third))
    yield shared_question(wiki, ask, "w-shared-none", (KEVIN_BACON, "Adriana Caselotti"), 1)


def chain_problem(wiki, answer, first, last):
    """None when the first chain is a valid path from first to last in the source casts,
    else what is wrong with it."""
    steps = answer.field("chains", 0, "steps") or []
    at = first
    for k, step in enumerate(steps):
        here, there = step["from"]["person"]["name"], step["to"]["person"]["name"]
        title, year = step["title"]["title"], step["title"]["year"]
        if here != at:
            return f"step {k + 1} starts at {here}, not {at}"
        if (year, title) not in wiki.films_with(here, there):
            return f"step {k + 1}: {title} ({year}) does not list both {here} and {there}"
        at = there
    return None if at == last else f"the chain ends at {at}, not {last}"


def path_question(wiki, ask, key, first, last, distance):
    def compute():
        a = ask("path", first, last)
        got = {"exit": a.exit, "distance": a.field("distance"),
               "chain problem": chain_problem(wiki, a, first, last)}
        return {"exit": 0, "distance": distance, "chain problem": None}, got
    return key, f"How far is {first} from {last}? ({distance} films, own BFS)", compute


def path_pairs(wiki):
    """(source, target, distance) pairs whose distance does not depend on non-name cast
    strings; and how many candidate pairs were left out, of how many, because it does."""
    rng = random.Random(12)
    pairs, left_out, candidates = [], 0, 0
    # The person with the most films before 1930, for pairs far from today's films.
    early_star = max((p for p in wiki.films_of if is_name(p, "strict") and wiki.unique_person(p)),
                     key=lambda p: (sum(wiki.films[i].year < 1930 for i in wiki.films_of[p]), p))
    for source, wanted in ((KEVIN_BACON, (1, 2, 3, 4, 5)), (TONI_COLLETTE, (2, 3)),
                           (early_star, (2, 3, 4))):
        raw, strict = wiki.distances(source, "raw"), wiki.distances(source, "strict")
        for distance in wanted:
            targets = sorted(p for p, d in raw.items() if d == distance and is_name(p, "strict")
                             and wiki.unique_person(p))
            agreeing = [t for t in targets if strict.get(t) == distance]
            require(agreeing, f"no target at distance {distance} from {source} in both graphs")
            candidates += len(targets)
            left_out += len(targets) - len(agreeing)
            pairs.append((source, rng.choice(agreeing), distance))
    return pairs, left_out, candidates


def small_component(wiki, outside):
    """A person outside the main component whose whole component is 5-100 clean names."""
    candidates = sorted((p for p in wiki.films_of if p not in outside and is_name(p, "strict")
                         and wiki.unique_person(p)), key=lambda p: (-len(wiki.films_of[p]), p))
    for person in candidates:
        component = wiki.distances(person, "raw")
        if 5 <= len(component) <= 100 and all(wiki.clean_films(p) for p in component):
            return person, component
    require(False, "no small clean component")


def distance_questions(wiki, ask):
    pairs, left_out, candidates = path_pairs(wiki)
    print(f"NOTE path: asking {len(pairs)} pairs; left out {left_out} of {candidates} candidate "
          "pairs whose distance depends on cast strings that are not names")
    for n, (first, last, distance) in enumerate(pairs):
        yield path_question(wiki, ask, f"w-path-{n + 1}", first, last, distance)

    # The example: linked through a "person" called "Voices of" today.
    core = wiki.distances(KEVIN_BACON, "core").get("Adriana Caselotti")
    require(core == wiki.distances(KEVIN_BACON, "strict").get("Adriana Caselotti"),
            "Caselotti's distance depends on the non-name rule")
    yield path_question(wiki, ask, "w-path-caselotti-bacon", "Adriana Caselotti", KEVIN_BACON, core)

    main = wiki.distances(KEVIN_BACON, "raw")
    loner, component = small_component(wiki, main)

    def unlinked():
        a = ask("path", loner, KEVIN_BACON)
        return {"exit": 1, "status": "none"}, {"exit": a.exit, "status": a.field("status")}
    yield "w-path-none", f"How far is {loner} from Kevin Bacon? (not linked at all)", unlinked

    def distances():
        people_at = [0] * (max(component.values()) + 1)
        for d in component.values():
            people_at[d] += 1
        a = ask("distances", loner)
        return ({"exit": 0, "people_at": people_at, "reachable": len(component) - 1},
                {"exit": a.exit, "people_at": a.field("people_at"), "reachable": a.field("reachable")})
    yield "w-distances-small", f"How many people at each distance from {loner}?", distances


def questions(wiki, ask):
    yield from contact_questions(wiki, ask)
    yield from distance_questions(wiki, ask)
