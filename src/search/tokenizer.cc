#include "search/tokenizer.h"

#include "util/text.h"

namespace marquee::search {

char32_t DecodeAt(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return c;
  size_t n = Utf8Length(c);
  if (n == 1 || i + n > s.size()) return 0xFFFD;
  char32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return cp;
}

bool IsUnspacedScript(char32_t cp) {
  return (cp >= 0x0E00 && cp <= 0x0E7F) ||    // Thai
         (cp >= 0x3040 && cp <= 0x30FF) ||    // Hiragana, Katakana
         (cp >= 0x31F0 && cp <= 0x31FF) ||    // Katakana extensions
         (cp >= 0x3400 && cp <= 0x4DBF) ||    // Han extension A
         (cp >= 0x4E00 && cp <= 0x9FFF) ||    // Han
         (cp >= 0xF900 && cp <= 0xFAFF) ||    // Han compatibility
         (cp >= 0x20000 && cp <= 0x3FFFF);    // Han extensions B+
}

namespace {

void Emit(std::string_view word, std::vector<std::string_view>* words) {
  if (word.empty()) return;
  if (word.size() > kMaxTermBytes) {
    size_t cut = kMaxTermBytes;
    while (cut > 0 && (static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80) --cut;
    word = word.substr(0, cut);
  }
  words->push_back(word);
}

}  // namespace

void SplitFolded(std::string_view folded, std::vector<std::string_view>* words) {
  size_t start = 0, i = 0;
  while (i < folded.size()) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    if (c == ' ') {
      Emit(folded.substr(start, i - start), words);
      start = ++i;
      continue;
    }
    size_t n = Utf8Length(c);
    if (c >= 0xE0 && IsUnspacedScript(DecodeAt(folded, i))) {
      Emit(folded.substr(start, i - start), words);
      Emit(folded.substr(i, n), words);
      start = i + n;
    }
    i += n;
  }
  if (start < folded.size()) Emit(folded.substr(start), words);
}

namespace {

bool AsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool Elidable(char c) { return c == 'd' || c == 'D' || c == 'l' || c == 'L'; }

// Elision: the French and Italian articles d' and l' before a word
// ("d'Amélie", "L'Atalante") become words of their own, so the word is found
// alone; FoldForMatch would join them ("damelie"). Names keep theirs
// ("O'Brien" stays "obrien").
bool Elide(std::string_view text, std::string* out) {
  if (text.find('\'') == std::string_view::npos && text.find("\xE2\x80\x99") == std::string_view::npos) return false;
  out->clear();
  bool changed = false;
  for (size_t i = 0; i < text.size(); ++i) {
    size_t len = text[i] == '\'' ? 1 : text.compare(i, 3, "\xE2\x80\x99") == 0 ? 3 : 0;
    if (len && i >= 1 && Elidable(text[i - 1]) && (i == 1 || !AsciiLetter(text[i - 2])) &&
        i + len < text.size() && static_cast<unsigned char>(text[i + len]) != ' ') {
      out->push_back(' ');
      i += len - 1;
      changed = true;
      continue;
    }
    out->push_back(text[i]);
  }
  return changed;
}

}  // namespace

void Tokenize(std::string_view text, std::string* folded, std::vector<std::string_view>* words) {
  words->clear();
  std::string elided;
  *folded = FoldForMatch(Elide(text, &elided) ? std::string_view(elided) : text);
  SplitFolded(*folded, words);
}

}  // namespace marquee::search
