// Index: a read-only view of one index file, memory-mapped. Open() checks the
// header (magic, format version, size, header checksum, section bounds) and
// nothing else, so opening a full-scale index costs milliseconds and no
// memory until queries touch pages. Verify() reads everything and checks
// every section checksum and structural invariant.
//
// Rows (TitleRow, PersonRow) are dense numbers valid for one index file;
// ids ("tt0000001", "nm0000001", or "mt…"/"mn…" for movies-JSON input) are
// stable across builds. Every string_view returned points into the mapping
// and lives as long as the Index. An Index is immutable and safe to share
// between threads.

#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "marquee/status.h"

namespace marquee {

namespace format {
struct TitleRecord;
struct PersonRecord;
struct TitleCredit;
struct PersonCredit;
struct AkaRecord;
struct NameKey;
}  // namespace format

using TitleRow = uint32_t;
using PersonRow = uint32_t;
inline constexpr uint32_t kNoRow = 0xFFFFFFFFu;

// A list stored as one string (genres, professions, characters); iterate
// with Items().
struct ListText {
  std::string_view raw;
  std::vector<std::string_view> Items() const;
  bool empty() const { return raw.empty(); }
};

struct TitleInfo {
  TitleRow row = kNoRow;
  std::string id;
  std::string_view type;            // IMDb titleType, e.g. "movie", "tvSeries"
  std::string_view primary_title;
  std::string_view original_title;
  ListText genres;
  std::string_view plot;            // movies-JSON extract; empty for IMDb
  bool adult = false;
  int start_year = 0;               // 0 = unknown
  int end_year = 0;                 // 0 = unknown or not ended
  int runtime_minutes = -1;         // -1 = unknown
  double rating = 0;                // 0 = not rated
  uint32_t votes = 0;
  TitleRow parent = kNoRow;         // the series of an episode
  int season = -1;                  // -1 = unknown
  int episode = -1;                 // -1 = unknown
};

struct PersonInfo {
  PersonRow row = kNoRow;
  std::string id;
  std::string_view name;
  int birth_year = 0;               // 0 = unknown
  int death_year = 0;               // 0 = unknown or alive
  ListText professions;
  std::vector<TitleRow> known_for;
  uint32_t popularity = 0;          // votes over the person's titles
};

// One credit: a person on a title, in a category ("actress", "director", …).
// Both names come with it: whoever shows a credit shows them, and reading
// them while the credit list is read, prefetched for the whole list at once,
// costs a fraction of fetching them one by one afterwards.
struct CreditInfo {
  TitleRow title = kNoRow;
  PersonRow person = kNoRow;
  uint32_t billing = 0;             // 0-based position in the title's credits
  std::string_view title_name;      // the title's primary title
  std::string_view person_name;
  std::string_view category;
  std::string_view job;             // empty when none
  ListText characters;
};

struct AkaInfo {
  TitleRow title = kNoRow;
  std::string_view text;
  std::string_view region;          // e.g. "US"; empty when none
  std::string_view language;        // e.g. "en"; empty when none
  std::vector<std::string_view> types;
  ListText attributes;
  bool is_original = false;
};

struct IndexStats {
  uint32_t format_version = 0;
  uint64_t created_unix = 0;
  uint64_t file_bytes = 0;
  uint64_t titles = 0, people = 0, credits = 0, akas = 0, episodes = 0;
  std::string_view meta_json;       // what the build recorded about itself
  struct Section {
    uint32_t id;
    std::string name;               // e.g. "title credits", "search 33"
    uint64_t bytes;
  };
  std::vector<Section> sections;    // in file order
};

class Index {
 public:
  static Status Open(const std::string& path, std::unique_ptr<Index>* out);
  ~Index();
  Index(const Index&) = delete;
  Index& operator=(const Index&) = delete;

  // Reads the whole file: section checksums, ranges, references, order.
  Status Verify() const;
  // Maps every page now, so no query ever waits on a page fault: for
  // servers and benchmarks, which answer many queries from one Index. Costs
  // about a second per 4 GB held in the page cache (more from disk) and
  // page-table memory (~2 MB per GB). Answers do not depend on it.
  Status Prefault() const;
  IndexStats stats() const;

  uint32_t title_count() const;
  uint32_t person_count() const;

  // Ids: "tt0000001" / "mt00000001" style; NotFound when absent, and
  // InvalidArgument when `id` is not an id at all.
  Status FindTitle(std::string_view id, TitleRow* row) const;
  Status FindPerson(std::string_view id, PersonRow* row) const;
  static bool LooksLikeTitleId(std::string_view s);
  static bool LooksLikePersonId(std::string_view s);

  // Exact matches of a name, ignoring case, accents and punctuation (primary
  // or original title; person name). Ordered by row; the first `limit`
  // only (names like "Episode #1.1" are shared by many thousands of titles).
  std::vector<TitleRow> TitlesNamed(std::string_view text, size_t limit = SIZE_MAX) const;
  std::vector<PersonRow> PeopleNamed(std::string_view text, size_t limit = SIZE_MAX) const;

  TitleInfo title(TitleRow row) const;
  PersonInfo person(PersonRow row) const;
  std::string title_id(TitleRow row) const;
  std::string person_id(PersonRow row) const;
  std::string_view title_name(TitleRow row) const;
  std::string_view person_name(PersonRow row) const;
  int title_year(TitleRow row) const;
  TitleRow title_parent(TitleRow row) const;  // an episode's series, or kNoRow
  uint32_t title_votes(TitleRow row) const;
  std::string_view title_type(TitleRow row) const;

  // A title's credits in billing order; a person's by year, then title.
  uint32_t title_credit_count(TitleRow row) const;
  CreditInfo title_credit(TitleRow row, uint32_t billing) const;
  std::vector<CreditInfo> title_credits(TitleRow row) const;
  std::vector<CreditInfo> person_credits(PersonRow row) const;
  std::vector<AkaInfo> akas(TitleRow row) const;
  // A series' episodes, by season and episode number.
  std::span<const uint32_t> episodes(TitleRow series) const;

  // Raw record access for the search and graph modules (format.h).
  std::span<const format::TitleRecord> title_records() const;
  std::span<const format::PersonRecord> person_records() const;
  std::span<const format::TitleCredit> title_credit_records() const;
  std::span<const format::PersonCredit> person_credit_records() const;
  std::span<const format::AkaRecord> aka_records() const;
  // An alternate title's region and language codes by its index in
  // aka_records(); empty when it has none.
  std::string_view aka_region(uint32_t aka) const;
  std::string_view aka_language(uint32_t aka) const;
  std::string_view string_at(uint32_t ref) const;
  std::string_view category_name(uint32_t code) const;
  uint32_t category_count() const;
  std::string_view title_type_name(uint32_t code) const;
  uint32_t title_type_count() const;
  // The bytes of a module's own section (search, graph; format.h), or an
  // empty view when the index has none with that id.
  std::string_view section(uint32_t id) const;
  const std::string& path() const;

  struct Rep;  // opaque: the mapped sections (src/index/index_rep.h)

 private:
  explicit Index(std::unique_ptr<Rep> rep);
  std::unique_ptr<Rep> rep_;
};

}  // namespace marquee
