// IndexBuilder: writes a finalized Catalog as an index file (format.h,
// docs/index_format.md). It orders credits for both directions, groups
// alternate titles and episodes, builds the name keys, checksums every
// section and commits the file atomically. The catalog is consumed: large
// vectors are released as soon as their section is written, to bound peak
// memory at full IMDb scale.

#pragma once

#include <string>

#include "catalog/catalog.h"
#include "marquee/build.h"
#include "marquee/status.h"

namespace marquee {

class IndexBuilder {
 public:
  // `meta_json` is stored verbatim in the kMeta section.
  static Status Write(Catalog* catalog, const std::string& meta_json, const std::string& path,
                      ProgressSink* progress, BuildSummary* summary);
};

}  // namespace marquee
