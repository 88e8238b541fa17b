// Field parsers for the IMDb TSV files: exact column splitting, `\N` nulls,
// strict numbers and tt/nm ids. Each returns false on malformed input so the
// loader can name the reason; none allocates.

#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace marquee::imdb {

inline bool IsNull(std::string_view f) { return f == "\\N"; }

// The longest runtime kept, in minutes: what the public API's int holds
// (larger values printed negative). The longest real film runs ~860 hours.
inline constexpr uint64_t kMaxRuntimeMinutes = 0x7FFFFFFF;

// Splits `line` at tabs into exactly `n` fields; false for any other count.
bool SplitFields(std::string_view line, size_t n, std::string_view* fields);

// Decimal digits only, value <= max.
bool ParseUint(std::string_view f, uint64_t max, uint64_t* out);

// "tt0000001" with prefix "tt": the number. At least 7 digits.
bool ParseId(std::string_view f, std::string_view prefix, uint64_t* key);

// "5.7" -> 57 (one decimal, 1.0 to 10.0).
bool ParseRating(std::string_view f, uint8_t* rating10);

// The characters column, a JSON array of strings such as ["Jess","Narrator"],
// decoded into the items joined by format::kListSeparator. False on anything
// that is not exactly such an array.
bool ParseCharacters(std::string_view f, std::string* joined);

// Comma-separated list into kListSeparator-separated ("Drama,Romance").
std::string CommaListToList(std::string_view f);

}  // namespace marquee::imdb
