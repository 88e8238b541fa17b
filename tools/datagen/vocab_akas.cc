// vocab_akas.cc — title.akas vocabularies: release regions (with the
// language their titles are in, and how often they appear) and attributes.
#include "vocab.h"

namespace datagen {

static std::vector<std::string_view> Split(std::string_view s) {
  WordList w(s);
  std::vector<std::string_view> out;
  for (size_t i = 0; i < w.size(); ++i) out.push_back(w[i]);
  return out;
}

const std::vector<Region>& Regions() {
  static const std::vector<Region> v = {
      {"US", kEn, 14}, {"GB", kEn, 6}, {"DE", kDe, 6}, {"FR", kFr, 6},
      {"JP", kJa, 5},  {"ES", kEs, 5}, {"IT", kIt, 5}, {"BR", kPt, 5},
      {"RU", kRu, 4},  {"IN", kHi, 4}, {"XWW", kEn, 5}, {"CA", kEn, 4},
      {"AU", kEn, 3},  {"MX", kEs, 3}, {"KR", kKo, 2}, {"GR", kEl, 2},
      {"TR", kTr, 2},  {"PL", kPl, 3}, {"SE", kEn, 2}, {"PT", kPt, 2},
      {"AR", kEs, 2},  {"HU", kEn, 2}, {"FI", kEn, 2}, {"NL", kEn, 2},
      {"TW", kZh, 1},  {"CN", kZh, 1}, {"EG", kAr, 1}};
  return v;
}

const std::vector<std::string_view>& AkaAttributes() {
  static const auto v = Split(
      "literal title|literal title|alternative spelling|new title|reissue title|"
      "English title|short title|informal title|working title|"
      "original subtitled version|dubbed version|copyright title|review title|"
      "promotional title|censored version|cable TV title|complete title|"
      "long title|poster title|video box title|premiere title|"
      "transliterated title|teaser title|3-D version|IMAX version");
  return v;
}

}  // namespace datagen
