#include "moviesjson/movies_json.h"

#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>

#include "catalog/ingest_file.h"
#include "catalog/name_audit.h"
#include "catalog/name_check.h"
#include "moviesjson/film_reader.h"
#include "moviesjson/json_text.h"
#include "util/hash.h"
#include "util/input_stream.h"
#include "util/text.h"

namespace marquee::moviesjson {
namespace {

// Derived ids are "mt"/"mn" + 8 digits: a hash of the identity key, probed
// forward on the rare collision.
constexpr uint64_t kDerivedSpace = 100000000;

Status ReadAll(InputStream* in, std::string* text) {
  for (bool eof = false; !eof;) MARQUEE_RETURN_IF_ERROR(in->Read(16 << 20, text, &eof));
  return Status::OK();
}

// Parses `text` (a BOM dropped) as the top-level array of films. A number
// too large for the parser is rewritten to one every field refuses, so it
// makes a bad film, not a bad file.
Status ParseFilms(const std::string& path, std::string* text, simdjson::dom::parser* parser,
                  simdjson::padded_string* padded, simdjson::dom::array* films) {
  if (text->starts_with("\xEF\xBB\xBF")) text->erase(0, 3);
  if (!IsValidUtf8(*text)) return Status::Corruption(path + ": not valid UTF-8");
  simdjson::dom::element root;
  *padded = simdjson::padded_string(*text);
  auto err = parser->parse(*padded).get(root);
  if (err == simdjson::NUMBER_ERROR && RewriteOversizedNumbers(text) > 0) {
    *padded = simdjson::padded_string(*text);
    err = parser->parse(*padded).get(root);
  }
  if (err) return Status::Corruption(path + ": not valid JSON (" + simdjson::error_message(err) + ")");
  if (root.get_array().get(*films)) {
    return Status::Corruption(path + ": expected a JSON array of films at the top level");
  }
  return Status::OK();
}

std::string FilmIndex(size_t index) { return "film [" + std::to_string(index) + "]"; }

}  // namespace

uint64_t MoviesJsonLoader::FreeKey(uint64_t hash, bool person) {
  const IdMap& map = person ? catalog_->person_rows : catalog_->title_rows;
  uint64_t n = hash % kDerivedSpace;
  while (map.Find(format::kDerivedIdBit | n) != IdMap::kMissing) n = (n + 1) % kDerivedSpace;
  return format::kDerivedIdBit | n;
}

uint32_t MoviesJsonLoader::PersonRow(const std::string& name, const Position& at) {
  auto it = people_.find(name);
  if (it != people_.end()) return it->second.row;
  format::PersonRecord p = Catalog::EmptyPerson();
  p.name = catalog_->strings.Add(name);
  uint32_t row = 0;
  catalog_->AddPerson(FreeKey(Hash64(name), true), p, &row);
  people_.emplace(name, Seen{row, static_cast<uint32_t>(files_.size() - 1), at.line});
  return row;
}

Status MoviesJsonLoader::Load(const std::string& path) {
  IngestFile input(path, report_, progress_);
  std::unique_ptr<InputStream> in;
  MARQUEE_RETURN_IF_ERROR(input.Open(&in));
  std::string text;
  MARQUEE_RETURN_IF_ERROR(ReadAll(in.get(), &text));
  simdjson::dom::parser parser;
  simdjson::padded_string padded;
  simdjson::dom::array films;
  MARQUEE_RETURN_IF_ERROR(ParseFilms(path, &text, &parser, &padded, &films));
  files_.push_back(path);

  FileReport& file = input.counts();
  std::vector<size_t> offsets = ElementOffsets(text);
  LineCounter lines(text);
  size_t index = 0;
  for (simdjson::dom::element element : films) {
    Position at{&files_.back(), lines.LineOf(index < offsets.size() ? offsets[index] : 0), index};
    ++index;
    ++file.rows_read;
    Film film;
    Codes codes;
    std::string reason = ReadFilm(element, &film);
    if (reason.empty()) reason = CodeVocabularies(film, &codes);
    if (!reason.empty()) {
      MARQUEE_RETURN_IF_ERROR(report_->Bad(path, at.line, reason, FilmIndex(at.index)));
      continue;
    }
    MARQUEE_RETURN_IF_ERROR(AddFilm(film, codes, at));
    ++file.rows_kept;
  }
  input.Finish();
  return Status::OK();
}

std::string MoviesJsonLoader::CodeVocabularies(const Film& film, Codes* codes) {
  Catalog& cat = *catalog_;
  if (!cat.title_types.Code(film.type, &cat.strings, &codes->type)) return "too many distinct title types";
  for (const FilmCredit& c : film.credits) {
    uint32_t category, job = 0;
    if (!cat.categories.Code(c.category, &cat.strings, &category)) return "too many distinct categories";
    if (!c.job.empty() && !cat.jobs.Code(c.job, &cat.strings, &job)) return "too many distinct jobs";
    codes->roles.push_back(format::MakeRole(category, job));
  }
  return "";
}

Status MoviesJsonLoader::AddFilm(const Film& film, const Codes& codes, const Position& at) {
  Catalog& cat = *catalog_;
  format::TitleRecord t = film.facts;
  std::string title_nfc = NormalizeNfc(film.title);
  t.type = static_cast<uint8_t>(codes.type);
  t.primary_title = cat.strings.Add(title_nfc);
  t.original_title =
      film.original_title.empty() ? t.primary_title : cat.strings.Add(NormalizeNfc(film.original_title));
  if (!film.genres.empty()) t.genres = cat.strings.Intern(film.genres);
  // Identity: title and year; the n-th film of the same title and year
  // (remakes released the same year exist) gets its own key.
  std::string identity = title_nfc + "|" + std::to_string(t.start_year);
  uint32_t nth = title_seen_[identity]++;
  if (nth > 0) identity += "|" + std::to_string(nth);
  uint32_t row;
  cat.AddTitle(FreeKey(Hash64(identity), false), t, &row);
  if (!film.plot.empty()) cat.plots.push_back({row, cat.strings.Add(film.plot)});

  uint32_t ordering = 0;
  for (size_t i = 0; i < film.credits.size(); ++i) {
    const FilmCredit& c = film.credits[i];
    std::string name = NormalizeNfc(c.name);
    size_t begin = name.find_first_not_of(' ');
    name = begin == std::string::npos ? "" : name.substr(begin, name.find_last_not_of(' ') - begin + 1);
    const char* not_a_name = name.empty() ? "empty name in a cast or crew list" : NotANameReason(name);
    if (not_a_name != nullptr) {
      std::string detail = fmt::format("\"{}\" in {} \"{}\"", name, FilmIndex(at.index), title_nfc);
      MARQUEE_RETURN_IF_ERROR(report_->Bad(*at.path, at.line, not_a_name, detail));
      continue;
    }
    cat.credits.push_back({row, PersonRow(name, at), cat.strings.Intern(c.characters), codes.roles[i], ordering++});
  }
  return Status::OK();
}

void MoviesJsonLoader::Finish() {
  std::vector<NamedPerson> people;
  people.reserve(people_.size());
  for (const auto& [name, seen] : people_) people.push_back({seen.row, name, files_[seen.file], seen.line});
  std::sort(people.begin(), people.end(), [](const NamedPerson& a, const NamedPerson& b) { return a.row < b.row; });
  AuditNames(people, merge_duplicate_names_, catalog_, report_);
}

}  // namespace marquee::moviesjson
