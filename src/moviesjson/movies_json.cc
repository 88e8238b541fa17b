#include "moviesjson/movies_json.h"

#include <simdjson.h>

#include <cmath>

#include "marquee/index.h"
#include "catalog/ingest_file.h"
#include "util/hash.h"
#include "util/input_stream.h"
#include "util/text.h"

namespace marquee::moviesjson {
namespace {

using simdjson::dom::element;

// Derived ids are "mt"/"mn" + 8 digits: a hash of the identity key, probed
// forward on the rare collision.
constexpr uint64_t kDerivedSpace = 100000000;

// Byte offsets of the elements of a top-level JSON array (already validated
// by the parser), so bad films can be reported by line.
std::vector<size_t> ElementOffsets(std::string_view text) {
  std::vector<size_t> offsets;
  int depth = 0;
  bool in_string = false, expect = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
    if (depth == 1 && expect) {
      offsets.push_back(i);
      expect = false;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') {
      if (++depth == 1) expect = true;
    } else if (c == ']' || c == '}') --depth;
    else if (c == ',' && depth == 1) expect = true;
  }
  return offsets;
}

uint64_t LineOf(std::string_view text, size_t offset, size_t* cache_off, uint64_t* cache_line) {
  for (size_t i = *cache_off; i < offset; ++i) *cache_line += text[i] == '\n';
  *cache_off = offset;
  return *cache_line;
}

}  // namespace

uint64_t MoviesJsonLoader::FreeKey(uint64_t hash, bool person) {
  const IdMap& map = person ? catalog_->person_rows : catalog_->title_rows;
  uint64_t n = hash % kDerivedSpace;
  while (map.Find(format::kDerivedIdBit | n) != IdMap::kMissing) n = (n + 1) % kDerivedSpace;
  return format::kDerivedIdBit | n;
}

uint32_t MoviesJsonLoader::PersonRow(const std::string& name) {
  auto it = people_.find(name);
  if (it != people_.end()) return it->second;
  format::PersonRecord p = Catalog::EmptyPerson();
  p.name = catalog_->strings.Add(name);
  uint32_t row = 0;
  catalog_->AddPerson(FreeKey(Hash64(name), true), p, &row);
  people_.emplace(name, row);
  return row;
}

