// Tokenizer: the one way search turns text into words, used alike when the
// index is built and when a query is read, so both sides always agree.
// Text is folded with FoldForMatch (NFKC, case-folded, accents stripped,
// punctuation to spaces) and split on spaces. Scripts written without spaces
// (Han, Hiragana, Katakana, Thai) give one word per character, so part of
// such a title still finds it. A word longer than kMaxTermBytes is cut at a
// character boundary. Invalid UTF-8 gives no words. An elided article
// ("d'Amélie", "L'Atalante") is a word of its own.

#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace marquee::search {

inline constexpr size_t kMaxTermBytes = 40;

// Splits already-folded text into words (views into `folded`).
void SplitFolded(std::string_view folded, std::vector<std::string_view>* words);

// Folds `text` into `*folded` and splits it into `words` (views into *folded).
void Tokenize(std::string_view text, std::string* folded, std::vector<std::string_view>* words);

// Length in bytes of the UTF-8 sequence that starts with byte `lead` (1 for
// stray continuation bytes, so loops always advance).
inline size_t Utf8Length(unsigned char lead) {
  return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// The code point starting at s[i] (U+FFFD when malformed or cut short).
char32_t DecodeAt(std::string_view s, size_t i);

// True for code points of scripts written without spaces between words.
bool IsUnspacedScript(char32_t cp);

}  // namespace marquee::search
