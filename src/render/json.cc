#include "render/json.h"

namespace marquee {

Json StringsJson(const std::vector<std::string_view>& v) {
  Json a = Json::array();
  for (std::string_view s : v) a.push_back(s);
  return a;
}

namespace {
Json Strings(const std::vector<std::string_view>& v) { return StringsJson(v); }
Json NullableInt(int v, int null_value) { return v == null_value ? Json(nullptr) : Json(v); }

// The role part shared by cast entries and filmography entries.
template <typename Entry>
void AddRole(const Entry& e, Json* j) {
  (*j)["category"] = e.category;
  (*j)["job"] = e.job.empty() ? Json(nullptr) : Json(e.job);
  (*j)["characters"] = Strings(e.characters);
  if (e.episodes) {
    (*j)["episodes"] = e.episodes;
    (*j)["first_year"] = NullableInt(e.first_year, 0);
    (*j)["last_year"] = NullableInt(e.last_year, 0);
  }
}

Json EntryJson(const Index& index, const CastEntry& e) {
  Json j;
  j["person"] = PersonRefJson(index, e.person);
  AddRole(e, &j);
  return j;
}
}  // namespace

Json TitleRefJson(const Index& index, TitleRow row) {
  Json j;
  j["id"] = index.title_id(row);
  j["title"] = index.title_name(row);
  j["year"] = NullableInt(index.title_year(row), 0);
  j["type"] = index.title_type(row);
  return j;
}

Json PersonRefJson(const Index& index, PersonRow row) {
  Json j;
  j["id"] = index.person_id(row);
  j["name"] = index.person_name(row);
  return j;
}

Json TitleJson(const Index& index, const TitleInfo& t) {
  Json j;
  j["id"] = t.id;
  j["type"] = t.type;
  j["title"] = t.primary_title;
  j["original_title"] = t.original_title;
  j["year"] = NullableInt(t.start_year, 0);
  j["end_year"] = NullableInt(t.end_year, 0);
  j["runtime_minutes"] = NullableInt(t.runtime_minutes, -1);
  j["genres"] = Strings(t.genres.Items());
  j["adult"] = t.adult;
  j["rating"] = t.rating > 0 ? Json(t.rating) : Json(nullptr);
  j["votes"] = t.votes;
  j["series"] = t.parent == kNoRow ? Json(nullptr) : TitleRefJson(index, t.parent);
  j["season"] = NullableInt(t.season, -1);
  j["episode"] = NullableInt(t.episode, -1);
  j["plot"] = t.plot.empty() ? Json(nullptr) : Json(t.plot);
  Json akas = Json::array();
  for (const AkaInfo& a : index.akas(t.row)) {
    Json x;
    x["title"] = a.text;
    x["region"] = a.region.empty() ? Json(nullptr) : Json(a.region);
    x["language"] = a.language.empty() ? Json(nullptr) : Json(a.language);
    x["types"] = Strings(a.types);
    x["attributes"] = Strings(a.attributes.Items());
    x["is_original"] = a.is_original;
    akas.push_back(x);
  }
  j["akas"] = akas;
  j["episode_count"] = index.episodes(t.row).size();
  return j;
}

Json PersonJson(const Index& index, const PersonInfo& p) {
  Json j;
  j["id"] = p.id;
  j["name"] = p.name;
  j["birth_year"] = NullableInt(p.birth_year, 0);
  j["death_year"] = NullableInt(p.death_year, 0);
  j["professions"] = Strings(p.professions.Items());
  Json known = Json::array();
  for (TitleRow t : p.known_for) known.push_back(TitleRefJson(index, t));
  j["known_for"] = known;
  j["credit_count"] = index.person_credits(p.row).size();
  return j;
}

Json CastJson(const Index& index, const CastResult& r) {
  Json j;
  j["title"] = TitleRefJson(index, r.title);
  Json cast = Json::array();
  for (const CastEntry& e : r.cast) cast.push_back(EntryJson(index, e));
  j["cast"] = cast;
  Json crew = Json::array();
  for (const CrewGroup& g : r.crew) {
    Json members = Json::array();
    for (const CastEntry& e : g.members) members.push_back(EntryJson(index, e));
    crew.push_back({{"category", g.category}, {"members", members}});
  }
  j["crew"] = crew;
  j["episodes_aggregated"] = r.episodes_scanned;
  return j;
}

Json FilmographyJson(const Index& index, const FilmographyResult& r) {
  Json j;
  j["person"] = PersonRefJson(index, r.person);
  Json entries = Json::array();
  for (const FilmographyEntry& e : r.entries) {
    Json x;
    x["title"] = TitleRefJson(index, e.title);
    AddRole(e, &x);
    entries.push_back(x);
  }
  j["credits"] = entries;
  j["total_credits"] = r.total_credits;
  return j;
}

Json ResolutionJson(const Resolution& r) {
  Json j;
  j["query"] = r.query;
  j["id"] = r.id;
  j["name"] = r.name;
  j["match"] = MatchedByName(r.how);
  j["matched_text"] = r.matched_text;
  j["corrections"] = r.corrections;
  return j;
}

Json CandidatesJson(const std::vector<Candidate>& candidates) {
  Json a = Json::array();
  for (const Candidate& c : candidates) {
    Json j;
    j["id"] = c.id;
    j["label"] = c.label;
    j["name"] = c.name;
    j["year"] = NullableInt(c.year, 0);
    j["type"] = c.type.empty() ? Json(nullptr) : Json(c.type);
    j["credits"] = c.credits;
    j["hint"] = c.hint.empty() ? Json(nullptr) : Json(c.hint);
    a.push_back(std::move(j));
  }
  return a;
}

std::string DumpJson(const Json& j) { return j.dump(2, ' ', false, Json::error_handler_t::replace); }

Json StatsJson(const IndexStats& s) {
  Json j;
  j["format_version"] = s.format_version;
  j["created_unix"] = s.created_unix;
  j["file_bytes"] = s.file_bytes;
  j["titles"] = s.titles;
  j["people"] = s.people;
  j["credits"] = s.credits;
  j["akas"] = s.akas;
  j["episodes"] = s.episodes;
  j["build"] = Json::parse(s.meta_json, nullptr, false);
  Json sections = Json::array();
  for (const auto& x : s.sections) sections.push_back({{"id", x.id}, {"name", x.name}, {"bytes", x.bytes}});
  j["sections"] = sections;
  return j;
}

}  // namespace marquee
