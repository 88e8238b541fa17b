// titles.h — everything about one title, recomputed from its index.
//
// Promise: DescribeTitle(w, i) is a pure function of (seed, scale, i): type,
// original language, years, runtime, genres, adult flag, rating and, for
// episodes, parent series and season/episode numbers consistent with the
// series' years. TitleText() gives primaryTitle/originalTitle. Every file
// that mentions title i calls these, so the files agree with each other.
#pragma once
#include <cstdint>
#include <string>

#include "world.h"

namespace datagen {

struct TitleInfo {
  uint32_t index = 0;
  TitleType type = kMovie;
  Lang lang = kEn;
  bool adult = false;
  uint16_t start = 0, end = 0, runtime = 0;  // 0 prints as \N
  uint32_t genres = 0;                        // bit g = Genre g
  bool rated = false;
  uint32_t votes = 0;
  uint8_t rating10 = 0;                       // averageRating * 10
  // Series layout (series and their episodes).
  uint32_t series_title = World::kNoLink;     // episodes: parent's index
  uint16_t per_season = 0;                    // episodes per season
  bool daily = false;                         // talk/news show: dated episodes
  bool numbered = true;                       // has season/episode numbers
  uint32_t season = 0, episode = 0;           // episodes; 0 prints as \N
  bool nonfiction() const { return genres & kNonFiction; }
};

TitleInfo DescribeTitle(const World& w, uint32_t i);

// primaryTitle and originalTitle (equal for most English-language titles).
void TitleText(const World& w, const TitleInfo& t, std::string& primary,
                std::string& original);

// A title in language `lang` drawn from rng (aka titles, translations).
void MakeTitle(Rng& rng, Lang lang, std::string& out);

}  // namespace datagen
