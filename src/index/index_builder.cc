#include "index/index_builder.h"

#define XXH_STATIC_LINKING_ONLY  // XXH3_state_t on the stack
#include <xxhash.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <ctime>
#include <numeric>

#include "index/format.h"
#include "index/id_directory.h"
#include "util/atomic_file.h"
#include "util/hash.h"
#include "util/text.h"

namespace marquee {
namespace {

using format::SectionId;

// Appends sections to the file, each aligned and checksummed as it streams.
class SectionWriter {
 public:
  explicit SectionWriter(AtomicFile* file) : file_(file) {
    std::memset(&header_, 0, sizeof(header_));
  }

  Status Begin(SectionId id, uint32_t record_size) {
    if (header_.section_count >= format::kMaxSections) return Status::NotSupported("too many sections");
    static const char kZeros[format::kSectionAlign] = {};
    uint64_t pad = (format::kSectionAlign - file_->size() % format::kSectionAlign) % format::kSectionAlign;
    MARQUEE_RETURN_IF_ERROR(file_->Append(std::string_view(kZeros, pad)));
    current_ = &header_.sections[header_.section_count++];
    current_->id = static_cast<uint32_t>(id);
    current_->record_size = record_size;
    current_->offset = file_->size();
    XXH3_64bits_reset(&state_);
    return Status::OK();
  }
  Status Add(const void* data, size_t size) {
    XXH3_64bits_update(&state_, data, size);
    return file_->Append(std::string_view(static_cast<const char*>(data), size));
  }
  void End() {
    current_->size = file_->size() - current_->offset;
    current_->checksum = XXH3_64bits_digest(&state_);
  }
  template <typename T>
  Status WriteArray(SectionId id, const std::vector<T>& v) {
    MARQUEE_RETURN_IF_ERROR(Begin(id, sizeof(T)));
    MARQUEE_RETURN_IF_ERROR(Add(v.data(), v.size() * sizeof(T)));
    End();
    return Status::OK();
  }

  Status Finish() {
    std::memcpy(header_.magic, format::kMagic, sizeof(format::kMagic));
    header_.format_version = format::kFormatVersion;
    header_.file_size = file_->size();
    header_.created_unix = static_cast<uint64_t>(std::time(nullptr));
    std::string page(format::kHeaderSize, '\0');
    std::memcpy(page.data(), &header_, sizeof(header_));
    uint64_t sum = Hash64(page.data(), page.size());
    std::memcpy(page.data() + offsetof(format::FileHeader, header_checksum), &sum, sizeof(sum));
    return file_->WriteAt(0, page);
  }

