// The questions Marquee answers about one title or one person, computed from
// an open Index: resolving what the user typed, a title's cast and crew, a
// person's filmography. Results are plain structs; src/render turns them
// into tables or JSON, so the CLI and the HTTP server answer alike.

#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marquee/index.h"
#include "marquee/status.h"

namespace marquee {

// What narrows free text down to one title or person.
struct ResolveOptions {
  std::optional<int> year;               // a title's start year
  std::vector<std::string> types;        // title types, e.g. "movie"
};

// A title or person the text could mean, for "did you mean" lists.
struct Candidate {
  uint32_t row = kNoRow;
  std::string id;
  std::string label;   // "Twilight (2008, movie)" / "Toni Collette (b. 1972, actress)"
};

// Resolves `text`, an id or a name, to one row. When several rows match
// equally, returns Ambiguous and fills `candidates` (best first) so the
// caller can show them with how to choose; NotFound when none matches.
Status ResolveTitle(const Index& index, std::string_view text, const ResolveOptions& options,
                    TitleRow* row, std::vector<Candidate>* candidates);
Status ResolvePerson(const Index& index, std::string_view text, PersonRow* row,
                     std::vector<Candidate>* candidates);
std::string TitleLabel(const Index& index, TitleRow row);
std::string PersonLabel(const Index& index, PersonRow row);

// True for the categories that appear on screen (actor, actress, self,
// archive footage and sound); all others are crew.
bool IsCastCategory(std::string_view category);

struct CastEntry {
  PersonRow person = kNoRow;
  std::string_view category;
  std::string_view job;
  std::vector<std::string_view> characters;
  // For a series: how many of its episodes credit the person and when.
  uint32_t episodes = 0;
  int first_year = 0, last_year = 0;
};

struct CrewGroup {
  std::string_view category;             // "director", "writer", …
  std::vector<CastEntry> members;        // billing order
};

struct CastResult {
  TitleRow title = kNoRow;               // Index::title(row) has its facts
  std::vector<CastEntry> cast;           // billing order; series: then by episodes
  std::vector<CrewGroup> crew;           // empty unless asked for
  uint32_t episodes_scanned = 0;         // series: episodes aggregated
};

struct CastOptions {
  bool crew = false;
  bool aggregate_episodes = true;        // for series
};

CastResult GetCast(const Index& index, TitleRow title, const CastOptions& options);

struct FilmographyOptions {
  std::vector<std::string> categories;   // empty: all
  std::vector<std::string> types;        // title types; empty: all
  int year_from = 0, year_to = 0;        // 0: open
  bool group_episodes = true;            // one row per series instead of per episode
};

struct FilmographyEntry {
  TitleRow title = kNoRow;               // the series when episodes are grouped
  std::string_view category;
  std::string_view job;
  std::vector<std::string_view> characters;
  uint32_t episodes = 0;                 // grouped episode credits (0: not a series row)
  int first_year = 0, last_year = 0;
};

struct FilmographyResult {
  PersonRow person = kNoRow;             // Index::person(row) has the facts
  std::vector<FilmographyEntry> entries; // by year, then title
  uint32_t total_credits = 0;            // before filters
};

// Fails with InvalidArgument on contradictory filters (year_from > year_to).
Status GetFilmography(const Index& index, PersonRow person, const FilmographyOptions& options,
                      FilmographyResult* result);

}  // namespace marquee
