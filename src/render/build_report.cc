#include "render/build_report.h"

#include <fmt/format.h>

#include "render/text_parts.h"

namespace marquee {
namespace {

void IssuesText(const char* title, const std::map<std::string, IssueCount>& issues, std::string* out) {
  if (issues.empty()) return;
  *out += fmt::format("{}\n", title);
  for (const auto& [reason, c] : issues) {
    *out += fmt::format("  {:>10}  {}\n", c.count, reason);
    for (const std::string& e : c.examples) *out += fmt::format("              {}\n", e);
  }
}

Json IssuesJson(const std::map<std::string, IssueCount>& issues) {
  Json a = Json::array();
  for (const auto& [reason, c] : issues) a.push_back({{"reason", reason}, {"count", c.count}, {"examples", c.examples}});
  return a;
}

}  // namespace

Rendered RenderBuild(const Status& s, const std::string& index_path, const IngestReport& report,
                     const BuildSummary& summary, bool quiet, bool json) {
  Rendered r;
  r.exit_code = ExitCodeOf(s, false);
  if (json) {
    Json j;
    j["ok"] = s.ok();
    if (!s.ok()) j["error"] = s.message();
    j["index"] = index_path;
    Json files = Json::array();
    for (const FileReport& f : report.files())
      files.push_back({{"path", f.path}, {"bytes", f.bytes}, {"rows", f.rows_read}, {"kept", f.rows_kept}, {"seconds", f.seconds}});
    j["files"] = files;
    j["skipped"] = IssuesJson(report.skipped());
    j["repaired"] = IssuesJson(report.repaired());
    j["dropped_references"] = IssuesJson(report.dropped());
    j["noticed"] = IssuesJson(report.noticed());
    if (s.ok()) {
      j["titles"] = summary.titles;
      j["people"] = summary.people;
      j["credits"] = summary.credits;
      j["akas"] = summary.akas;
      j["episodes"] = summary.episodes;
      j["index_bytes"] = summary.index_bytes;
      j["input_bytes"] = summary.input_bytes;
      j["seconds"] = summary.seconds;
    }
    r.out = DumpJson(j) + "\n";
    return r;
  }
  if (!quiet) {
    IssuesText("skipped rows:", report.skipped(), &r.err);
    IssuesText("repaired rows (kept):", report.repaired(), &r.err);
    IssuesText("dropped references (row kept):", report.dropped(), &r.err);
    IssuesText("noticed (rows kept):", report.noticed(), &r.err);
  }
  if (!s.ok()) {
    r.err += fmt::format("marquee: build failed: {}\nmarquee: no index written; {} is unchanged\n", s.message(), index_path);
    if (report.strict()) r.err += "hint: without --strict, bad rows are skipped and counted instead\n";
  } else if (!quiet) {
    r.err += fmt::format(
        "built {} in {:.1f}s: {} titles, {} people, {} credits, {} alternate titles, {} episodes\n"
        "index {} (inputs {} on disk); {} rows skipped\n",
        index_path, summary.seconds, summary.titles, summary.people, summary.credits, summary.akas, summary.episodes,
        HumanBytes(summary.index_bytes), HumanBytes(summary.input_bytes), report.skipped_total());
  }
  r.err = TerminalSafe(r.err);
  return r;
}

Rendered RenderVerify(const Index& index, const VerifyResult& v, bool json) {
  Rendered r;
  r.exit_code = ExitCodeOf(v.status, false);
  std::vector<std::string> modules;
  Json module_seconds = Json::object();
  for (const ModuleVerdict& m : v.modules) {
    if (m.present) modules.push_back(m.module);
    module_seconds[m.module] = m.seconds;
  }
  if (json) {
    Json missing = Json::array();
    for (const ModuleVerdict& m : v.modules)
      if (!m.present) missing.push_back(m.module);
    r.out = DumpJson(Json({{"ok", v.status.ok()}, {"error", v.status.ok() ? Json(nullptr) : Json(v.status.message())},
                           {"seconds", v.seconds}, {"modules", modules}, {"missing_modules", missing},
                           {"module_seconds", module_seconds}})) + "\n";
  } else if (v.status.ok()) {
    IndexStats st = index.stats();
    r.out = fmt::format("{}: OK ({} titles, {} people, {} credits; all checksums and the invariants of {} hold, {:.2f}s)\n",
                        index.path(), st.titles, st.people, st.credits, Join(modules, ", "), v.seconds);
  } else {
    r.err = TerminalSafe(fmt::format("marquee: {}\nhint: rebuild the index with `marquee build`\n", v.status.message()));
  }
  return r;
}

}  // namespace marquee