 private:
  AtomicFile* file_;
  format::FileHeader header_;
  format::SectionEntry* current_ = nullptr;
  XXH3_state_t state_;
};

template <typename T>
void Release(std::vector<T>* v) {
  std::vector<T>().swap(*v);
}

// Sorted (hash of folded text, row) pairs for exact case-insensitive lookup.
template <typename Fn>
std::vector<format::NameKey> NameKeys(size_t rows, Fn&& texts_of_row) {
  std::vector<format::NameKey> keys;
  keys.reserve(rows);
  for (uint32_t r = 0; r < rows; ++r) {
    texts_of_row(r, [&](std::string_view text) {
      std::string folded = FoldForMatch(text);
      if (!folded.empty()) keys.push_back({Hash64(folded), r});
    });
  }
  std::sort(keys.begin(), keys.end(), [](const format::NameKey& a, const format::NameKey& b) {
    return a.hash != b.hash ? a.hash < b.hash : a.row < b.row;
  });
  keys.erase(std::unique(keys.begin(), keys.end(),
                         [](const format::NameKey& a, const format::NameKey& b) {
                           return a.hash == b.hash && a.row == b.row;
                         }),
             keys.end());
  return keys;
}

// Alternate titles by title, then IMDb ordering (which the records do not
// keep: it is their place in the title's run). IMDb files come in order.
void SortAkas(Catalog* cat) {
  const std::vector<format::AkaRecord>& akas = cat->akas;
  const std::vector<uint16_t>& ordering = cat->aka_orderings;
  auto before = [&](uint32_t a, uint32_t b) {
    return akas[a].title != akas[b].title ? akas[a].title < akas[b].title : ordering[a] < ordering[b];
  };
  bool sorted = true;
  for (uint32_t i = 1; i < akas.size() && sorted; ++i) sorted = !before(i, i - 1);
  if (!sorted) {
    std::vector<uint32_t> order(akas.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), before);
    std::vector<format::AkaRecord> grouped(akas.size());
    for (size_t i = 0; i < order.size(); ++i) grouped[i] = akas[order[i]];
    cat->akas.swap(grouped);
  }
  Release(&cat->aka_orderings);
}

// What the ordering and layout steps hand to the writing step.
struct Layout {
  std::vector<format::TitleCredit> title_credits;
  std::vector<format::PersonCredit> person_credits;
  std::vector<uint32_t> episodes;
  std::vector<format::NameKey> title_keys, person_keys;
};

// Credits by title, in billing order: a counting sort by title, then each
// title's few credits by ordering. Fills the titles' credit_begin and
// consumes cat->credits.
std::vector<format::TitleCredit> OrderCreditsByTitle(Catalog* cat) {
  const uint32_t n_titles = static_cast<uint32_t>(cat->titles.size());
  const size_t n_credits = cat->credits.size();
  std::vector<uint32_t> by_title(n_credits);
  {
    std::vector<uint32_t> next(n_titles + 1, 0);
    for (const auto& c : cat->credits) ++next[c.title + 1];
    for (uint32_t t = 0; t < n_titles; ++t) {
      next[t + 1] += next[t];
      cat->titles[t].credit_begin = next[t];
    }
    for (uint32_t i = 0; i < n_credits; ++i) by_title[next[cat->credits[i].title]++] = i;
    for (uint32_t t = 0; t < n_titles; ++t) {
      auto b = by_title.begin() + cat->titles[t].credit_begin;
      auto e = by_title.begin() + next[t];
      std::stable_sort(b, e, [&](uint32_t x, uint32_t y) {
        return cat->credits[x].ordering < cat->credits[y].ordering;
      });
    }
  }
  std::vector<format::TitleCredit> title_credits(n_credits);
  for (uint32_t i = 0; i < n_credits; ++i) {
    const CatalogCredit& c = cat->credits[by_title[i]];
    title_credits[i] = {c.person, c.characters, c.role, cat->people[c.person].name};
  }
  Release(&by_title);
  Release(&cat->credits);  // title_credits and the title ranges hold all of it now
  return title_credits;
}

// Credits by person: counting sort by person (taking titles in row order),
// then by year and title. Fills the people's credit_begin and first_credit.
std::vector<format::PersonCredit> OrderCreditsByPerson(Catalog* cat,
                                                       const std::vector<format::TitleCredit>& title_credits) {
  const uint32_t n_titles = static_cast<uint32_t>(cat->titles.size());
  const uint32_t n_people = static_cast<uint32_t>(cat->people.size());
  const size_t n_credits = title_credits.size();
  std::vector<format::PersonCredit> person_credits(n_credits);
  std::vector<uint32_t> next(n_people + 1, 0);
  for (const auto& c : title_credits) ++next[c.person + 1];
  for (uint32_t p = 0; p < n_people; ++p) {
    next[p + 1] += next[p];
    cat->people[p].credit_begin = next[p];
  }
  for (uint32_t t = 0; t < n_titles; ++t) {
    uint32_t end = t + 1 < n_titles ? cat->titles[t + 1].credit_begin : static_cast<uint32_t>(n_credits);
    for (uint32_t i = cat->titles[t].credit_begin; i < end; ++i)
      person_credits[next[title_credits[i].person]++] = {t, i, cat->titles[t].primary_title, title_credits[i].characters};
  }
  auto year = [&](uint32_t title) {
    uint16_t y = cat->titles[title].start_year;
    return y == 0 ? 0xFFFFu : y;  // unknown years last
  };
  for (uint32_t p = 0; p < n_people; ++p) {
    std::sort(person_credits.begin() + cat->people[p].credit_begin, person_credits.begin() + next[p],
              [&](const format::PersonCredit& a, const format::PersonCredit& b) {
                uint32_t ya = year(a.title), yb = year(b.title);
                if (ya != yb) return ya < yb;
                return a.title != b.title ? a.title < b.title : a.credit < b.credit;
              });
    if (cat->people[p].credit_begin < next[p]) cat->people[p].first_credit = person_credits[cat->people[p].credit_begin];
  }
  return person_credits;
}

// Groups alternate titles by title and fills the titles' aka_begin.
void LayOutAkas(Catalog* cat) {
  SortAkas(cat);
  size_t a = 0;
  for (uint32_t t = 0; t < cat->titles.size(); ++t) {
    while (a < cat->akas.size() && cat->akas[a].title < t) ++a;
    cat->titles[t].aka_begin = static_cast<uint32_t>(a);
  }
}

// Episodes by series, season, episode number, then row; fills the titles'
// episode_begin.
std::vector<uint32_t> LayOutEpisodes(Catalog* cat) {
  const uint32_t n_titles = static_cast<uint32_t>(cat->titles.size());
  std::vector<uint32_t> episodes;
  for (uint32_t t = 0; t < n_titles; ++t)
    if (cat->titles[t].parent != format::kNone) episodes.push_back(t);
  std::sort(episodes.begin(), episodes.end(), [&](uint32_t a, uint32_t b) {
    const auto& x = cat->titles[a];
    const auto& y = cat->titles[b];
    return std::tie(x.parent, x.season, x.episode_number, a) < std::tie(y.parent, y.season, y.episode_number, b);
  });
  size_t e = 0;
  for (uint32_t t = 0; t < n_titles; ++t) {
    while (e < episodes.size() && cat->titles[episodes[e]].parent < t) ++e;
    cat->titles[t].episode_begin = static_cast<uint32_t>(e);
  }
  return episodes;
}

// Sentinel records close the last title's and person's ranges.
void CloseRanges(Catalog* cat, size_t n_credits, size_t n_episodes) {
  format::TitleRecord title_end = Catalog::EmptyTitle();
  title_end.credit_begin = static_cast<uint32_t>(n_credits);
  title_end.aka_begin = static_cast<uint32_t>(cat->akas.size());
  title_end.episode_begin = static_cast<uint32_t>(n_episodes);
  cat->titles.push_back(title_end);
  format::PersonRecord person_end = Catalog::EmptyPerson();
  person_end.credit_begin = static_cast<uint32_t>(n_credits);
  cat->people.push_back(person_end);
}

// Ordering and layout: everything the sections need, computed from the
// finalized catalog before the first section is written.
Layout LayOut(Catalog* cat, ProgressSink* progress) {
  const uint32_t n_titles = static_cast<uint32_t>(cat->titles.size());
  const uint32_t n_people = static_cast<uint32_t>(cat->people.size());
  Layout l;
  if (progress) progress->Phase("ordering credits");
  l.title_credits = OrderCreditsByTitle(cat);
  l.person_credits = OrderCreditsByPerson(cat, l.title_credits);
  if (progress) progress->Phase("grouping alternate titles and episodes");
  LayOutAkas(cat);
  l.episodes = LayOutEpisodes(cat);
  CloseRanges(cat, l.title_credits.size(), l.episodes.size());
  if (progress) progress->Phase("building name keys");
  l.title_keys = NameKeys(n_titles, [&](uint32_t r, auto&& emit) {
    const auto& t = cat->titles[r];
    emit(cat->strings.Get(t.primary_title));
    if (t.original_title != t.primary_title) emit(cat->strings.Get(t.original_title));
  });
  l.person_keys = NameKeys(n_people, [&](uint32_t r, auto&& emit) {
    emit(cat->strings.Get(cat->people[r].name));
  });
  return l;
}

// Runs the producers that do (or do not) read the credits and writes their
// sections at once.
Status WriteModuleSections(const Catalog& cat, const Layout& l, bool with_credits,
                           std::span<const SectionProducer> producers, ProgressSink* progress,
                           SectionWriter* out) {
  CoreView core{cat, l.title_credits, l.person_credits, l.episodes};
  for (const SectionProducer& p : producers) {
    if (p.needs_credits != with_credits) continue;
    std::vector<ExtraSection> extra;
    MARQUEE_RETURN_IF_ERROR(p.produce(core, progress, &extra));
    for (ExtraSection& x : extra) {
      if (x.record_size == 0 || x.bytes.size() % x.record_size != 0)
        return Status::InvalidArgument("section " + std::to_string(x.id) + " has a partial record");
      MARQUEE_RETURN_IF_ERROR(out->Begin(static_cast<SectionId>(x.id), x.record_size));
      MARQUEE_RETURN_IF_ERROR(out->Add(x.bytes.data(), x.bytes.size()));
      out->End();
    }
  }
  return Status::OK();
}

// Writing: sections go out as soon as they are complete, and every large
// buffer is released once written: modules' sections are written right
// after each module runs, and the credits are dropped before the modules
// that do not read them run. That keeps peak memory near the largest single
// phase.
Status WriteSections(Catalog* cat, Layout* l, const std::string& meta_json,
                     std::span<const SectionProducer> producers, ProgressSink* progress, SectionWriter* out) {
  MARQUEE_RETURN_IF_ERROR(out->Begin(SectionId::kMeta, 1));
  MARQUEE_RETURN_IF_ERROR(out->Add(meta_json.data(), meta_json.size()));
  out->End();
  MARQUEE_RETURN_IF_ERROR(out->WriteArray(SectionId::kTitleIds, cat->title_keys));
  MARQUEE_RETURN_IF_ERROR(out->WriteArray(SectionId::kTitleIdDirectory, BuildIdDirectory(cat->title_keys)));
  MARQUEE_RETURN_IF_ERROR(out->WriteArray(SectionId::kTitles, cat->titles));
  MARQUEE_RETURN_IF_ERROR(out->WriteArray(SectionId::kPlots, cat->plots));
  Release(&cat->plots);
  MARQUEE_RETURN_IF_ERROR(out->WriteArray(SectionId::kPersonIds, cat->person_keys));
  MARQUEE_RETURN_IF_ERROR(out->WriteArray(SectionId::kPersonIdDirectory, BuildIdDirectory(cat->person_keys)));
  MARQUEE_RETURN_IF_ERROR(out->WriteArray(SectionId::kPeople, cat->people));
  MARQUEE_RETURN_IF_ERROR(out->WriteArray(SectionId::kEpisodes, l->episodes));
  MARQUEE_RETURN_IF_ERROR(out->WriteArray(SectionId::kJobs, cat->jobs.refs()));
  MARQUEE_RETURN_IF_ERROR(out->WriteArray(SectionId::kTitleTypes, cat->title_types.refs()));
  MARQUEE_RETURN_IF_ERROR(out->WriteArray(SectionId::kCategories, cat->categories.refs()));
  MARQUEE_RETURN_IF_ERROR(out->WriteArray(SectionId::kTitleNameKeys, l->title_keys));
  Release(&l->title_keys);
  MARQUEE_RETURN_IF_ERROR(out->WriteArray(SectionId::kPersonNameKeys, l->person_keys));
  Release(&l->person_keys);
  MARQUEE_RETURN_IF_ERROR(WriteModuleSections(*cat, *l, /*with_credits=*/true, producers, progress, out));
  MARQUEE_RETURN_IF_ERROR(out->WriteArray(SectionId::kTitleCredits, l->title_credits));
  Release(&l->title_credits);
  MARQUEE_RETURN_IF_ERROR(out->WriteArray(SectionId::kPersonCredits, l->person_credits));
  Release(&l->person_credits);
  MARQUEE_RETURN_IF_ERROR(WriteModuleSections(*cat, *l, /*with_credits=*/false, producers, progress, out));
  MARQUEE_RETURN_IF_ERROR(out->WriteArray(SectionId::kAkas, cat->akas));
  Release(&cat->akas);
  MARQUEE_RETURN_IF_ERROR(out->WriteArray(SectionId::kAkaLocales, cat->aka_locales.records()));
  MARQUEE_RETURN_IF_ERROR(out->WriteArray(SectionId::kAkaKinds, cat->aka_kinds.records()));
  MARQUEE_RETURN_IF_ERROR(out->Begin(SectionId::kStrings, 1));
  MARQUEE_RETURN_IF_ERROR(out->Add(cat->strings.bytes().data(), cat->strings.bytes().size()));
  out->End();
  return out->Finish();
}

}  // namespace

