// generate.cc — chunk scheduling. Tasks are queued heaviest file first so
// two threads stay busy; name.basics chunks wait until every
// title.principals chunk has offered its credits to the knownFor table.
#include "generate.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <memory>
#include <thread>

#include "rows.h"
#include "writer.h"

namespace datagen {

const std::vector<std::string>& AllFileKeys() {
  static const std::vector<std::string> keys = {"basics", "names", "principals", "crew",
                                                "ratings", "akas", "episode"};
  return keys;
}

namespace {

struct Task { size_t file, chunk; uint64_t begin, end; bool last; };

double SecondsSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

Status Generate(const Config& cfg, RunReport* report) {
  auto t0 = std::chrono::steady_clock::now();
  std::vector<std::string> want = cfg.files.empty() ? AllFileKeys() : cfg.files;
  for (const auto& k : want)
    if (std::find(AllFileKeys().begin(), AllFileKeys().end(), k) == AllFileKeys().end())
      return Status::InvalidArgument("unknown file '" + k + "' (basics,names,principals,crew,ratings,akas,episode)");
  auto wanted = [&](const char* k) { return std::find(want.begin(), want.end(), k) != want.end(); };
  if (cfg.scale <= 0) return Status::InvalidArgument("--scale must be > 0");
  if (cfg.malformed < 0 || cfg.malformed > 0.5) return Status::InvalidArgument("--malformed must be in [0, 0.5]");
  std::error_code ec;
  std::filesystem::create_directories(cfg.out_dir, ec);
  if (ec) return Status::IOError("cannot create " + cfg.out_dir + ": " + ec.message());

  const bool need_known = wanted("names");
  World w(cfg, need_known);
  RunReport& rep = *report;
  rep = RunReport();
  rep.n_titles = w.n_titles;
  rep.n_people = w.n_people;
  rep.n_episodes = w.n_episodes;
  rep.world_seconds = SecondsSince(t0);

  const auto& defs = FileDefs();
  std::vector<std::unique_ptr<FileSink>> sinks(defs.size());
  std::vector<Task> tasks;
  size_t principals = defs.size(), principal_chunks = 0;
  for (size_t f = 0; f < defs.size(); ++f) {
    const FileDef& d = defs[f];
    bool is_principals = std::string(d.spec.key) == "principals";
    if (is_principals) principals = f;
    bool write = wanted(d.spec.key);
    if (!write && !(is_principals && need_known)) continue;
    uint64_t n = d.by_people ? w.n_people : w.n_titles;
    // ~8 MB of text per chunk, but at least 8 chunks so small runs use all
    // threads too (and exercise chunk concatenation).
    uint64_t size = std::min<uint64_t>((8u << 20) / d.bytes_per_entity,
                                       std::max<uint64_t>(256, (n + 7) / 8));
    size_t chunks = size_t((n + size - 1) / size);
    std::string path = cfg.out_dir + "/" + d.spec.name + (cfg.gzip ? ".gz" : "");
    sinks[f] = std::make_unique<FileSink>(path, cfg.gzip, chunks, !write);
    MARQUEE_RETURN_IF_ERROR(sinks[f]->Open());
    for (size_t c = 0; c < chunks; ++c)
      tasks.push_back(Task{f, c, c * size, std::min(n, (c + 1) * size), c + 1 == chunks});
    if (is_principals) principal_chunks = chunks;
  }

  std::atomic<size_t> next{0};
  std::mutex mu;
  std::condition_variable cv;
  size_t principal_done = 0;
  Status error;
  std::atomic<bool> failed{false};
  auto worker = [&] {
    for (;;) {
      size_t k = next++;
      if (k >= tasks.size() || failed) return;
      const Task& t = tasks[k];
      const FileDef& d = defs[t.file];
      if (d.by_people && need_known) {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [&] { return principal_done == principal_chunks || failed; });
      }
      ChunkResult res;
      res.data.reserve(size_t(d.bytes_per_entity * (t.end - t.begin) * 5 / 4));
      Rng bad_rng(cfg.seed, kBadStream, uint64_t(t.file) << 32 | t.chunk);
      Emitter em(d.spec, cfg.malformed, bad_rng, res.data);
      d.gen(w, t.begin, t.end, em);
      res.lines = em.lines;
      res.rows = em.rows;
      res.bad = std::move(em.bad);
      Status s = cfg.gzip ? CompressChunk(res, t.last) : Status::OK();
      if (s.ok()) s = sinks[t.file]->Submit(t.chunk, std::move(res));
      if (!s.ok()) {
        std::lock_guard<std::mutex> lock(mu);
        if (error.ok()) error = s;
        failed = true;
      }
      if (t.file == principals) {
        std::lock_guard<std::mutex> lock(mu);
        ++principal_done;
      }
      cv.notify_all();
    }
  };
  int threads = cfg.threads > 0 ? cfg.threads : int(std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::thread> pool;
  for (int i = 0; i < threads; ++i) pool.emplace_back(worker);
  for (auto& th : pool) th.join();
  if (failed) return error;

  // Report in the order of AllFileKeys(); malformed.tsv lists every bad line.
  std::ofstream bad_out(cfg.out_dir + "/malformed.tsv", std::ios::binary);
  bad_out << "file\tline\tkind\tdetail\n";
  for (const auto& key : AllFileKeys()) {
    if (!wanted(key.c_str())) continue;
    for (size_t f = 0; f < defs.size(); ++f) {
      if (key != defs[f].spec.key) continue;
      FileReport fr;
      fr.key = key;
      fr.name = std::string(defs[f].spec.name) + (cfg.gzip ? ".gz" : "");
      fr.rows = sinks[f]->rows;
      fr.bytes = sinks[f]->bytes;
      fr.bad = std::move(sinks[f]->bad);
      for (const auto& b : fr.bad)
        bad_out << fr.name << '\t' << b.line << '\t' << kBadKindNames[b.kind] << '\t' << b.detail << '\n';
      rep.files.push_back(std::move(fr));
    }
  }
  if (!bad_out) return Status::IOError("cannot write " + cfg.out_dir + "/malformed.tsv");
  rep.seconds = SecondsSince(t0);
  return Status::OK();
}

}  // namespace datagen
