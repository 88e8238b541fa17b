// Small measuring helpers for the comparison harness: a steady-clock
// stopwatch, nearest-rank percentiles over per-query latencies, the
// process's resident memory from /proc (current and peak), since peak RSS
// is what decides whether an engine fits on a machine, and the latencies
// and agreement of one engine on one kind of question, as the result JSON
// records them (node/common.mjs writes the same fields).

#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "../percentile.h"

namespace compare {

class Stopwatch {
 public:
  Stopwatch() : start_(std::chrono::steady_clock::now()) {}
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }
  double micros() const { return seconds() * 1e6; }

 private:
  std::chrono::steady_clock::time_point start_;
};

using bench::Percentile;  // nearest rank, as every benchmark here

// "VmRSS" or "VmHWM" (peak) of this process in bytes; 0 if unreadable.
inline uint64_t ProcMemory(const std::string& key) {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(key + ":", 0) == 0) return std::stoull(line.substr(key.size() + 1)) * 1024;
  }
  return 0;
}

// Latencies and agreement of one engine on one kind of question. Search
// questions have no single right list, so they count top-1 hits instead,
// per question form, and which of the engine's means answered each.
struct KindStats {
  std::vector<double> micros;
  uint64_t agree = 0, disagree = 0, timeouts = 0, beyond_depth = 0;
  std::vector<std::string> examples;  // first few disagreements
  uint64_t top1 = 0;
  std::map<std::string, std::pair<uint64_t, uint64_t>> by_form;  // form -> (top-1 right, asked)
  std::map<std::string, uint64_t> means;

  void Mismatch(const std::string& what) {
    ++disagree;
    if (examples.size() < 3) examples.push_back(what);
  }
  void Searched(const std::string& form, bool right, const std::string& how) {
    top1 += right;
    by_form[form].first += right;
    ++by_form[form].second;
    ++means[how];
  }
  nlohmann::json Json() const {
    nlohmann::json j = {{"n", micros.size()},   {"p50_us", Percentile(micros, 50)}, {"p99_us", Percentile(micros, 99)},
                        {"agree", agree},       {"disagree", disagree},            {"timeouts", timeouts},
                        {"beyond_depth", beyond_depth}, {"examples", examples},    {"samples_us", micros}};
    if (!by_form.empty()) {
      j["top1"] = top1;
      for (const auto& [form, n] : by_form) j["by_form"][form] = {{"top1", n.first}, {"asked", n.second}};
      j["means"] = means;
    }
    return j;
  }
};

}  // namespace compare
