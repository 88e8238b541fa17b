// RenderAnswer: the dispatch from an Answer to text or JSON, notes on how
// names were resolved, failures, and exit codes.

#include "render/answer.h"

#include <fmt/format.h>

#include <sstream>

#include "render/connections_json.h"
#include "render/search_json.h"

namespace marquee {
namespace {

Json ResultJson(const Engine& e, const Answer& a) {
  const Index& index = e.index();
  switch (a.command) {
    case Command::kSearch: return SearchResultJson(index, a.query, a.hits, a.search_stats);
    case Command::kTitle: return TitleJson(index, a.title);
    case Command::kCast: return CastJson(index, a.cast);
    case Command::kPerson: return PersonJson(index, a.person);
    case Command::kFilmography: return FilmographyJson(index, a.filmography);
    case Command::kInfo: return StatsJson(a.stats);
    case Command::kCostars: return CostarsJson(index, a.resolved[0].row, a.filter, a.costars);
    case Command::kShared: {
      std::vector<PersonRow> people;
      for (const Resolution& r : a.resolved) people.push_back(r.row);
      return SharedJson(index, people, a.filter, a.shared);
    }
    case Command::kPath: return PathJson(*e.graph(), a.resolved[0].row, a.resolved[1].row, a.filter, a.path);
    case Command::kDistances: return DistancesJson(index, a.resolved[0].row, a.filter, a.distances);
    case Command::kCenter: return CenterJson(index, a.filter, a.center);
  }
  return Json::object();
}

Json FailureJson(const Answer& a) {
  Json j;
  j["error"] = ErrorWord(a.status);
  j["message"] = a.status.message();
  j["hint"] = a.hint.empty() ? Json(nullptr) : Json(a.hint);
  j["exit_code"] = ExitCodeOf(a.status, false);
  j["candidates"] = CandidatesJson(a.candidates);
  return j;
}

void FailureText(const Answer& a, std::ostream& err) {
  err << "marquee: " << a.status.message() << "\n";
  if (!a.candidates.empty()) {
    for (const Candidate& c : a.candidates) err << "  " << c.id << "  " << c.label << "\n";
  }
  if (!a.hint.empty()) err << "hint: " << a.hint << "\n";
  else if (a.status.code() == Status::Code::kBudgetExceeded)
    err << "hint: raise --max-visits / --timeout, or narrow the graph with filters\n";
}

// Says so when a name was guessed: never a different person or title than
// the one asked for without a word.
void ResolutionNotes(const Answer& a, std::ostream& err) {
  for (const Resolution& r : a.resolved) {
    if (r.how != MatchedBy::kFuzzyName) continue;
    err << fmt::format("marquee: nothing is named '{}' exactly; showing the closest match, {} [{}]", r.query,
                       r.name, r.id);
    if (r.matched_text != r.name) err << fmt::format(" (as '{}')", r.matched_text);
    if (!r.corrections.empty()) err << fmt::format(": {}", fmt::join(r.corrections, ", "));
    err << "\n";
  }
}

void ResultText(const Engine& e, const Answer& a, std::ostream& out, std::ostream& err) {
  const Index& index = e.index();
  switch (a.command) {
    case Command::kSearch: return SearchText(index, a, out, err);
    case Command::kTitle: return TitleText(index, a, out);
    case Command::kCast: return CastText(index, a, out);
    case Command::kPerson: return PersonText(index, a, out);
    case Command::kFilmography: return FilmographyText(index, a, out);
    case Command::kInfo: return InfoText(index, a, out);
    default: return ConnectionsText(e, a, out);
  }
}

}  // namespace

int ExitCodeOf(const Status& s, bool empty) {
  switch (s.code()) {
    case Status::Code::kOk: return empty ? kExitNotFound : kExitOk;
    case Status::Code::kNotFound: return kExitNotFound;
    case Status::Code::kAmbiguous: return kExitAmbiguous;
    case Status::Code::kBudgetExceeded: return kExitGaveUp;
    default: return kExitError;
  }
}

const char* ErrorWord(const Status& s) {
  switch (s.code()) {
    case Status::Code::kOk: return "none";
    case Status::Code::kNotFound: return "not_found";
    case Status::Code::kAmbiguous: return "ambiguous";
    case Status::Code::kInvalidArgument: return "invalid";
    case Status::Code::kCorruption: return "corruption";
    case Status::Code::kIOError: return "io_error";
    case Status::Code::kNotSupported: return "not_supported";
    case Status::Code::kBudgetExceeded: return "gave_up";
  }
  return "error";
}

std::string TerminalSafe(std::string_view s) {
  std::string r;
  r.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool c1 = c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
              static_cast<unsigned char>(s[i + 1]) <= 0x9F;
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
      r += fmt::format("\\x{:02x}", c);
    } else if (c1) {
      r += fmt::format("\\x{:02x}", static_cast<unsigned char>(s[++i]));
    } else {
      r += s[i];
    }
  }
  return r;
}

Rendered RenderAnswer(const Engine& e, const Answer& a, bool json) {
  Rendered r;
  r.exit_code = ExitCodeOf(a.status, a.empty);
  if (json) {
    Json j;
    if (!a.status.ok()) {
      j = FailureJson(a);
    } else {
      j = ResultJson(e, a);
      if (!a.resolved.empty()) {
        Json resolved = Json::array();
        for (const Resolution& res : a.resolved) resolved.push_back(ResolutionJson(res));
        j["resolved"] = std::move(resolved);
      }
    }
    r.out = DumpJson(j) + "\n";
    return r;
  }
  std::ostringstream out, err;
  if (a.status.ok()) {
    ResolutionNotes(a, err);
    ResultText(e, a, out, err);
  } else {
    FailureText(a, err);
  }
  r.out = TerminalSafe(out.str());
  r.err = TerminalSafe(err.str());
  return r;
}

Rendered RenderFailure(const Status& status, const std::string& hint, bool json) {
  Answer a;
  a.status = status;
  a.hint = hint;
  Rendered r;
  r.exit_code = ExitCodeOf(status, false);
  if (json) {
    r.out = DumpJson(FailureJson(a)) + "\n";
  } else {
    std::ostringstream err;
    FailureText(a, err);
    r.err = TerminalSafe(err.str());
  }
  return r;
}

}  // namespace marquee
