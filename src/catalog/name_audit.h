// AuditNames: the findings about people of name-keyed input (movies JSON)
// that need every file read first. In such input a spelling is a person, so
//  - names that fold alike (util/text.h FoldForMatch: case, accents, curly
//    quotes, "Jr." punctuation) are reported as probable duplicates, one
//    finding per spelling other than the most credited; with `merge`, their
//    credits move to the most-credited spelling and the others are removed;
//  - a name credited over more than kMaxCareerYears (first to last known
//    title year) is reported as a probable homonym, two people under one
//    name (merged spellings counted together).
// Findings go to IngestReport::Noticed at the file and line where the name
// was first seen; nothing is skipped and the build goes on.

#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"
#include "catalog/ingest_report.h"

namespace marquee {

inline constexpr int kMaxCareerYears = 75;

struct NamedPerson {
  uint32_t row;            // in catalog->people
  std::string_view name;
  std::string_view path;   // where the name was first seen
  uint64_t line;
};

// `people` in the order first seen (findings are reported in that order).
// Call before Catalog::Finalize(); with `merge`, person rows are renumbered.
void AuditNames(const std::vector<NamedPerson>& people, bool merge, Catalog* catalog, IngestReport* report);

}  // namespace marquee
