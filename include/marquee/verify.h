// Verifying a whole index: every module's checks, the core's first (every
// section's checksum, then the core invariants), then each module's own
// (graph, search). An index that `marquee build` writes holds every module,
// so a missing module fails verification too: the commands that need it
// would fail later.

#pragma once

#include <string>
#include <vector>

#include "marquee/index.h"
#include "marquee/status.h"

namespace marquee {

struct ModuleVerdict {
  std::string module;    // "core", "graph", "search"
  bool present = false;  // the index holds the module's sections
  Status status;         // OK, or what is wrong (Corruption when absent)
  double seconds = 0;
};

struct VerifyResult {
  Status status;                       // the first failure in module order, or OK
  std::vector<ModuleVerdict> modules;  // in module order
  double seconds = 0;
};

// Reads everything. The modules' checks run side by side: they read
// different sections and wait on memory more than on the processor.
VerifyResult VerifyIndex(const Index& index);

}  // namespace marquee
