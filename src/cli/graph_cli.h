// What the connection commands (graph_commands.cc, costar_commands.cc)
// share: opening the index and graph and resolving the people and filters
// in one step (Session), printing failures alike (JSON or a message, with
// gave-up as "not found"), and the short text forms of titles and roles.

#pragma once

#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "marquee/graph.h"
#include "render/json.h"

namespace marquee::cli {


inline std::string Join(const std::vector<std::string_view>& items, std::string_view sep) {
  std::string s;
  for (size_t i = 0; i < items.size(); ++i) s += (i ? std::string(sep) : "") + std::string(items[i]);
  return s;
}

inline std::string TitleText(const Index& index, TitleRow t) {
  int year = index.title_year(t);
  return year ? fmt::format("{} ({})", index.title_name(t), year) : std::string(index.title_name(t));
}

// "as Milly", else the category ("self", "director"); series add episodes.
inline std::string RoleText(const LinkRole& r) {
  std::string s = !r.characters.empty() ? "as " + Join(r.characters, " / ") : Join(r.categories, ", ");
  if (r.episodes) s += fmt::format(" ({} episode{})", r.episodes, r.episodes == 1 ? "" : "s");
  return s;
}

// Prints a failure the way every connection command does: JSON on stdout
// with --json, a message on stderr otherwise. Gave-up is "not found" (1).
inline int Failure(const GlobalOptions& g, const Status& s, const std::string& hint = "") {
  bool gave_up = s.code() == Status::Code::kBudgetExceeded;
  int code = gave_up || s.IsNotFound() ? kNotFound : kError;
  if (g.json) {
    Json j;
    j["error"] = gave_up ? "gave_up" : (s.IsNotFound() ? "not_found" : "invalid");
    j["message"] = s.message();
    PrintJson(j);
    return code;
  }
  std::cerr << "marquee: " << s.message() << "\n";
  if (gave_up) std::cerr << "hint: raise --max-visits / --timeout, or narrow the graph with filters\n";
  else if (!hint.empty()) std::cerr << "hint: " << hint << "\n";
  return code;
}

inline Status ParseYears(const std::string& y, ConnectionFilter* f) {
  if (y.empty()) return Status::OK();
  size_t dash = y.find('-');
  try {
    size_t used = 0;
    if (dash == std::string::npos) {
      f->year_from = f->year_to = std::stoi(y, &used);
      if (used != y.size()) throw std::invalid_argument(y);
    } else {
      if (dash > 0) f->year_from = std::stoi(y.substr(0, dash));
      if (dash + 1 < y.size()) f->year_to = std::stoi(y.substr(dash + 1));
    }
  } catch (...) {
    return Status::InvalidArgument("--years takes A-B, A-, -B or A (e.g. 1990-2010), not '" + y + "'");
  }
  return Status::OK();
}

// Everything a connection command starts with: the index, the graph, the
// people resolved, the filter checked. False (with *code set) when any fails.
struct Session {
  std::unique_ptr<Index> index;
  std::unique_ptr<Graph> graph;
  std::vector<PersonRow> people;
  ConnectionFilter filter;

  bool Open(const GlobalOptions& g, const ConnectionArgs& a, int* code) {
    filter.categories = a.categories;
    filter.types = a.types;
    filter.min_votes = a.min_votes;
    filter.include_adult = a.adult;
    Status s = ParseYears(a.years, &filter);
    if (!s.ok()) return (*code = Failure(g, s)), false;
    if (!OpenIndex(g, &index, code)) return false;
    s = Graph::Open(*index, &graph);
    if (!s.ok()) return (*code = Failure(g, s)), false;
    uint32_t ignored;
    s = graph->LinkCount(0, filter, &ignored);  // checks the filter's names and years
    if (!s.ok() && index->person_count() > 0) return (*code = Failure(g, s)), false;
    for (const std::string& text : a.people) {
      std::vector<Candidate> candidates;
      PersonRow row;
      s = ResolvePerson(*index, text, &row, &candidates);
      if (!s.ok()) return (*code = ResolutionFailure(g, s, candidates, "person")), false;
      for (PersonRow seen : people) {
        if (seen == row) {
          *code = Failure(g, Status::InvalidArgument(fmt::format(
                                 "'{}' and an earlier argument are the same person ({}, {})", text,
                                 index->person_name(row), index->person_id(row))));
          return false;
        }
      }
      people.push_back(row);
    }
    return true;
  }

  // An empty answer is an input error when the filters leave no links at
  // all (checked only then: it may read the whole graph).
  bool NoLinks() const { return FilterLeavesNoLinks(*graph, filter); }
  int NoLinksFailure(const GlobalOptions& g) const {
    return Failure(g, Status::InvalidArgument("no title links two people under these filters"),
                   "loosen --category / --type / --years / --min-votes");
  }
};

inline WorkBudget Budget(const ConnectionArgs& a, WorkBudget defaults) {
  if (a.max_visits) defaults.max_visits = a.max_visits;
  if (a.timeout > 0) defaults.max_seconds = a.timeout;
  return defaults;
}

// The commands, dispatched by RunConnectionCommand (commands.h).
int RunCostars(const GlobalOptions& g, const ConnectionArgs& a);
int RunShared(const GlobalOptions& g, const ConnectionArgs& a);
int RunPath(const GlobalOptions& g, const ConnectionArgs& a);
int RunDistances(const GlobalOptions& g, const ConnectionArgs& a);
int RunCenter(const GlobalOptions& g, const ConnectionArgs& a);

}  // namespace marquee::cli
