// VerifyIndex: the list of modules and their checks, run side by side.

#include "marquee/verify.h"

#include <fmt/format.h>

#include <chrono>
#include <thread>

#include "marquee/graph.h"
#include "marquee/search.h"

namespace marquee {
namespace {

struct ModuleCheck {
  const char* name;
  bool (*present)(const Index&);
  Status (*verify)(const Index&);
};

Status VerifyGraph(const Index& index) {
  std::unique_ptr<Graph> graph;
  MARQUEE_RETURN_IF_ERROR(Graph::Open(index, &graph));
  return graph->Verify();
}

Status VerifySearch(const Index& index) {
  std::unique_ptr<Searcher> searcher;
  MARQUEE_RETURN_IF_ERROR(Searcher::Open(index, &searcher));
  return searcher->Verify();
}

constexpr ModuleCheck kModuleChecks[] = {
    {"core", [](const Index&) { return true; }, [](const Index& index) { return index.Verify(); }},
    {"graph", Graph::Present, VerifyGraph},
    {"search", Searcher::Present, VerifySearch},
};

double Since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

VerifyResult VerifyIndex(const Index& index) {
  auto start = std::chrono::steady_clock::now();
  VerifyResult r;
  for (const ModuleCheck& m : kModuleChecks) {
    ModuleVerdict v;
    v.module = m.name;
    v.present = m.present(index);
    if (!v.present)
      v.status = Status::Corruption(fmt::format("the index has no {} sections; rebuild it with `marquee build`", m.name));
    r.modules.push_back(std::move(v));
  }
  auto run = [&](size_t i) {
    auto begin = std::chrono::steady_clock::now();
    r.modules[i].status = kModuleChecks[i].verify(index);
    r.modules[i].seconds = Since(begin);
  };
  std::vector<std::thread> threads;
  for (size_t i = 1; i < r.modules.size(); ++i)
    if (r.modules[i].present) threads.emplace_back(run, i);
  run(0);
  for (std::thread& t : threads) t.join();
  for (const ModuleVerdict& v : r.modules)
    if (r.status.ok() && !v.status.ok()) r.status = v.status;
  r.seconds = Since(start);
  return r;
}

}  // namespace marquee
