// Engine: opening, resolving subjects, checking the request's words against
// the index, and the one-title and one-person commands. Connections are in
// engine_connections.cc.

#include "marquee/engine.h"

#include <fmt/format.h>

#include <algorithm>

#include "api/engine_internal.h"
#include "search/edit_distance.h"

namespace marquee {

std::string OpenIndexHint() {
  return "build one with `marquee build --movies demo/movies.json` or `marquee build --imdb DIR`, "
         "or point --index (or $MARQUEE_INDEX) at it";
}

Status Engine::Open(const std::string& index_path, std::unique_ptr<Engine>* out) {
  std::unique_ptr<Engine> e(new Engine());
  MARQUEE_RETURN_IF_ERROR(Index::Open(index_path, &e->index_));
  if (Graph::Present(*e->index_)) MARQUEE_RETURN_IF_ERROR(Graph::Open(*e->index_, &e->graph_));
  if (Searcher::Present(*e->index_)) MARQUEE_RETURN_IF_ERROR(Searcher::Open(*e->index_, &e->searcher_));
  *out = std::move(e);
  return Status::OK();
}

Engine::~Engine() = default;

namespace api {

Answer Fail(Answer a, Status s, std::string hint) {
  a.status = std::move(s);
  a.hint = std::move(hint);
  return a;
}

Status CheckSubjects(const Request& r, size_t min, size_t max) {
  const char* name = CommandName(r.command);
  if (r.subjects.size() < min || r.subjects.size() > max) {
    return Status::InvalidArgument(
        min == max ? fmt::format("{} takes {} name{}, not {}", name, min, min == 1 ? "" : "s", r.subjects.size())
                   : fmt::format("{} takes {} to {} names, not {}", name, min, max, r.subjects.size()));
  }
  return Status::OK();
}

bool ResolveSubject(const Engine& e, const Request& r, size_t i, bool person, Answer* a) {
  Resolution res;
  Status s;
  if (person) {
    s = ResolvePerson(e.index(), r.subjects[i], &res, &a->candidates);
  } else {
    ResolveOptions o;
    o.year = r.year;
    o.types = r.types;
    s = ResolveTitle(e.index(), r.subjects[i], o, &res, &a->candidates);
  }
  if (!s.ok()) {
    a->status = s;
    if (s.IsAmbiguous())
      a->hint = person ? "pass the id of the one you mean"
                       : "pass the id of the one you mean, narrow with --year Y / --type T, or write 'Title (YEAR)'";
    else if (s.IsNotFound() && !a->candidates.empty())
      a->hint = "did you mean one of these? pass its id or its exact name";
    return false;
  }
  a->resolved.push_back(std::move(res));
  return true;
}

// "directr" -> "director": the closest known word within two edits.
std::string Closest(std::string_view word, const std::vector<std::string>& known) {
  std::u32string w = search::DecodeUtf8(word);
  std::string best;
  int best_d = 3;
  for (const std::string& k : known) {
    int d = search::BoundedDamerau(w, search::DecodeUtf8(k), 2);
    if (d < best_d) best_d = d, best = k;
  }
  return best;
}

Status CheckWords(const char* option, const std::vector<std::string>& words, const std::vector<std::string>& known) {
  for (const std::string& w : words) {
    if (std::find(known.begin(), known.end(), w) != known.end()) continue;
    std::string close = Closest(w, known);
    return Status::InvalidArgument(fmt::format("unknown {} '{}'{}; the known ones are: {}", option, w,
                                               close.empty() ? "" : fmt::format(" (did you mean '{}'?)", close),
                                               fmt::join(known, ", ")));
  }
  return Status::OK();
}

std::vector<std::string> KnownCategories(const Index& index) {
  std::vector<std::string> v = {"cast", "crew", "all"};
  for (uint32_t c = 0; c < index.category_count(); ++c) v.emplace_back(index.category_name(c));
  for (const char* c : kImdbCategories)
    if (std::find(v.begin(), v.end(), c) == v.end()) v.emplace_back(c);
  return v;
}

std::vector<std::string> KnownTitleTypes(const Index& index, bool with_all) {
  std::vector<std::string> v;
  if (with_all) v.emplace_back("all");
  for (uint32_t t = 0; t < index.title_type_count(); ++t) v.emplace_back(index.title_type_name(t));
  for (const char* t : kImdbTitleTypes)
    if (std::find(v.begin(), v.end(), t) == v.end()) v.emplace_back(t);
  return v;
}

std::vector<std::string> ExpandCategories(const Index& index, const std::vector<std::string>& categories) {
  std::vector<std::string> out;
  for (const std::string& c : categories) {
    if (c == "all") return {};
    if (c != "cast" && c != "crew") {
      out.push_back(c);
      continue;
    }
    for (uint32_t i = 0; i < index.category_count(); ++i) {
      std::string_view name = index.category_name(i);
      if (IsCastCategory(name) == (c == "cast")) out.emplace_back(name);
    }
  }
  // A group that this index holds no credit of still filters: to nothing.
  if (out.empty() && !categories.empty()) out.push_back("cast");
  return out;
}

}  // namespace api

namespace {

using namespace api;

Answer AskSearch(const Engine& e, const Request& r, Answer a) {
  MARQUEE_RETURN_IF_FAILED(a, CheckSubjects(r, 1, 1));
  if (!e.searcher()) return Fail(std::move(a), Status::NotSupported("this index has no search sections"), "rebuild it with `marquee build`");
  SearchOptions o;
  std::vector<std::string> known = KnownTitleTypes(e.index(), false);
  known.insert(known.begin(), {"title", "person"});
  MARQUEE_RETURN_IF_FAILED(a, CheckWords("--type", r.types, known));
  for (const std::string& t : r.types) {
    if (t == "title") o.kind = SearchKind::kTitle;
    else if (t == "person") o.kind = SearchKind::kPerson;
    else o.title_types.push_back(t);
  }
  if (o.kind == SearchKind::kPerson && (!o.title_types.empty() || r.year))
    return Fail(std::move(a), Status::InvalidArgument("--type person cannot be combined with title types or --year"));
  o.year = r.year;
  o.limit = r.limit ? r.limit : 10;
  if (o.limit > 1000) return Fail(std::move(a), Status::InvalidArgument("search --limit takes 1 to 1000"));
  a.query = r.subjects[0];
  Status s = e.searcher()->Search(a.query, o, &a.hits, &a.search_stats);
  if (!s.ok()) return Fail(std::move(a), s);
  a.empty = a.hits.empty();
  return a;
}

Answer AskTitle(const Engine& e, const Request& r, Answer a) {
  MARQUEE_RETURN_IF_FAILED(a, CheckSubjects(r, 1, 1));
  MARQUEE_RETURN_IF_FAILED(a, CheckWords("--type", r.types, KnownTitleTypes(e.index(), false)));
  if (!ResolveSubject(e, r, 0, false, &a)) return a;
  TitleRow row = a.resolved[0].row;
  a.title = e.index().title(row);
  CastOptions o;
  o.crew = r.crew || r.command == Command::kTitle;
  o.aggregate_episodes = r.command == Command::kCast;
  a.cast = GetCast(e.index(), row, o);
  return a;
}

Answer AskPerson(const Engine& e, const Request& r, Answer a) {
  MARQUEE_RETURN_IF_FAILED(a, CheckSubjects(r, 1, 1));
  FilmographyOptions o;
  if (r.command == Command::kFilmography) {
    MARQUEE_RETURN_IF_FAILED(a, CheckWords("--category", r.categories, KnownCategories(e.index())));
    MARQUEE_RETURN_IF_FAILED(a, CheckWords("--type", r.types, KnownTitleTypes(e.index(), true)));
    o.categories = ExpandCategories(e.index(), r.categories);
    if (std::find(r.types.begin(), r.types.end(), "all") == r.types.end()) o.types = r.types;
    o.year_from = r.years.from;
    o.year_to = r.years.to;
    o.group_episodes = !r.episodes;
  }
  if (!ResolveSubject(e, r, 0, true, &a)) return a;
  PersonRow row = a.resolved[0].row;
  a.person = e.index().person(row);
  if (r.command == Command::kFilmography) {
    MARQUEE_RETURN_IF_FAILED(a, GetFilmography(e.index(), row, o, &a.filmography));
    a.empty = a.filmography.entries.empty();
  }
  return a;
}

}  // namespace

Answer Engine::Ask(const Request& r) const {
  Answer a;
  a.command = r.command;
  switch (r.command) {
    case Command::kSearch: return AskSearch(*this, r, std::move(a));
    case Command::kTitle:
    case Command::kCast: return AskTitle(*this, r, std::move(a));
    case Command::kPerson:
    case Command::kFilmography: return AskPerson(*this, r, std::move(a));
    case Command::kInfo: a.stats = index_->stats(); return a;
    default: return AskConnections(*this, r, std::move(a));
  }
}

}  // namespace marquee