Status IndexBuilder::Write(Catalog* cat, const std::string& meta_json, const std::string& path,
                           std::span<const SectionProducer> producers, ProgressSink* progress,
                           BuildSummary* summary) {
  std::vector<std::string> stale;  // temporary files of builds that died
  MARQUEE_RETURN_IF_ERROR(AtomicFile::RemoveStaleTemps(path, &stale));
  for (const std::string& f : stale)
    if (progress) progress->Phase("removed " + f + ", left by a build that did not finish");
  std::unique_ptr<AtomicFile> file;
  MARQUEE_RETURN_IF_ERROR(AtomicFile::Create(path, &file));
  MARQUEE_RETURN_IF_ERROR(file->Append(std::string(format::kHeaderSize, '\0')));
  const uint32_t n_titles = static_cast<uint32_t>(cat->titles.size());
  const uint32_t n_people = static_cast<uint32_t>(cat->people.size());

  Layout layout = LayOut(cat, progress);
  if (summary) {
    summary->titles = n_titles;
    summary->people = n_people;
    summary->credits = layout.title_credits.size();
    summary->akas = cat->akas.size();
    summary->episodes = layout.episodes.size();
  }
  if (progress) progress->Phase("writing the index");
  SectionWriter out(file.get());
  MARQUEE_RETURN_IF_ERROR(WriteSections(cat, &layout, meta_json, producers, progress, &out));
  if (summary) summary->index_bytes = file->size();
  if (progress) progress->Phase("syncing to disk");
  return file->Commit();
}

}  // namespace marquee
