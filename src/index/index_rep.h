// Index::Rep: the mapped file and typed views of its sections, shared by the
// reader (index.cc) and the verifier (verify.cc).

#pragma once

#include <memory>
#include <span>
#include <string_view>

#include "index/format.h"
#include "marquee/index.h"
#include "util/mapped_file.h"

namespace marquee {

struct Index::Rep {
  std::unique_ptr<MappedFile> file;
  const format::FileHeader* header = nullptr;
  std::string_view meta;
  std::string_view strings;
  std::span<const uint64_t> title_ids, person_ids;
  std::span<const uint32_t> title_id_directory, person_id_directory;
  std::span<const format::TitleRecord> titles;    // with the sentinel
  std::span<const format::TitlePlot> plots;
  std::span<const format::PersonRecord> people;   // with the sentinel
  std::span<const format::TitleCredit> title_credits;
  std::span<const format::PersonCredit> person_credits;
  std::span<const format::AkaRecord> akas;
  std::span<const format::AkaLocale> aka_locales;
  std::span<const format::AkaKind> aka_kinds;
  std::span<const uint32_t> episodes;
  std::span<const format::StringRef> jobs, title_types, categories;
  std::span<const format::NameKey> title_keys, person_keys;

  uint32_t n_titles() const { return static_cast<uint32_t>(title_ids.size()); }
  uint32_t n_people() const { return static_cast<uint32_t>(person_ids.size()); }
  // The string at `ref`, or empty when ref or its length is out of range.
  std::string_view String(format::StringRef ref) const;
  void PrefetchString(format::StringRef ref) const;
  // The locale of alternate title `aka`; nullptr when either is out of range.
  const format::AkaLocale* LocaleOf(uint32_t aka) const;
  const format::SectionEntry* Section(format::SectionId id) const;
};

}  // namespace marquee
