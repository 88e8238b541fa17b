#include "render/search_json.h"

namespace marquee {

Json SearchHitJson(const Index& index, const SearchHit& h, size_t rank) {
  Json j;
  j["rank"] = rank;
  j["kind"] = h.kind == SearchKind::kPerson ? "person" : "title";
  j["id"] = h.id;
  if (h.kind == SearchKind::kPerson) {
    j["name"] = h.name;
    j["label"] = PersonLabel(index, h.row);
    j["title"] = nullptr;
    j["year"] = nullptr;
    j["type"] = nullptr;
  } else {
    j["name"] = nullptr;
    j["label"] = TitleLabel(index, h.row);
    j["title"] = h.name;
    j["year"] = h.year ? Json(h.year) : Json(nullptr);
    j["type"] = h.type;
  }
  Json m;
  m["text"] = h.matched_text;
  m["through"] = MatchedThroughName(h.through);
  m["region"] = h.region.empty() ? Json(nullptr) : Json(h.region);
  m["language"] = h.language.empty() ? Json(nullptr) : Json(h.language);
  j["matched"] = m;
  Json why;
  why["words_matched"] = h.words_matched;
  why["words"] = h.words_total;
  why["edits"] = h.edits;
  why["prefixes"] = h.prefixes;
  why["exact_name"] = h.exact_name;
  why["score"] = h.score;
  Json terms = Json::array();
  for (const WordMatch& w : h.words) {
    Json t;
    t["query"] = w.query;
    t["matched"] = w.found ? Json(w.matched) : Json(nullptr);
    t["how"] = w.found ? Json(MatchHowName(w.how)) : Json(nullptr);
    t["edits"] = w.edits;
    terms.push_back(t);
  }
  why["terms"] = terms;
  j["why"] = why;
  return j;
}

Json SearchResultJson(const Index& index, std::string_view query, const std::vector<SearchHit>& hits,
                      const SearchStats& stats) {
  Json j;
  j["query"] = query;
  Json words = Json::array();
  for (const std::string& w : stats.words) words.push_back(w);
  j["words"] = words;
  j["year_in_query"] = stats.year_in_query ? Json(*stats.year_in_query) : Json(nullptr);
  j["truncated"] = stats.truncated;
  j["examined"] = stats.examined;
  Json results = Json::array();
  for (size_t i = 0; i < hits.size(); ++i) results.push_back(SearchHitJson(index, hits[i], i + 1));
  j["results"] = results;
  return j;
}

}  // namespace marquee
