// Request: one question to Marquee, as every interface asks it. The CLI,
// the HTTP server and the Python module each turn their own syntax (flags,
// query parameters, keyword arguments) into a Request through SetOption, so
// an option means the same and is checked the same wherever it is given:
// one parser per option. Engine::Ask (marquee/engine.h) answers a Request.
//
// SetOption checks an option's form ("1990s", "-1999", a count); whether a
// category or title type exists is checked against the index by Ask.

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "marquee/status.h"

namespace marquee {

enum class Command {
  kSearch, kTitle, kCast, kPerson, kFilmography,      // one title or person
  kCostars, kShared, kPath, kDistances, kCenter,       // connections
  kInfo,
};
const char* CommandName(Command command);             // "search", "cast", …
// InvalidArgument naming the commands when `name` is none of them.
Status ParseCommand(std::string_view name, Command* command);

// A range of years; 0 is open at that end.
struct YearRange {
  int from = 0, to = 0;
  bool empty() const { return !from && !to; }
};

// Reads "1990-1999", "1990-", "-1999", "1990" or "1990s" (the decade);
// anything else, or a range that ends before it starts, is InvalidArgument
// naming the accepted forms.
Status ParseYears(std::string_view text, YearRange* years);

struct Request {
  Command command = Command::kSearch;
  // What the command is about, as typed: the search query, a title, a
  // person, or the people of shared/path.
  std::vector<std::string> subjects;

  std::optional<int> year;               // title, cast, search: the title's year
  std::vector<std::string> types;        // title types; search also "title", "person"
  std::vector<std::string> categories;   // credit categories or groups (cast, crew, all)
  YearRange years;                       // filmography and connections
  bool crew = false;                     // cast: the crew too
  bool episodes = false;                 // filmography: episode credits one by one
  uint32_t limit = 0;                    // search, costars: how many; 0: the default
  uint32_t all = 0;                      // path: up to N chains, and count them all
  uint32_t top = 10;                     // center
  uint32_t min_reach = 0;                // center: rank only people who reach this many; 0: the default
  uint32_t threads = 2;                  // center
  uint32_t min_votes = 0;                // connections: titles with fewer votes do not link
  bool adult = false;                    // connections: adult titles link too
  uint64_t max_visits = 0;               // connections: work budget; 0: the default
  double timeout = 0;                    // connections: seconds; 0: the default
};

// Sets option `name` (without dashes: "years", "category", "type", "year",
// "limit", "all", "top", "min-reach", "threads", "min-votes", "adult",
// "crew", "episodes", "max-visits", "timeout") from its text `value`.
// List options take comma-separated values and add to what is there; flags
// take "", "true" or "false". InvalidArgument names the option, the value
// and what it accepts; unknown options too.
Status SetOption(Request* request, std::string_view name, std::string_view value);

}  // namespace marquee
