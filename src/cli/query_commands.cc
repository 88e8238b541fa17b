// `marquee title | cast | person | filmography | info`.

#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "render/json.h"
#include "render/table.h"

namespace marquee::cli {
namespace {

std::string Join(const std::vector<std::string_view>& items, std::string_view sep) {
  std::string s;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) s += sep;
    s += items[i];
  }
  return s;
}

std::string Years(int first, int last) {
  if (!first) return "";
  return first == last || !last ? std::to_string(first) : fmt::format("{}–{}", first, last);
}

// Resolves args.text to a title, printing the failure; false when it failed.
bool ResolveTitleArg(const GlobalOptions& g, const Index& index, const TitleArgs& args, TitleRow* row, int* code) {
  ResolveOptions opts;
  opts.year = args.year;
  opts.types = args.types;
  std::vector<Candidate> candidates;
  Status s = ResolveTitle(index, args.text, opts, row, &candidates);
  if (s.ok()) return true;
  *code = ResolutionFailure(g, s, candidates, "title");
  return false;
}

bool ResolvePersonArg(const GlobalOptions& g, const Index& index, const std::string& text, PersonRow* row, int* code) {
  std::vector<Candidate> candidates;
  Status s = ResolvePerson(index, text, row, &candidates);
  if (s.ok()) return true;
  *code = ResolutionFailure(g, s, candidates, "person");
  return false;
}

void PrintTitleHeader(const Index& index, const TitleInfo& t) {
  std::cout << TitleLabel(index, t.row) << "  [" << t.id << "]\n";
  std::vector<std::string> facts;
  if (t.original_title != t.primary_title) facts.push_back(fmt::format("original title: {}", t.original_title));
  if (t.runtime_minutes >= 0) facts.push_back(fmt::format("{} min", t.runtime_minutes));
  if (!t.genres.empty()) facts.push_back(Join(t.genres.Items(), ", "));
  if (t.rating > 0)
    facts.push_back(t.votes ? fmt::format("rated {:.1f} ({} votes)", t.rating, t.votes) : fmt::format("rated {:.1f}", t.rating));
  if (t.season >= 0 || t.episode >= 0)
    facts.push_back(fmt::format("season {} episode {}", t.season >= 0 ? std::to_string(t.season) : "?",
                                t.episode >= 0 ? std::to_string(t.episode) : "?"));
  if (t.adult) facts.push_back("adult");
  if (!facts.empty()) std::cout << Join(std::vector<std::string_view>(facts.begin(), facts.end()), " · ") << "\n";
}

// Cast: one row per credit with characters. Crew: one row per credit with its
// category and job. Series add episode counts and years.
void PrintEntries(const Index& index, const std::vector<const CastEntry*>& entries, bool crew) {
  bool series = false;
  for (const CastEntry* e : entries) series |= e->episodes > 0;
  std::vector<std::string> header = {"#", "name"};
  if (crew) header.push_back("role");
  if (series) header.insert(header.end(), {"episodes", "years"});
  header.push_back(crew ? "job" : "as");
  Table table(header);
  table.SetShrinkable(header.size() - 1);
  size_t n = 0;
  for (const CastEntry* e : entries) {
    std::vector<std::string> row = {std::to_string(++n), std::string(index.person_name(e->person))};
    if (crew) row.push_back(std::string(e->category));
    if (series) {
      row.push_back(e->episodes ? std::to_string(e->episodes) : "");
      row.push_back(Years(e->first_year, e->last_year));
    }
    row.push_back(crew ? std::string(e->job) : Join(e->characters, " / "));
    table.AddRow(std::move(row));
  }
  std::cout << table.Render(TerminalWidth());
}

}  // namespace

int RunInfo(const GlobalOptions& g) {
  std::unique_ptr<Index> index;
  int code;
  if (!OpenIndex(g, &index, &code)) return code;
  IndexStats s = index->stats();
  if (g.json) {
    PrintJson(StatsJson(s));
    return kOk;
  }
  std::cout << fmt::format("{}: format {}, {} bytes\n{} titles, {} people, {} credits, {} alternate titles, {} episodes\n",
                           g.index_path, s.format_version, s.file_bytes, s.titles, s.people, s.credits, s.akas,
                           s.episodes);
  std::cout << "built from: " << s.meta_json << "\n\n";
  Table table({"section", "bytes", "share"});
  for (const auto& x : s.sections)
    table.AddRow({x.name, fmt::format("{:L}", x.bytes),
                  fmt::format("{:.1f}%", 100.0 * static_cast<double>(x.bytes) / static_cast<double>(s.file_bytes))});
  std::cout << table.Render(TerminalWidth());
  return kOk;
}

