// The words requests use for credits and titles, defined once for every
// command and interface. Categories and title types are IMDb's; an index
// may hold others (movies-JSON takes any), which are accepted too.
//
// Two groups of categories, named once:
// - "cast": credits shown on screen (IsCastCategory): actor, actress, self,
//   archive_footage, archive_sound. A cast list shows these; everything else
//   is "crew".
// - linking credits (IsLinkingCategory): actor, actress, self. The default
//   connection graph links two people only through these, since archive
//   footage does not put two people on the same set.

#pragma once

#include <string_view>

namespace marquee {

inline constexpr const char* kImdbCategories[] = {
    "actor", "actress", "self", "archive_footage", "archive_sound", "director", "writer", "producer",
    "composer", "cinematographer", "editor", "production_designer", "casting_director"};
inline constexpr const char* kImdbTitleTypes[] = {"movie", "short", "tvEpisode", "tvMiniSeries", "tvMovie", "tvSeries",
                                                  "tvShort", "tvSpecial", "video", "videoGame", "tvPilot"};

// The category groups a request may name besides single categories.
inline constexpr const char* kCategoryGroups[] = {"cast", "crew", "all"};

inline bool IsCastCategory(std::string_view c) {
  return c == "actor" || c == "actress" || c == "self" || c == "archive_footage" || c == "archive_sound";
}
inline bool IsLinkingCategory(std::string_view c) { return c == "actor" || c == "actress" || c == "self"; }

}  // namespace marquee
