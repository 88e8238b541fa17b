// plan.h — who is credited on a title: the rows of title.principals before
// they are formatted, and the series rosters that episodes share.
//
// Promise: PlanCredits(w, t) is a pure function of the title, so
// title.principals and title.crew (which reuses its directors and writers)
// agree without storing anything. Episodes draw most of their cast from their
// series' fixed core cast, so a series' regulars recur across its episodes.
#pragma once
#include <cstdint>

#include "titles.h"

namespace datagen {

struct Credit {
  Category cat;
  uint32_t person;
  int16_t job;         // index into Jobs(cat), -1 = \N
  bool has_character;
  uint64_t char_seed;  // same seed => same character (series regulars)
};

struct Plan {
  static constexpr int kMax = 10;  // IMDb lists at most 10 principals
  int n = 0;
  Credit c[kMax];
  bool Add(Category cat, uint32_t person, int16_t job = -1, bool has_char = false,
           uint64_t char_seed = 0) {
    if (n == kMax) return false;
    c[n++] = Credit{cat, person, job, has_char, char_seed};
    return true;
  }
};

struct Roster {
  int ncore = 0, ndir = 0, nwri = 0, nprod = 0;
  uint32_t core[8];
  Category core_cat[8];
  uint64_t core_char[8];
  uint32_t dir[4], wri[3], prod[2], composer;
};

// The series' recurring cast and crew, from the series title's index.
// Cached per thread (valid until the next call on that thread).
const Roster& SeriesRoster(const World& w, uint32_t series_title);

void PlanCredits(const World& w, const TitleInfo& t, Plan& p);

}  // namespace datagen
