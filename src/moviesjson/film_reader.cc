#include "moviesjson/film_reader.h"

#include <cmath>

#include "catalog/catalog.h"
#include "marquee/index.h"
#include "util/text.h"

namespace marquee::moviesjson {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

// Reads one film's fields; each step returns false with reason_ set at the
// first field it cannot use.
class FilmReader {
 public:
  FilmReader(object obj, Film* film) : obj_(obj), film_(film) {}

  std::string Read() {
    if (ReadTitle() && ReadNumbers() && ReadTexts() && ReadGenres() && ReadCast() &&
        ReadNames("directors", "director") && ReadNames("writers", "writer") && ReadCrew()) {
      CheckControlChars();
    }
    return reason_;
  }

 private:
  // The field's value; false when it is absent or null.
  static bool Given(object o, const char* key, element* e) {
    return !o[key].get(*e) && !e->is_null();
  }
  bool Fail(std::string reason) {
    reason_ = std::move(reason);
    return false;
  }
  // An optional string field of `o`; `what` names it in the reason.
  bool OptionalString(object o, const char* key, const std::string& what, std::string_view* value) {
    element e;
    if (!Given(o, key, &e)) return true;
    if (e.get_string().get(*value)) return Fail(what + " is not a string");
    return true;
  }
  // An optional array field; `*given` false when absent or null.
  bool OptionalArray(const char* key, array* a, bool* given) {
    element e;
    *given = Given(obj_, key, &e);
    if (*given && e.get_array().get(*a)) return Fail(std::string("field '") + key + "' is not an array");
    return true;
  }

  bool ReadTitle() {
    if (obj_["title"].get_string().get(film_->title) || film_->title.empty())
      return Fail("film without a string title");
    return true;
  }

  bool WholeNumber(const char* key, int64_t lo, int64_t hi, int64_t* v, bool* given) {
    element e;
    *given = Given(obj_, key, &e);
    if (!*given) return true;
    double d;
    std::string field = std::string("field '") + key + "'";
    if (e.is_int64()) *v = e.get_int64().value();
    else if (e.is_uint64()) return Fail(field + " is out of range");
    else if (!e.get_double().get(d) && d == std::floor(d)) {
      if (!(d >= static_cast<double>(lo) && d <= static_cast<double>(hi))) return Fail(field + " is out of range");
      *v = static_cast<int64_t>(d);
    } else {
      return Fail(field + " is not a whole number");
    }
    if (*v < lo || *v > hi) return Fail(field + " is out of range");
    return true;
  }

  bool ReadNumbers() {
    format::TitleRecord& t = film_->facts;
    t = Catalog::EmptyTitle();
    int64_t v;
    bool given;
    if (!WholeNumber("year", 1, 9999, &v, &given)) return false;
    if (given) t.start_year = static_cast<uint16_t>(v);
    if (!WholeNumber("end_year", 1, 9999, &v, &given)) return false;
    if (given) t.end_year = static_cast<uint16_t>(v);
    if (!WholeNumber("runtime", 0, 0xFFFFFFFE, &v, &given)) return false;
    if (given) t.runtime = static_cast<uint32_t>(v);
    if (!WholeNumber("votes", 0, 0xFFFFFFFF, &v, &given)) return false;
    if (given) t.votes = static_cast<uint32_t>(v);
    element e;
    if (Given(obj_, "rating", &e)) {
      double rating;
      if (e.get_double().get(rating)) return Fail("field 'rating' is not a number");
      if (!(rating >= 1.0 && rating <= 10.0)) return Fail("field 'rating' is not from 1.0 to 10.0");
      t.rating10 = static_cast<uint8_t>(std::lround(rating * 10));
    }
    return true;
  }

  bool ReadTexts() {
    if (!OptionalString(obj_, "type", "field 'type'", &film_->type) ||
        !OptionalString(obj_, "original_title", "field 'original_title'", &film_->original_title) ||
        !OptionalString(obj_, "extract", "field 'extract'", &film_->plot)) {
      return false;
    }
    if (film_->type.empty()) film_->type = "movie";
    return true;
  }

  // Strings of an array joined by the list separator; empty strings, which
  // carry nothing, are left out.
  bool JoinStrings(array a, const std::string& what, std::string* list) {
    for (element e : a) {
      std::string_view s;
      if (e.get_string().get(s)) return Fail(what + " is not an array of strings");
      if (s.empty()) continue;
      if (!list->empty()) list->push_back(format::kListSeparator);
      list->append(s);
    }
    return true;
  }

  bool ReadGenres() {
    array a;
    bool given;
    if (!OptionalArray("genres", &a, &given)) return false;
    return !given || JoinStrings(a, "field 'genres'", &film_->genres);
  }

  bool ReadCast() {
    array cast;
    bool given;
    if (!OptionalArray("cast", &cast, &given)) return false;
    if (!given) return true;
    for (element e : cast) {
      FilmCredit c{{}, "actor", {}, {}};
      object o;
      if (!e.get_string().get(c.name)) {
        film_->credits.push_back(std::move(c));
        continue;
      }
      if (e.get_object().get(o)) return Fail("cast entry is neither a name nor an object");
      if (o["name"].get_string().get(c.name)) return Fail("cast object without a string name");
      std::string_view character;
      if (!OptionalString(o, "category", "cast field 'category'", &c.category) ||
          !OptionalString(o, "character", "cast field 'character'", &character)) {
        return false;
      }
      if (c.category.empty()) c.category = "actor";
      c.characters = std::string(character);
      array characters;
      element list;
      if (Given(o, "characters", &list)) {
        if (list.get_array().get(characters)) return Fail("cast field 'characters' is not an array of strings");
        if (!JoinStrings(characters, "cast field 'characters'", &c.characters)) return false;
      }
      film_->credits.push_back(std::move(c));
    }
    return true;
  }

  bool ReadNames(const char* key, std::string_view category) {
    array a;
    bool given;
    if (!OptionalArray(key, &a, &given)) return false;
    if (!given) return true;
    for (element e : a) {
      std::string_view name;
      if (e.get_string().get(name)) return Fail(std::string("'") + key + "' entry is not a name");
      film_->credits.push_back({name, category, {}, {}});
    }
    return true;
  }

  bool ReadCrew() {
    array crew;
    bool given;
    if (!OptionalArray("crew", &crew, &given)) return false;
    if (!given) return true;
    for (element e : crew) {
      FilmCredit c;
      object o;
      if (e.get_object().get(o) || o["name"].get_string().get(c.name) ||
          o["category"].get_string().get(c.category) || c.category.empty()) {
        return Fail("crew entry needs a string name and category");
      }
      if (!OptionalString(o, "job", "crew field 'job'", &c.job)) return false;
      film_->credits.push_back(std::move(c));
    }
    return true;
  }

  void CheckControlChars() {
    if (HasControlChars(film_->title)) {
      Fail("control character in the title");
      return;
    }
    for (const FilmCredit& c : film_->credits) {
      // Characters are checked item by item: the list separator is itself
      // a control character.
      bool bad_characters = false;
      for (std::string_view s : ListText{c.characters}.Items()) bad_characters |= HasControlChars(s);
      if (HasControlChars(c.name) || bad_characters || HasControlChars(c.job)) {
        Fail("control character in a name, character or job");
        return;
      }
    }
  }

  object obj_;
  Film* film_;
  std::string reason_;
};

}  // namespace

std::string ReadFilm(element element, Film* film) {
  object obj;
  if (element.get_object().get(obj)) return "film is not a JSON object";
  return FilmReader(obj, film).Read();
}

}  // namespace marquee::moviesjson
