// Text helpers shared by ingestion and lookup: UTF-8 validation and the
// folding that makes two spellings of a name compare equal.

#pragma once

#include <string>
#include <string_view>

namespace marquee {

// True when `s` is well-formed UTF-8 (no overlongs, surrogates or bytes past
// U+10FFFF). Fast for ASCII.
bool IsValidUtf8(std::string_view s);

// True when `s` holds a C0 control character other than tab, or DEL.
bool HasControlChars(std::string_view s);

// The key two names are matched by: Unicode NFKC, case-folded, accents
// removed, punctuation turned into spaces and runs of spaces collapsed
// ("Amélie" and "AMELIE" fold alike; "Spider-Man" folds to "spider man").
// Uses utf8proc; invalid UTF-8 folds to the empty string.
std::string FoldForMatch(std::string_view s);

// NFC-normalised copy of valid UTF-8 (names in movies-JSON are keyed by it).
std::string NormalizeNfc(std::string_view s);

}  // namespace marquee
