// The on-disk layout of a Marquee index file, shared by IndexBuilder (the
// writer) and Index (the reader). docs/index_format.md describes the same
// layout in prose; a change here must bump kFormatVersion and that document.
//
// The file is a 4 KiB header followed by sections. Every section is an array
// of fixed-size little-endian records (or raw bytes), 64-byte aligned, with
// its own XXH3-64 checksum in the header, so a reader maps the file and uses
// the records in place without parsing anything.

#pragma once

#include <cstddef>
#include <cstdint>

namespace marquee::format {

inline constexpr char kMagic[8] = {'M', 'A', 'R', 'Q', 'I', 'D', 'X', '\n'};
// Bump on every incompatible change of anything in this file.
inline constexpr uint32_t kFormatVersion = 3;
inline constexpr size_t kHeaderSize = 4096;
inline constexpr size_t kSectionAlign = 64;
inline constexpr uint32_t kNone = 0xFFFFFFFFu;  // "no row" in u32 row fields

// Ids: a title or person id is stored as a u64 key. IMDb ids (tt/nm + digits)
// keep their number; ids Marquee derives for movies-JSON input (mt/mn + digits)
// have kDerivedIdBit set. Keys sort IMDb ids first, then derived ones.
inline constexpr uint64_t kDerivedIdBit = uint64_t{1} << 62;

enum class SectionId : uint32_t {
  kMeta = 1,           // bytes: UTF-8 JSON describing the build (sources, counts)
  kStrings = 2,        // bytes: string heap, see StringRef
  kTitleIds = 3,       // u64[n_titles], ascending keys
  kTitles = 4,         // TitleRecord[n_titles + 1] (last one is a sentinel)
  kPersonIds = 5,      // u64[n_people], ascending keys
  kPeople = 6,         // PersonRecord[n_people + 1] (sentinel last)
  kTitleCredits = 7,   // TitleCredit[], grouped by title, in billing order
  kPersonCredits = 8,  // PersonCredit[], grouped by person, by year then title
  kAkas = 9,           // AkaRecord[], grouped by title, in IMDb ordering
  kEpisodes = 10,      // u32 title rows, grouped by series, by season/episode
  kJobs = 11,          // StringRef[]; TitleCredit job ids index this (0 = none)
  kTitleTypes = 12,    // StringRef[]; TitleRecord::type indexes this
  kCategories = 13,    // StringRef[]; TitleCredit category indexes this
  kTitleNameKeys = 14, // NameKey[], ascending (hash, row): folded titles
  kPersonNameKeys = 15,// NameKey[], ascending (hash, row): folded names
  kAkaLocales = 16,    // AkaLocale[]; AkaRecord::locale indexes this
  kAkaKinds = 17,      // AkaKind[]; AkaRecord::kind indexes this
  kTitleIdDirectory = 18,   // u32[]: id key -> row shortcut (id_directory.h)
  kPersonIdDirectory = 19,  // u32[], likewise for person ids
  kPlots = 20,         // TitlePlot[], ascending title rows (movies-JSON only)
  // Ids 32..47 belong to the search module (src/search), 48..63 to the
  // graph module (src/graph); each documents its own sections.
  kSearchFirst = 32,
  kGraphFirst = 48,
};
inline constexpr uint32_t kMaxSections = 64;

#pragma pack(push, 1)

struct SectionEntry {
  uint32_t id;        // SectionId
  uint32_t record_size;  // 1 for byte sections
  uint64_t offset;    // from the start of the file, kSectionAlign-aligned
  uint64_t size;      // bytes
  uint64_t checksum;  // XXH3-64 of the section's bytes
};
static_assert(sizeof(SectionEntry) == 32);

struct FileHeader {
  char magic[8];
  uint32_t format_version;
  uint32_t section_count;
  uint64_t file_size;        // the whole file; a shorter file is truncated
  uint64_t created_unix;     // seconds since the epoch
  uint64_t header_checksum;  // XXH3-64 of the kHeaderSize bytes with this field 0
  uint64_t reserved[3];
  SectionEntry sections[kMaxSections];
};
static_assert(sizeof(FileHeader) <= kHeaderSize);

// A StringRef is a byte offset into kStrings. At that offset: a LEB128 varint
// length, then that many bytes of UTF-8. Offset 0 holds the empty string and
// doubles as "null". Lists (genres, professions, characters) are one string
// whose items are separated by kListSeparator.
using StringRef = uint32_t;
inline constexpr char kListSeparator = '\x1f';

struct TitleRecord {
  StringRef primary_title;
  StringRef original_title;  // equal to primary_title when the same
  StringRef genres;          // list
  uint32_t credit_begin;     // into kTitleCredits; end = next record's begin
  uint32_t aka_begin;        // into kAkas
  uint32_t episode_begin;    // into kEpisodes (a series' episodes)
  uint32_t parent;           // series row of an episode, or kNone
  uint32_t votes;            // 0 = not rated
  uint32_t runtime;          // minutes, kNone = unknown
  uint32_t episode_number;   // kNone = unknown
  uint16_t start_year;       // 0 = unknown
  uint16_t end_year;         // 0 = unknown / not ended
  uint16_t season;           // 0xFFFF = unknown
  uint8_t type;              // index into kTitleTypes
  uint8_t flags;             // kTitleAdult
  uint8_t rating10;          // average rating x10, 0 = not rated
  uint8_t pad[3];
};
static_assert(sizeof(TitleRecord) == 52);
inline constexpr uint8_t kTitleAdult = 1;
inline constexpr uint16_t kNoSeason = 0xFFFF;

// Plots (movies-JSON `extract`) live outside TitleRecord: IMDb titles have
// none, so a field there would be 4 empty bytes in every IMDb title.
struct TitlePlot {
  uint32_t title;            // title row
  StringRef text;
};
static_assert(sizeof(TitlePlot) == 8);

// Role packs the category (high 8 bits, index into kCategories) and the job
// (low 24 bits, index into kJobs, 0 = none).
//
// Each direction of a credit also holds the name of the other side (and a
// person credit its characters), copied from the records they point at.
// A lookup then reads names in the same round of cache misses as the
// records, instead of one round later: one dependent miss fewer for every
// cast or filmography (about 0.5 us at full scale, BENCHMARKS.md), for
// about 1.1 GB more at full scale. `marquee verify` checks the copies.
struct TitleCredit {
  uint32_t person;           // person row
  StringRef characters;      // list, 0 = none
  uint32_t role;
  StringRef person_name;     // == the person's PersonRecord::name
};
static_assert(sizeof(TitleCredit) == 16);
inline constexpr uint32_t RoleCategory(uint32_t role) { return role >> 24; }
inline constexpr uint32_t RoleJob(uint32_t role) { return role & 0xFFFFFF; }
inline constexpr uint32_t MakeRole(uint32_t category, uint32_t job) {
  return (category << 24) | job;
}
inline constexpr uint32_t kMaxJobs = 1u << 24;

struct PersonCredit {
  uint32_t title;            // title row
  uint32_t credit;           // index into kTitleCredits
  StringRef title_name;      // == the title's TitleRecord::primary_title
  StringRef characters;      // == title_credits[credit].characters
};
static_assert(sizeof(PersonCredit) == 16);

// A person's record holds a copy of their first credit (zero when they have
// none): most people have one credit, and a filmography can then fetch that
// credit's title in the same round as the record instead of a round later.
struct PersonRecord {
  StringRef name;
  StringRef professions;     // list
  uint32_t credit_begin;     // into kPersonCredits; end = next record's begin
  uint32_t known_for[4];     // title rows, kNone where absent
  uint32_t popularity;       // sum of votes over the person's titles (saturating)
  uint16_t birth_year;       // 0 = unknown
  uint16_t death_year;       // 0 = unknown / alive
  PersonCredit first_credit; // == person_credits[credit_begin] when any
};
static_assert(sizeof(PersonRecord) == 52);

// An alternate title. Its region and language, and its kind (types,
// attributes, original flag), index small tables of the distinct values:
// 55M alternate titles share few distinct ones (55 locales, 201 kinds in the
// synthetic full-scale data), so spelling them out would double the record.
// Its IMDb ordering is its place in its title's run.
struct AkaRecord {
  uint32_t title;            // title row
  StringRef text;
  uint16_t locale;           // index into kAkaLocales
  uint16_t kind;             // index into kAkaKinds
};
static_assert(sizeof(AkaRecord) == 12);
// The tables AkaRecord's u16 fields index hold at most this many entries.
inline constexpr uint32_t kMaxAkaTableSize = 1u << 16;

struct AkaLocale {
  char region[4];            // NUL-padded ASCII code, all NUL = none
  char language[4];          // NUL-padded ASCII code, all NUL = none
};
static_assert(sizeof(AkaLocale) == 8);

struct AkaKind {
  StringRef attributes;      // list, 0 = none
  uint8_t types;             // bit set of kAkaTypeNames
  uint8_t flags;             // kAkaOriginal
  uint8_t pad[2];            // zero
};
static_assert(sizeof(AkaKind) == 8);
inline constexpr uint8_t kAkaOriginal = 1;
// Bit i of AkaRecord::types stands for kAkaTypeNames[i].
inline constexpr const char* kAkaTypeNames[] = {
    "alternative", "dvd", "festival", "tv", "video", "working", "original", "imdbDisplay"};

struct NameKey {
  uint64_t hash;             // XXH3-64 of the case-folded, NFKC name
  uint32_t row;
};
static_assert(sizeof(NameKey) == 12);

#pragma pack(pop)

}  // namespace marquee::format
