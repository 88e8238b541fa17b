// JSON forms of query results: the `--json` output of the CLI and the bodies
// of the HTTP API. The schema is documented in docs/json_output.md and kept
// stable: fields are only ever added.

#pragma once

#include <nlohmann/json.hpp>

#include "marquee/index.h"
#include "marquee/query.h"

namespace marquee {

using Json = nlohmann::ordered_json;

Json StringsJson(const std::vector<std::string_view>& v);
Json TitleJson(const Index& index, const TitleInfo& t);
// The short form used inside lists: id, title, year, type.
Json TitleRefJson(const Index& index, TitleRow row);
Json PersonJson(const Index& index, const PersonInfo& p);
Json PersonRefJson(const Index& index, PersonRow row);
Json CastJson(const Index& index, const CastResult& r);
Json FilmographyJson(const Index& index, const FilmographyResult& r);
// How a subject was resolved: {query, id, name, match, matched_text, corrections}.
Json ResolutionJson(const Resolution& r);
Json CandidatesJson(const std::vector<Candidate>& candidates);
Json StatsJson(const IndexStats& s);

// The text of a document, indented by 2. Bytes that are not UTF-8 become
// U+FFFD instead of failing: the index holds only UTF-8, but a message may
// quote what a user typed or a file name, which can hold any bytes.
std::string DumpJson(const Json& j);

}  // namespace marquee
