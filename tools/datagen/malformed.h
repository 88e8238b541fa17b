// malformed.h — row emission with optional, recorded corruption.
//
// Promise: every data row goes through Emitter::emit. With --malformed F the
// emitter corrupts (or, for title.basics / name.basics, inserts) rows with
// probability F and records (line, kind, detail) for each, so the report
// lists exactly the lines that are bad and nothing else. Decisions come from
// their own random stream: clean rows are identical with or without
// corruption, apart from the rows replaced in place.
//
// Two modes, chosen per file so that corruption never cascades:
//  * insert (entity files: basics, names): a bad row is an extra line with a
//    fresh gap id (or, for duplicate_id, a copy of the previous row); every
//    clean title/person stays, so no other file gains dangling references.
//  * in place (the rest, which nothing references): the row itself is
//    corrupted; duplicate_id inserts a second copy of the row after it.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "rng.h"

namespace datagen {

enum BadKind : uint8_t {
  kWrongColumns, kInvalidUtf8, kNonNumeric, kBadJson, kDanglingId,
  kDuplicateId, kCrlf, kNumBadKinds, kClean = 255
};
extern const char* const kBadKindNames[kNumBadKinds];

struct BadRow {
  uint64_t line;  // 1-based; the header is line 1
  BadKind kind;
  std::string detail;
};

struct FileSpec {
  const char* key;   // --files name: "basics"
  const char* name;  // "title.basics.tsv"
  std::vector<const char*> columns;
  std::vector<int> text_fields;     // may receive invalid UTF-8
  std::vector<int> numeric_fields;  // may receive non-numbers
  int json_field;                   // -1 if none
  uint32_t kinds;                   // bitmask of BadKind allowed
  bool insert_mode;
};

class Emitter {
 public:
  Emitter(const FileSpec& spec, double fraction, Rng rng, std::string& out);

  // The row being built: fields joined by '\t', no line ending.
  std::string row;

  // In-place files: the corruption for the next row (kClean mostly).
  BadKind Draw();
  // Insert files: whether to add a bad row after the one just emitted.
  BadKind DrawInsert() { return Draw(); }

  // Writes `row`, corrupted as `kind` says. Dangling ids are substituted by
  // the caller (only it knows the id spaces); it passes the detail text.
  void Emit(BadKind kind = kClean, std::string_view detail = {});
  void Header();

  uint64_t lines = 0, rows = 0;  // lines includes the header
  std::vector<BadRow> bad;       // lines local to this chunk

 private:
  void FieldBounds(int field, size_t& b, size_t& e) const;
  int CountFields() const;
  std::string Corrupt(BadKind kind);
  const FileSpec& spec_;
  double p_;
  Rng rng_;
  std::string& out_;
  BadKind kinds_[kNumBadKinds];
  int nkinds_ = 0;
};

}  // namespace datagen
