// The center ranking: the most linked people, each with their average
// distance to everyone they reach. One BFS per person (Connections::
// Distances), spread over the cores, each thread with its own scratch.

#include <algorithm>
#include <atomic>
#include <mutex>
#include <queue>
#include <thread>

#include "graph/graph_internal.h"

namespace marquee {

using namespace graph;

Status Center(const Graph& graph, const CenterOptions& o, CenterResult* r) {
  const Graph::Rep& g = graph.rep();
  *r = CenterResult();
  if (o.top == 0) return Status::InvalidArgument("--top must be at least 1");
  CompiledFilter f;
  MARQUEE_RETURN_IF_ERROR(graph::Compile(g, o.filter, &f));
  // The most linked people: a bounded min-heap over every person's degree.
  const Side people = PersonSide(g);
  using Entry = std::pair<uint32_t, int64_t>;  // (titles, -row): the smaller row wins ties
  std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;
  for (uint32_t p = 0; p < g.n_people; ++p) {
    uint32_t degree = Degree(people, p, f);
    if (degree == 0 || (heap.size() == o.top && degree < heap.top().first)) continue;
    if (f.check_mask || f.check_node) {
      degree = 0;
      ForEachEdge(people, p, f, [&](uint32_t t) { degree += !f.check_node || f.NodeOk(g.attrs[t]); });
      if (degree == 0) continue;
    }
    heap.emplace(degree, -static_cast<int64_t>(p));
    if (heap.size() > o.top) heap.pop();
  }
  while (!heap.empty()) {
    r->people.push_back(CenterEntry{static_cast<PersonRow>(-heap.top().second), heap.top().first, {}});
    heap.pop();
  }
  std::reverse(r->people.begin(), r->people.end());

  DistanceOptions d;
  d.filter = o.filter;
  d.budget = o.budget;
  std::atomic<size_t> next{0};
  std::mutex mu;
  Status failed;
  auto work = [&] {
    Connections c(graph);
    for (size_t i; (i = next++) < r->people.size();) {
      Status s = c.Distances(r->people[i].person, d, &r->people[i].distances);
      if (!s.ok()) {
        std::lock_guard<std::mutex> lock(mu);
        failed = s;
        next = r->people.size();
      }
    }
  };
  unsigned n = std::max(1u, std::min<unsigned>(o.threads, static_cast<unsigned>(r->people.size())));
  std::vector<std::thread> threads;
  for (unsigned i = 1; i < n; ++i) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  if (!failed.ok()) return failed;
  std::stable_sort(r->people.begin(), r->people.end(), [](const CenterEntry& a, const CenterEntry& b) {
    double x = a.distances.reachable ? a.distances.average : 1e9, y = b.distances.reachable ? b.distances.average : 1e9;
    return x < y;
  });
  return Status::OK();
}

}  // namespace marquee
