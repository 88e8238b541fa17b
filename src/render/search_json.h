// The JSON form of search results (`marquee search --json`, and the HTTP
// API's search body): documented under "search" in docs/json_output.md.

#pragma once

#include <string_view>
#include <vector>

#include "marquee/search.h"
#include "render/json.h"

namespace marquee {

Json SearchHitJson(const Index& index, const SearchHit& hit, size_t rank);
Json SearchResultJson(const Index& index, std::string_view query, const std::vector<SearchHit>& hits,
                      const SearchStats& stats);

}  // namespace marquee
