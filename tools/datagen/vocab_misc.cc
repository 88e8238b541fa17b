// vocab_misc.cc — IMDb's closed vocabularies (types, genres, categories,
// professions, regions, jobs, aka attributes) and their mix weights.
// Weights follow the February 2026 full dump where known and the 2,000-movie
// sample in tests/data/imdb-sample otherwise; see README.md.
#include "vocab.h"

namespace datagen {

const char* const kTypeNames[kNumTypes] = {
    "short", "movie", "tvEpisode", "tvSeries", "tvMovie", "tvMiniSeries",
    "tvSpecial", "video", "videoGame", "tvShort", "tvPilot"};
const double kTypeShare[kNumTypes] = {0.070, 0.075, 0.7665, 0.024, 0.013, 0.0065,
                                      0.0055, 0.030, 0.0045, 0.0039, 0.0001};

const char* const kGenreNames[kNumGenres] = {
    "Action", "Adult", "Adventure", "Animation", "Biography", "Comedy", "Crime",
    "Documentary", "Drama", "Family", "Fantasy", "Film-Noir", "Game-Show",
    "History", "Horror", "Music", "Musical", "Mystery", "News", "Reality-TV",
    "Romance", "Sci-Fi", "Short", "Sport", "Talk-Show", "Thriller", "War",
    "Western"};

const char* const kCategoryNames[kNumCategories] = {
    "actor", "actress", "self", "director", "writer", "producer", "composer",
    "cinematographer", "editor", "production_designer", "casting_director",
    "archive_footage", "archive_sound"};

const double kPoolShare[kNumPools] = {0.27, 0.19, 0.10, 0.06, 0.07, 0.08,
                                      0.03, 0.03, 0.03, 0.01, 0.01, 0.12};
const char* const kPoolProfession[kNumPools] = {
    "actor", "actress", "", "director", "writer", "producer", "composer",
    "cinematographer", "editor", "production_designer", "casting_director", ""};

Pool PoolOf(Category c) {
  switch (c) {
    case cActor: return pActor;
    case cActress: return pActress;
    case cSelf: case cArchiveFootage: case cArchiveSound: return pSelf;
    case cDirector: return pDirector;
    case cWriter: return pWriter;
    case cProducer: return pProducer;
    case cComposer: return pComposer;
    case cCinematographer: return pCinematographer;
    case cEditor: return pEditor;
    case cProductionDesigner: return pDesigner;
    case cCastingDirector: return pCasting;
    default: return pOther;
  }
}

const double kLangShare[kNumLangs] = {0.62, 0.06, 0.05, 0.04, 0.02, 0.03, 0.015,
                                      0.01, 0.025, 0.005, 0.04, 0.02, 0.02, 0.01,
                                      0.03};
const char* const kLangCodes[kNumLangs] = {"en", "es", "fr", "de", "it", "pt", "tr", "pl",
                                           "ru", "el", "ja", "zh", "ko", "ar", "hi"};

WordList::WordList(std::string_view packed) {
  size_t start = 0;
  while (start <= packed.size()) {
    size_t bar = packed.find('|', start);
    if (bar == std::string_view::npos) bar = packed.size();
    if (bar > start) w_.push_back(packed.substr(start, bar - start));
    start = bar + 1;
  }
}

static std::vector<std::string_view> Split(std::string_view s) {
  WordList w(s);
  std::vector<std::string_view> out;
  for (size_t i = 0; i < w.size(); ++i) out.push_back(w[i]);
  return out;
}

// Repeated entries weight the draw (producer and writer are the commonest
// second professions in the sample).
const std::vector<std::string_view>& ExtraProfessions() {
  static const auto v = Split(
      "producer|producer|producer|writer|writer|writer|director|director|"
      "miscellaneous|miscellaneous|soundtrack|soundtrack|music_department|"
      "camera_department|editorial_department|assistant_director|"
      "sound_department|production_manager|art_department|executive|stunts|"
      "visual_effects|casting_department|script_department|art_director|"
      "location_management|make_up_department|manager|costume_department|"
      "animation_department|special_effects|costume_designer|talent_agent|"
      "set_decorator|transportation_department|publicist|legal|archive_footage");
  return v;
}

const std::vector<std::string_view>& OtherProfessions() {
  static const auto v = Split(
      "camera_department|camera_department|miscellaneous|miscellaneous|"
      "sound_department|art_department|editorial_department|assistant_director|"
      "production_manager|visual_effects|stunts|music_department|"
      "animation_department|make_up_department|costume_department|"
      "location_management|transportation_department|special_effects|"
      "script_department|casting_department|set_decorator|costume_designer|"
      "executive|manager|soundtrack|art_director|talent_agent|publicist|legal|"
      "assistant|electrical_department|podcaster");
  return v;
}

const std::vector<std::string_view>& Jobs(Category c) {
  static const auto writer = Split(
      "screenplay|screenplay|writer|written by|story|screenplay by|novel|"
      "dialogue|Writer|co-writer|story by|script writer|creator|teleplay|book|"
      "original story|based on the novel by|manga|adaptation|play|characters");
  static const auto producer = Split(
      "producer|producer|producer|producer|producer|producer|producer|producer|"
      "producer|producer|producer|producer|executive producer|co-producer|"
      "line producer|associate producer|supervising producer");
  static const auto director = Split("co-director|co-director|second director");
  static const auto dop = Split("director of photography");
  static const auto composer = Split("composer|composer|music director|original music");
  static const auto editor = Split("co-editor|supervising editor|editor");
  static const std::vector<std::string_view> none;
  switch (c) {
    case cWriter: return writer;
    case cProducer: return producer;
    case cDirector: return director;
    case cCinematographer: return dop;
    case cComposer: return composer;
    case cEditor: return editor;
    default: return none;
  }
}

// %F first name, %L last name, %N nickname (a first name in quotes).
const WordList& CharacterRoles() {
  static const WordList w(
      "%F|%F|%F|%F|%F|%F|%F %L|%F %L|%F %L|%F|Dr. %L|Detective %L|Officer %L|"
      "Young %F|Mrs. %L|Mr. %L|Nurse|Waitress|Bartender|Police Officer|Doctor|"
      "Narrator|Voice|Party Guest|Student|Reporter|Soldier|Girl|Boy|Mother|"
      "Father|The Stranger|Agent %L|Captain %L|Uncle %F|Aunt %F|%F \"%N\" %L|"
      "Singer (AC\\DC tribute)");
  return w;
}

const WordList& SelfRoles() {
  static const WordList w(
      "Self|Self|Self|Self|Self|Self|Self|Self - Host|Self - Guest|Self - Guest|"
      "Self - Contestant|Self - Presenter|Self - Panelist|Self - Judge|Himself|"
      "Herself|Narrator|Self - Interviewee|Self - Correspondent");
  return w;
}

}  // namespace datagen
