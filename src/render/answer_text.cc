// Text for one title or person: title, cast, person, filmography, search
// and info, as a person reads them in a terminal.

#include <fmt/format.h>

#include "render/answer.h"
#include "render/table.h"
#include "render/text_parts.h"

namespace marquee {
namespace {

void TitleHeader(const Index& index, const TitleInfo& t, std::ostream& out) {
  out << TitleLabel(index, t.row) << "  [" << t.id << "]\n";
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
  if (!facts.empty()) out << Join(facts, " · ") << "\n";
}

// Cast: one row per credit with characters. Crew: one row per credit with its
// category and job. Series add episode counts and years.
void Entries(const Index& index, const std::vector<const CastEntry*>& entries, bool crew, std::ostream& out) {
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
  out << table.Render(TerminalWidth());
}

std::string Through(const SearchHit& h) {
  std::string s;
  if (h.through == MatchedThrough::kAlternateTitle || h.through == MatchedThrough::kOriginalTitle) {
    s = fmt::format("{} '{}'", h.through == MatchedThrough::kOriginalTitle ? "original" : "aka", h.matched_text);
    std::string where = std::string(h.region) + (h.region.empty() || h.language.empty() ? "" : "/") + std::string(h.language);
    if (!where.empty()) s += " (" + where + ")";
  }
  std::vector<std::string> fixes;
  for (const WordMatch& w : h.words) {
    if (!w.found) fixes.push_back(fmt::format("{}: no match", w.query));
    else if (w.edits > 0 || w.how == MatchHow::kSplit || w.how == MatchHow::kJoined)
      fixes.push_back(fmt::format("{}→{}", w.query, w.matched));
  }
  if (!fixes.empty()) s += (s.empty() ? "" : "; ") + Join(fixes, ", ");
  return s;
}

}  // namespace

void TitleText(const Index& index, const Answer& a, std::ostream& out) {
  const TitleInfo& t = a.title;
  TitleHeader(index, t, out);
  if (!t.plot.empty()) out << "\n" << t.plot << "\n";
  for (const CrewGroup& grp : a.cast.crew) {
    if (grp.category != "director" && grp.category != "writer") continue;
    std::vector<std::string_view> names;
    for (const auto& m : grp.members) names.push_back(index.person_name(m.person));
    out << grp.category << ": " << Join(names, ", ") << "\n";
  }
  std::vector<std::string_view> stars;
  for (size_t i = 0; i < a.cast.cast.size() && i < 5; ++i) stars.push_back(index.person_name(a.cast.cast[i].person));
  if (!stars.empty()) out << "starring: " << Join(stars, ", ") << "\n";
  auto akas = index.akas(t.row);
  if (!akas.empty()) {
    out << "\nalso known as:\n";
    Table table({"title", "region", "language", "type"});
    table.SetShrinkable(0);
    for (const AkaInfo& x : akas)
      table.AddRow({std::string(x.text), std::string(x.region), std::string(x.language), Join(x.types, ", ")});
    out << table.Render(TerminalWidth());
  }
  if (!index.episodes(t.row).empty()) out << "\n" << index.episodes(t.row).size() << " episodes\n";
}

void CastText(const Index& index, const Answer& a, std::ostream& out) {
  const CastResult& r = a.cast;
  TitleHeader(index, a.title, out);
  if (r.episodes_scanned) out << "cast over " << r.episodes_scanned << " episodes\n";
  out << "\n";
  std::vector<const CastEntry*> cast, crew;
  for (const CastEntry& e : r.cast) cast.push_back(&e);
  for (const CrewGroup& grp : r.crew)
    for (const CastEntry& e : grp.members) crew.push_back(&e);
  if (cast.empty()) out << "(no cast recorded)\n";
  else Entries(index, cast, false, out);
  if (!crew.empty()) {
    out << "\ncrew\n";
    Entries(index, crew, true, out);
  }
}

void PersonText(const Index& index, const Answer& a, std::ostream& out) {
  const PersonInfo& p = a.person;
  out << PersonLabel(index, p.row) << "  [" << p.id << "]\n";
  if (!p.professions.empty()) out << "professions: " << Join(p.professions.Items(), ", ") << "\n";
  if (!p.known_for.empty()) {
    std::vector<std::string> known;
    for (TitleRow t : p.known_for) known.push_back(TitleLabel(index, t));
    out << "known for: " << Join(known, "; ") << "\n";
  }
  out << index.person_credits(p.row).size() << " credits; see `marquee filmography " << p.id << "`\n";
}

void FilmographyText(const Index& index, const Answer& a, std::ostream& out) {
  const FilmographyResult& r = a.filmography;
  out << PersonLabel(index, r.person) << "  [" << index.person_id(r.person) << "]\n";
  out << r.entries.size() << " of " << r.total_credits << " credits\n\n";
  Table table({"year", "title", "type", "role", "as / job"});
  table.SetShrinkable(4);
  for (const FilmographyEntry& e : r.entries) {
    std::string title(index.title_name(e.title));
    if (e.episodes) title += fmt::format(" ({} episode{})", e.episodes, e.episodes == 1 ? "" : "s");
    std::string detail = e.job.empty() ? Join(e.characters, " / ") : std::string(e.job);
    table.AddRow({Years(e.first_year, e.last_year), title, std::string(index.title_type(e.title)),
                  std::string(e.category), detail});
  }
  out << table.Render(TerminalWidth());
}

void SearchText(const Index& index, const Answer& a, std::ostream& out, std::ostream& err) {
  if (a.hits.empty()) {
    err << "marquee: nothing matches '" << a.query << "'\n";
    return;
  }
  Table table({"#", "id", "what", "year/type", "matched"});
  table.SetShrinkable(4);
  for (size_t i = 0; i < a.hits.size(); ++i) {
    const SearchHit& h = a.hits[i];
    std::string what, when;
    if (h.kind == SearchKind::kPerson) {
      what = PersonLabel(index, h.row);
      when = "person";
    } else {
      what = std::string(h.name);
      when = (h.year ? std::to_string(h.year) + " " : std::string()) + std::string(h.type);
    }
    table.AddRow({std::to_string(i + 1), h.id, what, when, Through(h)});
  }
  out << table.Render(TerminalWidth());
  if (a.search_stats.truncated) err << "note: only the first words of the query were searched\n";
}

void InfoText(const Index& index, const Answer& a, std::ostream& out) {
  const IndexStats& s = a.stats;
  out << fmt::format("{}: format {}, {} bytes\n{} titles, {} people, {} credits, {} alternate titles, {} episodes\n",
                     index.path(), s.format_version, s.file_bytes, s.titles, s.people, s.credits, s.akas, s.episodes);
  out << "built from: " << s.meta_json << "\n\n";
  Table table({"section", "bytes", "share"});
  for (const auto& x : s.sections)
    table.AddRow({x.name, fmt::format("{:L}", x.bytes),
                  fmt::format("{:.1f}%", 100.0 * static_cast<double>(x.bytes) / static_cast<double>(s.file_bytes))});
  out << table.Render(TerminalWidth());
}

}  // namespace marquee
