// IndexBuilder: writes a finalized Catalog as an index file (format.h,
// docs/index_format.md). It orders credits for both directions, groups
// alternate titles and episodes, builds the name keys, checksums every
// section and commits the file atomically. The catalog is consumed: large
// vectors are released as soon as their section is written, to bound peak
// memory at full IMDb scale.

#pragma once

#include <span>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "marquee/build.h"
#include "marquee/status.h"

namespace marquee {

// What modules with sections of their own (search, graph) build from: the
// finalized catalog (titles and people with their ranges filled in) and the
// credits in their final order.
struct CoreView {
  const Catalog& catalog;
  std::span<const format::TitleCredit> title_credits;
  std::span<const format::PersonCredit> person_credits;
  std::span<const uint32_t> episodes;
};

struct ExtraSection {
  uint32_t id;           // in the module's SectionId range (format.h)
  uint32_t record_size;  // 1 for bytes
  std::string bytes;
};

// A module that adds sections: `produce` builds them once per build. It may
// read the credits (CoreView::title_credits / person_credits) only when it
// says so with `needs_credits`; the others run after the credits have been
// written and freed, to keep the build's peak memory down.
struct SectionProducer {
  Status (*produce)(const CoreView& core, ProgressSink* progress, std::vector<ExtraSection>* out);
  bool needs_credits;
};

class IndexBuilder {
 public:
  // `meta_json` is stored verbatim in the kMeta section.
  static Status Write(Catalog* catalog, const std::string& meta_json, const std::string& path,
                      std::span<const SectionProducer> producers, ProgressSink* progress,
                      BuildSummary* summary);
};

}  // namespace marquee
