// The graph module's SectionProducer: derives the connection graph sections
// (graph_format.h, docs/graph_format.md) from the finalized catalog and the
// credits in their final order, at index build time. The sections are a pure
// function of the core sections, so two builds of the same input agree byte
// for byte. Registered in src/build/build_index.cc's kProducers.

#pragma once

#include <vector>

#include "index/index_builder.h"
#include "marquee/build.h"
#include "marquee/status.h"

namespace marquee::graph {

Status ProduceGraphSections(const CoreView& core, ProgressSink* progress, std::vector<ExtraSection>* out);

}  // namespace marquee::graph
