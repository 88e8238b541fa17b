#include <algorithm>
#include <cstring>

#include "index/id_directory.h"
#include "index/index_rep.h"
#include "util/hash.h"
#include "util/text.h"
#include "util/varint.h"

namespace marquee {

using format::SectionId;

std::string_view Index::Rep::String(format::StringRef ref) const {
  if (ref == 0 || ref >= strings.size()) return {};
  uint32_t len;
  const char* end = strings.data() + strings.size();
  const char* p = GetVarint32(strings.data() + ref, end, &len);
  if (p == nullptr || len > static_cast<size_t>(end - p)) return {};
  return {p, len};
}

const format::AkaLocale* Index::Rep::LocaleOf(uint32_t aka) const {
  if (aka >= akas.size() || akas[aka].locale >= aka_locales.size()) return nullptr;
  return &aka_locales[akas[aka].locale];
}

const format::SectionEntry* Index::Rep::Section(SectionId id) const {
  for (uint32_t i = 0; i < header->section_count; ++i) {
    if (header->sections[i].id == static_cast<uint32_t>(id)) return &header->sections[i];
  }
  return nullptr;
}

namespace {

template <typename T>
Status Bind(const Index::Rep& rep, SectionId id, const char* name, std::span<const T>* out) {
  const format::SectionEntry* s = rep.Section(id);
  const std::string& path = rep.file->path();
  if (s == nullptr) return Status::Corruption(path + ": index has no " + name + " section");
  if (s->record_size != sizeof(T) || s->size % sizeof(T) != 0) {
    return Status::Corruption(path + ": " + name + " section has the wrong record size");
  }
  *out = std::span<const T>(reinterpret_cast<const T*>(rep.file->data() + s->offset), s->size / sizeof(T));
  return Status::OK();
}

Status BindBytes(const Index::Rep& rep, SectionId id, const char* name, std::string_view* out) {
  std::span<const char> bytes;
  MARQUEE_RETURN_IF_ERROR(Bind(rep, id, name, &bytes));
  *out = std::string_view(bytes.data(), bytes.size());
  return Status::OK();
}

// "tt0000001" -> key; false when it is not an id of this kind.
bool ParseId(std::string_view s, const char* imdb_prefix, const char* derived_prefix, uint64_t* key) {
  bool derived;
  if (s.size() >= 9 && s.substr(0, 2) == imdb_prefix) derived = false;
  else if (s.size() >= 10 && s.substr(0, 2) == derived_prefix) derived = true;
  else return false;
  uint64_t v = 0;
  std::string_view digits = s.substr(2);
  if (digits.size() > 15) return false;
  for (char c : digits) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  *key = derived ? (v | format::kDerivedIdBit) : v;
  return true;
}

// The row of `key` by the id directory, once its guess's key and record
// (with the next one: the record's ranges end there) are on their way.
// Every caller reads that record next, so it is fetched together with the
// key instead of after it; the guess is the row nearly always.
template <typename Record>
uint32_t FindRow(std::span<const uint32_t> directory, std::span<const uint64_t> keys,
                 std::span<const Record> records_with_sentinel, uint64_t key) {
  uint32_t guess = GuessIdRow(directory, keys.size(), key);
  if (guess < keys.size() && guess + 1 < records_with_sentinel.size()) {
    __builtin_prefetch(&keys[guess]);
    __builtin_prefetch(&records_with_sentinel[guess]);
    __builtin_prefetch(&records_with_sentinel[guess + 1]);
  }
  return FindIdRow(directory, keys, key);
}

std::vector<uint32_t> FindNamed(std::span<const format::NameKey> keys, std::string_view text, uint32_t n_rows,
                                size_t limit) {
  std::vector<uint32_t> rows;
  std::string folded = FoldForMatch(text);
  if (folded.empty()) return rows;
  uint64_t h = Hash64(folded);
  auto it = std::lower_bound(keys.begin(), keys.end(), h,
                             [](const format::NameKey& k, uint64_t v) { return k.hash < v; });
  for (; it != keys.end() && it->hash == h && rows.size() < limit; ++it)
    if (it->row < n_rows) rows.push_back(it->row);
  return rows;
}

}  // namespace

Index::Index(std::unique_ptr<Rep> rep) : rep_(std::move(rep)) {}
Index::~Index() = default;

Status Index::Open(const std::string& path, std::unique_ptr<Index>* out) {
  auto rep = std::make_unique<Rep>();
  MARQUEE_RETURN_IF_ERROR(MappedFile::Open(path, &rep->file));
  const MappedFile& f = *rep->file;
  if (f.size() < format::kHeaderSize) {
    return Status::Corruption(path + ": not a Marquee index (too short: " + std::to_string(f.size()) + " bytes)");
  }
  if (std::memcmp(f.data(), format::kMagic, sizeof(format::kMagic)) != 0) {
    return Status::Corruption(path + ": not a Marquee index (bad magic); build one with `marquee build`");
  }
  rep->header = reinterpret_cast<const format::FileHeader*>(f.data());
  const format::FileHeader& h = *rep->header;
  if (h.format_version != format::kFormatVersion) {
    return Status::NotSupported(path + ": index format version " + std::to_string(h.format_version) +
                                ", this marquee reads version " + std::to_string(format::kFormatVersion) +
                                "; rebuild it with `marquee build`");
  }
  {
    std::string page(f.data(), format::kHeaderSize);
    std::memset(page.data() + offsetof(format::FileHeader, header_checksum), 0, sizeof(uint64_t));
    if (Hash64(page.data(), page.size()) != h.header_checksum) {
      return Status::Corruption(path + ": index header checksum mismatch (the file is damaged); rebuild it");
    }
  }
  if (h.file_size != f.size()) {
    return Status::Corruption(path + ": index is " + std::to_string(f.size()) + " bytes, its header says " +
                              std::to_string(h.file_size) + " (truncated or appended to); rebuild it");
  }
  if (h.section_count > format::kMaxSections) return Status::Corruption(path + ": bad section count");
  for (uint32_t i = 0; i < h.section_count; ++i) {
    const format::SectionEntry& s = h.sections[i];
    if (s.offset < format::kHeaderSize || s.offset > f.size() || s.size > f.size() - s.offset ||
        s.offset % format::kSectionAlign != 0 || s.record_size == 0) {
      return Status::Corruption(path + ": section " + std::to_string(s.id) + " lies outside the file");
    }
  }
  Rep& r = *rep;
  MARQUEE_RETURN_IF_ERROR(BindBytes(r, SectionId::kMeta, "meta", &r.meta));
  MARQUEE_RETURN_IF_ERROR(BindBytes(r, SectionId::kStrings, "strings", &r.strings));
  MARQUEE_RETURN_IF_ERROR(Bind(r, SectionId::kTitleIds, "title ids", &r.title_ids));
  MARQUEE_RETURN_IF_ERROR(Bind(r, SectionId::kTitles, "titles", &r.titles));
  MARQUEE_RETURN_IF_ERROR(Bind(r, SectionId::kPlots, "plots", &r.plots));
  MARQUEE_RETURN_IF_ERROR(Bind(r, SectionId::kPersonIds, "person ids", &r.person_ids));
  MARQUEE_RETURN_IF_ERROR(Bind(r, SectionId::kPeople, "people", &r.people));
  MARQUEE_RETURN_IF_ERROR(Bind(r, SectionId::kTitleCredits, "title credits", &r.title_credits));
  MARQUEE_RETURN_IF_ERROR(Bind(r, SectionId::kPersonCredits, "person credits", &r.person_credits));
  MARQUEE_RETURN_IF_ERROR(Bind(r, SectionId::kAkas, "akas", &r.akas));
  MARQUEE_RETURN_IF_ERROR(Bind(r, SectionId::kEpisodes, "episodes", &r.episodes));
  MARQUEE_RETURN_IF_ERROR(Bind(r, SectionId::kJobs, "jobs", &r.jobs));
  MARQUEE_RETURN_IF_ERROR(Bind(r, SectionId::kTitleTypes, "title types", &r.title_types));
  MARQUEE_RETURN_IF_ERROR(Bind(r, SectionId::kCategories, "categories", &r.categories));
  MARQUEE_RETURN_IF_ERROR(Bind(r, SectionId::kTitleNameKeys, "title name keys", &r.title_keys));
  MARQUEE_RETURN_IF_ERROR(Bind(r, SectionId::kPersonNameKeys, "person name keys", &r.person_keys));
  MARQUEE_RETURN_IF_ERROR(Bind(r, SectionId::kAkaLocales, "aka locales", &r.aka_locales));
  MARQUEE_RETURN_IF_ERROR(Bind(r, SectionId::kAkaKinds, "aka kinds", &r.aka_kinds));
  MARQUEE_RETURN_IF_ERROR(Bind(r, SectionId::kTitleIdDirectory, "title id directory", &r.title_id_directory));
  MARQUEE_RETURN_IF_ERROR(Bind(r, SectionId::kPersonIdDirectory, "person id directory", &r.person_id_directory));
  // The few invariants every accessor relies on are checked here, cheaply;
  // Verify() checks the rest. The id directories' entries are checked by
  // every lookup that reads them: checking them here would fault in their
  // pages and add half to the cost of opening.
  if (r.titles.size() != r.title_ids.size() + 1 || r.people.size() != r.person_ids.size() + 1 ||
      r.strings.empty() || r.jobs.empty() ||
      r.titles.back().credit_begin != r.title_credits.size() ||
      r.people.back().credit_begin != r.person_credits.size() ||
      r.titles.back().aka_begin != r.akas.size() || r.titles.back().episode_begin != r.episodes.size() ||
      r.title_id_directory.size() < 2 || r.person_id_directory.size() < 2) {
    return Status::Corruption(path + ": index sections disagree in size (damaged file); rebuild it");
  }
  out->reset(new Index(std::move(rep)));
  return Status::OK();
}

Status Index::Prefault() const { return rep_->file->Prefault(); }

IndexStats Index::stats() const {
  IndexStats s;
  s.format_version = rep_->header->format_version;
  s.created_unix = rep_->header->created_unix;
  s.file_bytes = rep_->file->size();
  s.titles = rep_->n_titles();
  s.people = rep_->n_people();
  s.credits = rep_->title_credits.size();
  s.akas = rep_->akas.size();
  s.episodes = rep_->episodes.size();
  s.meta_json = rep_->meta;
  static const char* const kNames[] = {"", "meta", "strings", "title ids", "titles", "person ids", "people",
                                       "title credits", "person credits", "akas", "episodes", "jobs",
                                       "title types", "categories", "title name keys", "person name keys",
                                       "aka locales", "aka kinds", "title id directory", "person id directory",
                                       "plots"};
  for (uint32_t i = 0; i < rep_->header->section_count; ++i) {
    const format::SectionEntry& e = rep_->header->sections[i];
    std::string name = e.id < std::size(kNames) ? kNames[e.id]
                       : e.id >= static_cast<uint32_t>(SectionId::kGraphFirst) ? "graph " + std::to_string(e.id)
                       : e.id >= static_cast<uint32_t>(SectionId::kSearchFirst) ? "search " + std::to_string(e.id)
                                                                               : "section " + std::to_string(e.id);
    s.sections.push_back({e.id, name, e.size});
  }
  return s;
}

uint32_t Index::title_count() const { return rep_->n_titles(); }
uint32_t Index::person_count() const { return rep_->n_people(); }

bool Index::LooksLikeTitleId(std::string_view s) {
  uint64_t k;
  return ParseId(s, "tt", "mt", &k);
}
bool Index::LooksLikePersonId(std::string_view s) {
  uint64_t k;
  return ParseId(s, "nm", "mn", &k);
}

Status Index::FindTitle(std::string_view id, TitleRow* row) const {
  uint64_t key;
  if (!ParseId(id, "tt", "mt", &key)) return Status::InvalidArgument("'" + std::string(id) + "' is not a title id");
  *row = FindRow(rep_->title_id_directory, rep_->title_ids, rep_->titles, key);
  if (*row == kNoRow) return Status::NotFound("no title with id " + std::string(id));
  return Status::OK();
}

Status Index::FindPerson(std::string_view id, PersonRow* row) const {
  uint64_t key;
  if (!ParseId(id, "nm", "mn", &key)) return Status::InvalidArgument("'" + std::string(id) + "' is not a person id");
  *row = FindRow(rep_->person_id_directory, rep_->person_ids, rep_->people, key);
  if (*row == kNoRow) return Status::NotFound("no person with id " + std::string(id));
  return Status::OK();
}

std::vector<TitleRow> Index::TitlesNamed(std::string_view text, size_t limit) const {
  return FindNamed(rep_->title_keys, text, rep_->n_titles(), limit);
}
std::vector<PersonRow> Index::PeopleNamed(std::string_view text, size_t limit) const {
  return FindNamed(rep_->person_keys, text, rep_->n_people(), limit);
}

std::span<const format::TitleRecord> Index::title_records() const { return rep_->titles.first(rep_->n_titles()); }
std::span<const format::PersonRecord> Index::person_records() const { return rep_->people.first(rep_->n_people()); }
std::span<const format::TitleCredit> Index::title_credit_records() const { return rep_->title_credits; }
std::span<const format::PersonCredit> Index::person_credit_records() const { return rep_->person_credits; }
std::span<const format::AkaRecord> Index::aka_records() const { return rep_->akas; }
std::string_view Index::string_at(uint32_t ref) const { return rep_->String(ref); }

std::string_view Index::category_name(uint32_t code) const {
  return code < rep_->categories.size() ? rep_->String(rep_->categories[code]) : std::string_view("?");
}
uint32_t Index::category_count() const { return static_cast<uint32_t>(rep_->categories.size()); }
std::string_view Index::title_type_name(uint32_t code) const {
  return code < rep_->title_types.size() ? rep_->String(rep_->title_types[code]) : std::string_view("?");
}
std::string_view Index::section(uint32_t id) const {
  const format::SectionEntry* s = rep_->Section(static_cast<SectionId>(id));
  return s ? std::string_view(rep_->file->data() + s->offset, s->size) : std::string_view();
}

const std::string& Index::path() const { return rep_->file->path(); }

uint32_t Index::title_type_count() const { return static_cast<uint32_t>(rep_->title_types.size()); }

}  // namespace marquee
