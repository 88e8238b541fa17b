// Engine: the connection commands (costars, shared, path, distances,
// center). They share one start: the graph present, the filter checked, the
// people resolved and distinct; and one end: an empty answer because the
// filters leave no links at all is a usage error, not "nobody".

#include <fmt/format.h>

#include "api/engine_internal.h"

namespace marquee::api {
namespace {

WorkBudget Budget(const Request& r, WorkBudget defaults) {
  if (r.max_visits) defaults.max_visits = r.max_visits;
  if (r.timeout > 0) defaults.max_seconds = r.timeout;
  return defaults;
}

// The graph, the filter and the people; false with a->status set.
bool Start(const Engine& e, const Request& r, size_t min_people, size_t max_people, Answer* a,
           std::vector<PersonRow>* people) {
  Status s = CheckSubjects(r, min_people, max_people);
  if (s.ok() && !e.graph()) s = Status::NotSupported("this index has no connection graph");
  if (!s.ok()) {
    *a = Fail(std::move(*a), s, e.graph() ? "" : "rebuild it with `marquee build`");
    return false;
  }
  ConnectionFilter& f = a->filter;
  f.categories = r.categories;
  f.types = r.types;
  f.year_from = r.years.from;
  f.year_to = r.years.to;
  f.min_votes = r.min_votes;
  f.include_adult = r.adult;
  s = CheckWords("--category", r.categories, KnownCategories(e.index()));
  if (s.ok()) s = CheckWords("--type", r.types, KnownTitleTypes(e.index(), true));
  uint32_t ignored;
  if (s.ok() && e.index().person_count() > 0) s = e.graph()->LinkCount(0, f, &ignored);  // the filter's own checks
  if (!s.ok()) {
    *a = Fail(std::move(*a), s);
    return false;
  }
  for (size_t i = 0; i < r.subjects.size(); ++i) {
    if (!ResolveSubject(e, r, i, true, a)) return false;
    PersonRow row = a->resolved.back().row;
    for (PersonRow seen : *people) {
      if (seen == row) {
        *a = Fail(std::move(*a), Status::InvalidArgument(fmt::format(
                                     "'{}' and an earlier argument are the same person ({}, {})", r.subjects[i],
                                     e.index().person_name(row), e.index().person_id(row))));
        return false;
      }
    }
    people->push_back(row);
  }
  return true;
}

// An answer of "nothing": a usage error when the filters leave no links at
// all (checked only then: it may read the whole graph), else empty.
Answer Finish(const Engine& e, Answer a, bool nothing) {
  if (nothing && FilterLeavesNoLinks(*e.graph(), a.filter))
    return Fail(std::move(a), Status::InvalidArgument("no title links two people under these filters"),
                "loosen --category / --type / --years / --min-votes");
  a.empty = nothing;
  return a;
}

}  // namespace

Answer AskConnections(const Engine& e, const Request& r, Answer a) {
  std::vector<PersonRow> people;
  switch (r.command) {
    case Command::kCostars: {
      if (!Start(e, r, 1, 1, &a, &people)) return a;
      CostarOptions o;
      o.filter = a.filter;
      o.limit = r.limit ? r.limit : 20;
      o.budget = Budget(r, o.budget);
      Connections c(*e.graph());
      MARQUEE_RETURN_IF_FAILED(a, c.Costars(people[0], o, &a.costars));
      bool nothing = a.costars.costars.empty();
      return Finish(e, std::move(a), nothing);
    }
    case Command::kShared: {
      if (!Start(e, r, 2, 64, &a, &people)) return a;
      Connections c(*e.graph());
      MARQUEE_RETURN_IF_FAILED(a, c.Shared(people, a.filter, &a.shared));
      bool nothing = a.shared.titles.empty();
      return Finish(e, std::move(a), nothing);
    }
    case Command::kPath: {
      if (!Start(e, r, 2, 2, &a, &people)) return a;
      PathOptions o;
      o.filter = a.filter;
      o.max_chains = r.all ? r.all : 1;
      o.budget = Budget(r, o.budget);
      Connections c(*e.graph());
      MARQUEE_RETURN_IF_FAILED(a, c.Path(people[0], people[1], o, &a.path));
      bool nothing = !a.path.found;
      return Finish(e, std::move(a), nothing);
    }
    case Command::kDistances: {
      if (!Start(e, r, 1, 1, &a, &people)) return a;
      DistanceOptions o;
      o.filter = a.filter;
      o.budget = Budget(r, o.budget);
      Connections c(*e.graph());
      MARQUEE_RETURN_IF_FAILED(a, c.Distances(people[0], o, &a.distances));
      bool nothing = a.distances.reachable == 0;
      return Finish(e, std::move(a), nothing);
    }
    case Command::kCenter: {
      if (!Start(e, r, 0, 0, &a, &people)) return a;
      CenterOptions o;
      o.filter = a.filter;
      o.top = r.top;
      o.threads = r.threads;
      o.budget = Budget(r, o.budget);
      MARQUEE_RETURN_IF_FAILED(a, Center(*e.graph(), o, &a.center));
      bool nothing = a.center.people.empty();
      return Finish(e, std::move(a), nothing);
    }
    default:
      return Fail(std::move(a), Status::InvalidArgument(fmt::format("{} is not a connection command", CommandName(r.command))));
  }
}

}  // namespace marquee::api
