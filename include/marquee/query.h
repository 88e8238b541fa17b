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
#include "marquee/vocabulary.h"

namespace marquee {

// What narrows free text down to one title or person.
struct ResolveOptions {
  std::optional<int> year;               // a title's start year
  std::vector<std::string> types;        // title types, e.g. "movie"
};

// How a name the user typed was matched. Only kFuzzyName is a guess, and
// every interface says so (stderr in text, `resolved.match` in JSON).
enum class MatchedBy { kId, kExactName, kFuzzyName };
const char* MatchedByName(MatchedBy how);  // "id", "exact", "fuzzy"

// The title or person a request's text was resolved to, and how.
struct Resolution {
  std::string query;                     // what was typed
  uint32_t row = kNoRow;                 // TitleRow or PersonRow
  std::string id;
  std::string name;                      // primary title or person name
  std::string matched_text;              // the name that matched (may be an alternate title)
  MatchedBy how = MatchedBy::kExactName;
  // For a fuzzy match, each query word that differs and what it matched,
  // e.g. "johanson→johansson".
  std::vector<std::string> corrections;
};

// A title or person the text could mean, for "did you mean" lists, with what
// tells same-named ones apart.
struct Candidate {
  uint32_t row = kNoRow;
  std::string id;
  std::string label;     // "Twilight (2008, movie)" / "Toni Collette (b. 1972, actress)"
  std::string name;
  int year = 0;          // a title's start year, a person's birth year; 0 unknown
  std::string type;      // title type, or the person's first profession
  uint32_t credits = 0;  // the title's or person's credits
  std::string hint;      // a title's first-billed actor, a person's best-known title
};

// The resolution contract, the same for every interface. `text` is an id, or
// a name compared after folding case, accents and punctuation:
// - an id or an exact name answers; among several exact names one answers
//   only when it clearly dominates (a main title over episodes, ten times
//   the votes), otherwise Ambiguous with the candidates;
// - with no exact name, a fuzzy match answers only when every word of the
//   query matches a word of the name within a small edit distance (one edit
//   from 3 letters, two from 8, doubled letters free) and it is clearly the
//   best such name; it comes back as MatchedBy::kFuzzyName;
// - otherwise NotFound, with the closest names as suggestions in
//   `candidates`, or Ambiguous when several names fit equally.
// Candidates come best first (relevance, then year).
Status ResolveTitle(const Index& index, std::string_view text, const ResolveOptions& options,
                    Resolution* resolution, std::vector<Candidate>* candidates);
Status ResolvePerson(const Index& index, std::string_view text, Resolution* resolution,
                     std::vector<Candidate>* candidates);
std::string TitleLabel(const Index& index, TitleRow row);
std::string PersonLabel(const Index& index, PersonRow row);


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
