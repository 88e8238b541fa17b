// Rendering what `build` and `verify` did: the ingest report (files read,
// rows skipped, repaired and dropped by reason with file:line examples), the
// build summary, and the verdict of each module's checks, as text for a
// person (on stderr for build, beside its progress) or JSON for a program.

#pragma once

#include <string>

#include "catalog/ingest_report.h"
#include "marquee/build.h"
#include "marquee/verify.h"
#include "render/answer.h"

namespace marquee {

Rendered RenderBuild(const Status& status, const std::string& index_path, const IngestReport& report,
                     const BuildSummary& summary, bool quiet, bool json);
Rendered RenderVerify(const Index& index, const VerifyResult& result, bool json);

}  // namespace marquee