int RunTitle(const GlobalOptions& g, const TitleArgs& args) {
  std::unique_ptr<Index> index;
  int code;
  if (!OpenIndex(g, &index, &code)) return code;
  TitleRow row;
  if (!ResolveTitleArg(g, *index, args, &row, &code)) return code;
  TitleInfo t = index->title(row);
  if (g.json) {
    PrintJson(TitleJson(*index, t));
    return kOk;
  }
  PrintTitleHeader(*index, t);
  if (!t.plot.empty()) std::cout << "\n" << t.plot << "\n";
  CastResult cast = GetCast(*index, row, CastOptions{true, false});
  for (const CrewGroup& grp : cast.crew) {
    if (grp.category != "director" && grp.category != "writer") continue;
    std::vector<std::string_view> names;
    for (const auto& m : grp.members) names.push_back(index->person_name(m.person));
    std::cout << grp.category << ": " << Join(names, ", ") << "\n";
  }
  std::vector<std::string_view> stars;
  for (size_t i = 0; i < cast.cast.size() && i < 5; ++i) stars.push_back(index->person_name(cast.cast[i].person));
  if (!stars.empty()) std::cout << "starring: " << Join(stars, ", ") << "\n";
  auto akas = index->akas(row);
  if (!akas.empty()) {
    std::cout << "\nalso known as:\n";
    Table table({"title", "region", "language", "type"});
    table.SetShrinkable(0);
    for (const AkaInfo& a : akas)
      table.AddRow({std::string(a.text), std::string(a.region), std::string(a.language), Join(a.types, ", ")});
    std::cout << table.Render(TerminalWidth());
  }
  if (!index->episodes(row).empty()) std::cout << "\n" << index->episodes(row).size() << " episodes\n";
  return kOk;
}

int RunCast(const GlobalOptions& g, const TitleArgs& args) {
  std::unique_ptr<Index> index;
  int code;
  if (!OpenIndex(g, &index, &code)) return code;
  TitleRow row;
  if (!ResolveTitleArg(g, *index, args, &row, &code)) return code;
  CastOptions opts;
  opts.crew = args.crew;
  CastResult r = GetCast(*index, row, opts);
  if (g.json) {
    PrintJson(CastJson(*index, r));
    return kOk;
  }
  PrintTitleHeader(*index, index->title(r.title));
  if (r.episodes_scanned) std::cout << "cast over " << r.episodes_scanned << " episodes\n";
  std::cout << "\n";
  std::vector<const CastEntry*> cast, crew;
  for (const CastEntry& e : r.cast) cast.push_back(&e);
  for (const CrewGroup& grp : r.crew)
    for (const CastEntry& e : grp.members) crew.push_back(&e);
  if (cast.empty()) std::cout << "(no cast recorded)\n";
  else PrintEntries(*index, cast, false);
  if (!crew.empty()) {
    std::cout << "\ncrew\n";
    PrintEntries(*index, crew, true);
  }
  return kOk;
}

int RunPerson(const GlobalOptions& g, const PersonArgs& args) {
  std::unique_ptr<Index> index;
  int code;
  if (!OpenIndex(g, &index, &code)) return code;
  PersonRow row;
  if (!ResolvePersonArg(g, *index, args.text, &row, &code)) return code;
  PersonInfo p = index->person(row);
  if (g.json) {
    PrintJson(PersonJson(*index, p));
    return kOk;
  }
  std::cout << PersonLabel(*index, row) << "  [" << p.id << "]\n";
  if (!p.professions.empty()) std::cout << "professions: " << Join(p.professions.Items(), ", ") << "\n";
  if (!p.known_for.empty()) {
    std::vector<std::string> known;
    for (TitleRow t : p.known_for) known.push_back(TitleLabel(*index, t));
    std::cout << "known for: " << Join(std::vector<std::string_view>(known.begin(), known.end()), "; ") << "\n";
  }
  std::cout << index->person_credits(row).size() << " credits; see `marquee filmography " << p.id << "`\n";
  return kOk;
}

int RunFilmography(const GlobalOptions& g, const PersonArgs& args) {
  std::unique_ptr<Index> index;
  int code;
  if (!OpenIndex(g, &index, &code)) return code;
  FilmographyOptions opts;
  opts.categories = args.categories;
  opts.types = args.types;
  opts.group_episodes = !args.episodes;
  if (!args.years.empty()) {
    std::string y = args.years;
    size_t dash = y.find('-');
    try {
      if (dash == std::string::npos) {
        opts.year_from = opts.year_to = std::stoi(y);
      } else {
        if (dash > 0) opts.year_from = std::stoi(y.substr(0, dash));
        if (dash + 1 < y.size()) opts.year_to = std::stoi(y.substr(dash + 1));
      }
    } catch (...) {
      return Fail(Status::InvalidArgument("--years takes A-B, A-, -B or A (e.g. 2000-2010), not '" + y + "'"));
    }
  }
  PersonRow row;
  if (!ResolvePersonArg(g, *index, args.text, &row, &code)) return code;
  FilmographyResult r;
  Status s = GetFilmography(*index, row, opts, &r);
  if (!s.ok()) return Fail(s);
  if (g.json) {
    PrintJson(FilmographyJson(*index, r));
    return kOk;
  }
  std::cout << PersonLabel(*index, row) << "  [" << index->person_id(row) << "]\n";
  std::cout << r.entries.size() << " of " << r.total_credits << " credits\n\n";
  Table table({"year", "title", "type", "role", "as / job"});
  table.SetShrinkable(4);
  for (const FilmographyEntry& e : r.entries) {
    std::string title(index->title_name(e.title));
    if (e.episodes) title += fmt::format(" ({} episode{})", e.episodes, e.episodes == 1 ? "" : "s");
    std::string detail = e.job.empty() ? Join(e.characters, " / ") : std::string(e.job);
    table.AddRow({Years(e.first_year, e.last_year), title, std::string(index->title_type(e.title)),
                  std::string(e.category), detail});
  }
  std::cout << table.Render(TerminalWidth());
  return r.entries.empty() ? kNotFound : kOk;
}

}  // namespace marquee::cli
