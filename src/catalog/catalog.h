// Catalog: everything a build has read, held in memory in nearly the shape of
// the index file. Source loaders (imdb/, moviesjson/) fill it; Finalize()
// puts titles and people in key order and checks the limits; IndexBuilder
// writes it out. It is the one place where the two input formats meet, so
// queries never need to know where a record came from.
//
// Rows are assigned in insertion order; until Finalize() every row reference
// (credit, aka, parent, known-for) is in insertion numbering.

#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "catalog/id_map.h"
#include "index/format.h"
#include "index/string_heap_builder.h"
#include "marquee/status.h"

namespace marquee {

// A small string -> code table stored in the index (title types, categories,
// jobs). Code 0 of jobs means "none"; other vocabularies start at 0.
class Vocabulary {
 public:
  explicit Vocabulary(uint32_t limit, bool reserve_zero = false)
      : limit_(limit), refs_(reserve_zero ? 1 : 0, 0) {}
  // The code of `s`, adding it if new; false when the table is full.
  bool Code(std::string_view s, StringHeapBuilder* heap, uint32_t* code);
  const std::vector<format::StringRef>& refs() const { return refs_; }

 private:
  uint32_t limit_;
  std::vector<format::StringRef> refs_;
  // Transparent hashing: looking up a string_view allocates nothing, which
  // matters at one lookup per credit row.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> codes_;
};

// A table of distinct 8-byte records coded by index (alternate-title locales
// and kinds, format.h); records must have their padding zeroed.
template <typename Record>
class RecordTable {
  static_assert(sizeof(Record) == sizeof(uint64_t));

 public:
  // The code of `r`, adding it if new; false when the table is full.
  bool Code(const Record& r, uint16_t* code) {
    uint64_t key;
    std::memcpy(&key, &r, sizeof(key));
    auto it = codes_.find(key);
    if (it == codes_.end()) {
      if (records_.size() >= format::kMaxAkaTableSize) return false;
      it = codes_.emplace(key, static_cast<uint16_t>(records_.size())).first;
      records_.push_back(r);
    }
    *code = it->second;
    return true;
  }
  const std::vector<Record>& records() const { return records_; }

 private:
  std::vector<Record> records_;
  std::unordered_map<uint64_t, uint16_t> codes_;
};

#pragma pack(push, 1)
// A credit while building: the TitleCredit plus where it belongs and the
// ordering it is billed by.
struct CatalogCredit {
  uint32_t title;
  uint32_t person;
  format::StringRef characters;
  uint32_t role;
  uint32_t ordering;
};
#pragma pack(pop)

struct Catalog {
  Catalog() : title_types(255), categories(255), jobs(format::kMaxJobs, true) {}

  StringHeapBuilder strings;
  Vocabulary title_types, categories, jobs;

  std::vector<uint64_t> title_keys;           // row -> key
  std::vector<format::TitleRecord> titles;    // begins filled by the writer
  IdMap title_rows;                           // key -> row
  std::vector<uint64_t> person_keys;
  std::vector<format::PersonRecord> people;
  IdMap person_rows;
  std::vector<CatalogCredit> credits;
  std::vector<format::AkaRecord> akas;
  std::vector<format::TitlePlot> plots;       // by title row after Finalize
  std::vector<uint16_t> aka_orderings;        // IMDb ordering of each aka
  RecordTable<format::AkaLocale> aka_locales;
  RecordTable<format::AkaKind> aka_kinds;

  // Adds a title with `key`; false if the key is taken. Unset fields are null.
  bool AddTitle(uint64_t key, format::TitleRecord rec, uint32_t* row);
  bool AddPerson(uint64_t key, format::PersonRecord rec, uint32_t* row);
  static format::TitleRecord EmptyTitle();
  static format::PersonRecord EmptyPerson();

  // Orders titles and people by key, renumbers every reference, fills
  // popularity, and checks the 32-bit limits. Call once, after loading.
  Status Finalize();
};

}  // namespace marquee
