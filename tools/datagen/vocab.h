// vocab.h — the closed vocabularies of the IMDb files and the word pools that
// synthetic names and titles are built from.
//
// Promise: enum values index the string tables below; genres are listed in
// IMDb's (ASCII) order so a bitmask prints sorted like the real files. Word
// pools are deliberately small: a limited first x last name pool makes many
// people share a name, and a limited title vocabulary makes the same
// primaryTitle recur across years and types, both as in the real data.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace datagen {

enum TitleType : uint8_t {
  kShort, kMovie, kTvEpisode, kTvSeries, kTvMovie, kTvMiniSeries, kTvSpecial,
  kVideo, kVideoGame, kTvShort, kTvPilot, kNumTypes
};
extern const char* const kTypeNames[kNumTypes];
extern const double kTypeShare[kNumTypes];  // share of all titles

constexpr int kNumGenres = 28;
extern const char* const kGenreNames[kNumGenres];
enum Genre : int {
  gAction, gAdult, gAdventure, gAnimation, gBiography, gComedy, gCrime,
  gDocumentary, gDrama, gFamily, gFantasy, gFilmNoir, gGameShow, gHistory,
  gHorror, gMusic, gMusical, gMystery, gNews, gRealityTV, gRomance, gSciFi,
  gShort, gSport, gTalkShow, gThriller, gWar, gWestern
};
// Genres whose cast appear as themselves ("self"), not as characters.
constexpr uint32_t kNonFiction = (1u << gDocumentary) | (1u << gTalkShow) |
    (1u << gNews) | (1u << gRealityTV) | (1u << gGameShow);

enum Category : uint8_t {
  cActor, cActress, cSelf, cDirector, cWriter, cProducer, cComposer,
  cCinematographer, cEditor, cProductionDesigner, cCastingDirector,
  cArchiveFootage, cArchiveSound, kNumCategories
};
extern const char* const kCategoryNames[kNumCategories];

// Person populations; a person belongs to exactly one pool, which decides
// their first profession and which credits they are drawn for.
enum Pool : uint8_t {
  pActor, pActress, pSelf, pDirector, pWriter, pProducer, pComposer,
  pCinematographer, pEditor, pDesigner, pCasting, pOther, kNumPools
};
extern const double kPoolShare[kNumPools];
extern const char* const kPoolProfession[kNumPools];
Pool PoolOf(Category c);

// Secondary professions (primaryProfession items 2 and 3), and the
// professions of the pOther pool (people credited outside the principals).
extern const std::vector<std::string_view>& ExtraProfessions();
extern const std::vector<std::string_view>& OtherProfessions();

enum Lang : uint8_t {
  kEn, kEs, kFr, kDe, kIt, kPt, kTr, kPl, kRu, kEl, kJa, kZh, kKo, kAr, kHi,
  kNumLangs
};
extern const double kLangShare[kNumLangs];  // original language of titles
extern const char* const kLangCodes[kNumLangs];  // ISO 639-1, for title.akas

// A '|'-separated literal split once into views (static storage).
class WordList {
 public:
  WordList() = default;
  explicit WordList(std::string_view packed);
  size_t size() const { return w_.size(); }
  std::string_view operator[](size_t i) const { return w_[i]; }
 private:
  std::vector<std::string_view> w_;
};

struct Culture {
  WordList male, female, last;
  double weight;      // share of people
  Lang lang;          // language of their characters' names
  bool family_first;  // "Family Given" order
  bool joined;        // no space between the parts (CJK scripts)
};
const std::vector<Culture>& Cultures();
int CultureForLang(Lang l);  // culture whose names suit characters in l

struct TitleWords {
  WordList nouns, adjs;
  bool adj_after;  // "Noun Adj" (Romance languages)
  bool joined;     // no spaces (CJK)
  WordList links;  // "of"-like connectors, may be empty
};
const TitleWords& TitleWordsFor(Lang l);

// title.akas vocabularies.
struct Region { const char* code; Lang lang; double weight; };
const std::vector<Region>& Regions();
extern const std::vector<std::string_view>& AkaAttributes();
// Credit jobs: Jobs(c) lists the job texts seen for category c.
const std::vector<std::string_view>& Jobs(Category c);
// Character-name templates; see characters in rows_principals.cc.
const WordList& CharacterRoles();
const WordList& SelfRoles();

}  // namespace datagen