Status MoviesJsonLoader::Load(const std::string& path) {
  IngestFile input(path, report_, progress_);
  std::unique_ptr<InputStream> in;
  MARQUEE_RETURN_IF_ERROR(input.Open(&in));
  FileReport& file = input.counts();
  std::string text;
  for (bool eof = false; !eof;) MARQUEE_RETURN_IF_ERROR(in->Read(16 << 20, &text, &eof));
  if (!IsValidUtf8(text)) return Status::Corruption(path + ": not valid UTF-8");

  simdjson::dom::parser parser;
  simdjson::padded_string padded(text);
  element root;
  if (auto err = parser.parse(padded).get(root)) {
    return Status::Corruption(path + ": not valid JSON (" + simdjson::error_message(err) + ")");
  }
  simdjson::dom::array films;
  if (root.get_array().get(films)) {
    return Status::Corruption(path + ": expected a JSON array of films at the top level");
  }
  std::vector<size_t> offsets = ElementOffsets(text);
  size_t line_off = 0;
  uint64_t line = 1;
  Catalog& cat = *catalog_;
  uint32_t actor, director, writer;
  cat.categories.Code("actor", &cat.strings, &actor);
  cat.categories.Code("director", &cat.strings, &director);
  cat.categories.Code("writer", &cat.strings, &writer);

  size_t index = 0;
  for (element film : films) {
    size_t at = index < offsets.size() ? offsets[index] : 0;
    ++index;
    ++file.rows_read;
    uint64_t film_line = LineOf(text, at, &line_off, &line);
    auto bad = [&](const std::string& reason) { return report_->Bad(path, film_line, reason); };

    simdjson::dom::object obj;
    std::string_view title;
    if (film.get_object().get(obj)) { MARQUEE_RETURN_IF_ERROR(bad("film is not a JSON object")); continue; }
    if (obj["title"].get_string().get(title) || title.empty()) {
      MARQUEE_RETURN_IF_ERROR(bad("film without a string title"));
      continue;
    }
    format::TitleRecord t = Catalog::EmptyTitle();
    std::string reason;
    auto get_int = [&](const char* field, int64_t lo, int64_t hi, int64_t* v) {
      element e;
      if (obj[field].get(e) || e.is_null()) return false;
      double d;
      if (e.is_int64()) *v = e.get_int64().value();
      else if (e.is_uint64()) *v = static_cast<int64_t>(std::min<uint64_t>(e.get_uint64().value(), INT64_MAX));
      else if (!e.get_double().get(d) && d == std::floor(d) && std::abs(d) < 1e15) *v = static_cast<int64_t>(d);
      else { reason = std::string("field '") + field + "' is not a whole number"; return false; }
      if (*v < lo || *v > hi) { reason = std::string("field '") + field + "' is out of range"; return false; }
      return true;
    };
    int64_t v;
    if (get_int("year", 1, 9999, &v)) t.start_year = static_cast<uint16_t>(v);
    if (get_int("end_year", 1, 9999, &v)) t.end_year = static_cast<uint16_t>(v);
    if (get_int("runtime", 0, 0xFFFFFFFE, &v)) t.runtime = static_cast<uint32_t>(v);
    if (get_int("votes", 0, 0xFFFFFFFF, &v)) t.votes = static_cast<uint32_t>(v);
    double rating;
    if (!obj["rating"].get_double().get(rating)) {
      if (rating < 1.0 || rating > 10.0) reason = "field 'rating' is not from 1.0 to 10.0";
      else t.rating10 = static_cast<uint8_t>(std::lround(rating * 10));
    }
    std::string_view type = "movie", original, plot;
    if (obj["type"].get_string().get(type) == simdjson::SUCCESS && type.empty()) type = "movie";
    if (obj["original_title"].get_string().get(original)) original = {};
    if (obj["extract"].get_string().get(plot)) plot = {};

    // Cast and crew, validated before anything is added.
    struct Entry { std::string name; uint32_t category; std::string characters; std::string job; };
    std::vector<Entry> entries;
    auto add_names = [&](const char* field, uint32_t category) {
      simdjson::dom::array arr;
      if (obj[field].get_array().get(arr)) return;
      for (element e : arr) {
        std::string_view name;
        if (e.get_string().get(name)) { reason = std::string("'") + field + "' entry is not a name"; return; }
        entries.push_back({std::string(name), category, "", ""});
      }
    };
    simdjson::dom::array cast;
    if (!obj["cast"].get_array().get(cast)) {
      for (element e : cast) {
        std::string_view name, s;
        Entry entry{"", actor, "", ""};
        if (!e.get_string().get(name)) {
          entry.name = std::string(name);
        } else if (e.is_object()) {
          if (e["name"].get_string().get(name)) { reason = "cast object without a string name"; break; }
          entry.name = std::string(name);
          if (!e["category"].get_string().get(s) && !cat.categories.Code(s, &cat.strings, &entry.category)) {
            reason = "too many categories";
          }
          if (!e["character"].get_string().get(s)) entry.characters = std::string(s);
          simdjson::dom::array chars;
          if (!e["characters"].get_array().get(chars)) {
            for (element c : chars) {
              if (c.get_string().get(s)) { reason = "'characters' entry is not a string"; break; }
              if (!entry.characters.empty()) entry.characters.push_back(format::kListSeparator);
              entry.characters.append(s);
            }
          }
        } else {
          reason = "cast entry is neither a name nor an object";
          break;
        }
        entries.push_back(std::move(entry));
      }
    } else if (obj["cast"].error() != simdjson::NO_SUCH_FIELD && !obj["cast"].is_null()) {
      reason = "'cast' is not an array";
    }
    add_names("directors", director);
    add_names("writers", writer);
    simdjson::dom::array crew;
    if (!obj["crew"].get_array().get(crew)) {
      for (element e : crew) {
        std::string_view name, category, job;
        if (e["name"].get_string().get(name) || e["category"].get_string().get(category)) {
          reason = "crew entry needs a string name and category";
          break;
        }
        Entry entry{std::string(name), 0, "", ""};
        if (!cat.categories.Code(category, &cat.strings, &entry.category)) reason = "too many categories";
        if (!e["job"].get_string().get(job)) entry.job = std::string(job);
        entries.push_back(std::move(entry));
      }
    }
    if (reason.empty()) {
      for (const Entry& e : entries) {
        // Characters are checked item by item: the list separator is itself a
        // control character.
        bool bad_chars = false;
        for (std::string_view c : ListText{e.characters}.Items()) bad_chars |= HasControlChars(c);
        if (HasControlChars(e.name) || bad_chars || HasControlChars(e.job))
          reason = "control character in a name, character or job";
      }
      if (HasControlChars(title)) reason = "control character in the title";
    }
    if (!reason.empty()) {
      MARQUEE_RETURN_IF_ERROR(bad(reason));
      continue;
    }

    uint32_t type_code;
    if (!cat.title_types.Code(type, &cat.strings, &type_code)) {
      MARQUEE_RETURN_IF_ERROR(bad("too many distinct title types"));
      continue;
    }
    std::string title_nfc = NormalizeNfc(title);
    t.type = static_cast<uint8_t>(type_code);
    t.primary_title = cat.strings.Add(title_nfc);
    t.original_title = original.empty() ? t.primary_title : cat.strings.Add(NormalizeNfc(original));
    simdjson::dom::array genres;
    if (!obj["genres"].get_array().get(genres)) {
      std::string list;
      for (element g : genres) {
        std::string_view s;
        if (g.get_string().get(s) || s.empty()) continue;
        if (!list.empty()) list.push_back(format::kListSeparator);
        list.append(s);
      }
      t.genres = cat.strings.Intern(list);
    }
    // Identity: title and year; the n-th film of the same title and year
    // (remakes released the same year exist) gets its own key.
    std::string identity = title_nfc + "|" + std::to_string(t.start_year);
    uint32_t nth = title_seen_[identity]++;
    if (nth > 0) identity += "|" + std::to_string(nth);
    uint32_t row;
    cat.AddTitle(FreeKey(Hash64(identity), false), t, &row);
    if (!plot.empty()) cat.plots.push_back({row, cat.strings.Add(plot)});

    uint32_t ordering = 0;
    for (const Entry& e : entries) {
      std::string name = NormalizeNfc(e.name);
      while (!name.empty() && name.back() == ' ') name.pop_back();
      while (!name.empty() && name.front() == ' ') name.erase(0, 1);
      if (name.empty()) {
        report_->Dropped(path, film_line, "empty name in a cast or crew list");
        continue;
      }
      uint32_t job = 0;
      if (!e.job.empty()) cat.jobs.Code(e.job, &cat.strings, &job);
      cat.credits.push_back({row, PersonRow(name), cat.strings.Intern(e.characters),
                             format::MakeRole(e.category, job), ordering++});
    }
    ++file.rows_kept;
  }
  input.Finish();
  return Status::OK();
}

}  // namespace marquee::moviesjson
