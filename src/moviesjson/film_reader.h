// ReadFilm: one element of a movies-JSON array held to the field types of
// docs/movies_json.md. Either the whole film is read, or none of it is and
// the reason names the first field of the wrong type or out of range: a film
// is never kept with a field quietly left out. Absent and null fields are
// the same (the field is not given). Names are returned as written; the
// loader normalises them, since only it decides what is a name.

#pragma once

#include <simdjson.h>

#include <string>
#include <string_view>
#include <vector>

#include "index/format.h"

namespace marquee::moviesjson {

struct FilmCredit {
  std::string_view name;
  std::string_view category;   // "actor" unless the entry says otherwise
  std::string characters;      // format::kListSeparator-joined
  std::string_view job;
};

struct Film {
  std::string_view title;
  std::string_view type = "movie";
  std::string_view original_title, plot;  // empty when not given
  format::TitleRecord facts;               // years, runtime, votes, rating
  std::string genres;                      // format::kListSeparator-joined
  std::vector<FilmCredit> credits;         // cast, directors, writers, crew
};

// Fills *film; returns "" or the reason the film is a bad row. The views
// point into the parser's document.
std::string ReadFilm(simdjson::dom::element element, Film* film);

}  // namespace marquee::moviesjson
