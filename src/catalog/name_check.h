// NotANameReason: tells a scraped fragment from a name in name-keyed input
// (movies JSON), where a cast string is the only identity a person has and a
// fragment such as "Voices of", "(", "Best Actor" or "nominee)" would become
// a "person" linking every film it appears in. The rules are conservative:
// a false rejection loses a real person, a missed fragment only keeps a
// string, so mononyms ("Cher", "X"), stage names with digits, dots or lower
// case ("50 Cent", "will.i.am", "muMs da Schemer") and names with a
// parenthesised nickname ("Dave (Tex) O'Brien") are names.
//
// `name` is NFC and trimmed, and not empty. The result is nullptr for a
// name, else the reason it is not one, worded "not a name: ...", one of:
// no letters; a parenthesised note ("(narrator)", "[a]"); award text ("Best
// Supporting Actress", "Academy Award for Best Actor"); a punctuation
// fragment ("nominee)", "(The", "Cast:", "in post-"); function words ("and",
// "Sr.", "voices of", "the life of": only function or credit words, or
// ending in a lower-case connective such as "of" or "by").

#pragma once

#include <string_view>

namespace marquee {

const char* NotANameReason(std::string_view name);

}  // namespace marquee
