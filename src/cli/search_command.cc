// `marquee search QUERY`: ranked titles and people for free text, as a table
// (rank, id, what, year/type, matched through) or JSON.

#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "marquee/search.h"
#include "render/search_json.h"
#include "render/table.h"

namespace marquee::cli {
namespace {

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
  if (!fixes.empty()) s += (s.empty() ? "" : "; ") + fmt::format("{}", fmt::join(fixes, ", "));
  return s;
}

}  // namespace

int RunSearch(const GlobalOptions& g, const SearchArgs& args) {
  std::unique_ptr<Index> index;
  int code;
  if (!OpenIndex(g, &index, &code)) return code;
  std::unique_ptr<Searcher> searcher;
  Status s = Searcher::Open(*index, &searcher);
  if (!s.ok()) return Fail(s, "rebuild the index with `marquee build` to make it searchable");
  SearchOptions o;
  for (const std::string& t : args.types) {
    if (t == "title") o.kind = SearchKind::kTitle;
    else if (t == "person" || t == "name") o.kind = SearchKind::kPerson;
    else o.title_types.push_back(t);
  }
  if (o.kind == SearchKind::kPerson && !o.title_types.empty())
    return Fail(Status::InvalidArgument("--type person cannot be combined with title types"));
  o.year = args.year;
  o.limit = args.limit;
  std::vector<SearchHit> hits;
  SearchStats stats;
  s = searcher->Search(args.query, o, &hits, &stats);
  if (!s.ok()) {
    if (g.json) {
      Json j;
      j["error"] = "invalid";
      j["message"] = s.message();
      j["candidates"] = Json::array();
      PrintJson(j);
      return kError;
    }
    return Fail(s);
  }
  if (g.json) {
    PrintJson(SearchResultJson(*index, args.query, hits, stats));
    return hits.empty() ? kNotFound : kOk;
  }
  if (hits.empty()) {
    std::cerr << "marquee: nothing matches '" << args.query << "'\n";
    return kNotFound;
  }
  Table table({"#", "id", "what", "year/type", "matched"});
  table.SetShrinkable(4);
  for (size_t i = 0; i < hits.size(); ++i) {
    const SearchHit& h = hits[i];
    std::string what, when;
    if (h.kind == SearchKind::kPerson) {
      what = PersonLabel(*index, h.row);
      when = "person";
    } else {
      what = std::string(h.name);
      when = (h.year ? std::to_string(h.year) + " " : std::string()) + std::string(h.type);
    }
    table.AddRow({std::to_string(i + 1), h.id, what, when, Through(h)});
  }
  std::cout << table.Render(TerminalWidth());
  if (stats.truncated) std::cerr << "note: only the first words of the query were searched\n";
  return kOk;
}

}  // namespace marquee::cli
