#include "cli/cli.h"

#include <iostream>

#include "render/json.h"

namespace marquee::cli {

int Fail(const Status& s, const std::string& hint) {
  std::cerr << "marquee: " << s.message() << "\n";
  if (!hint.empty()) std::cerr << "hint: " << hint << "\n";
  return s.IsNotFound() ? kNotFound : kError;
}

bool OpenIndex(const GlobalOptions& g, std::unique_ptr<Index>* index, int* exit_code) {
  Status s = Index::Open(g.index_path, index);
  if (s.ok()) return true;
  *exit_code = kError;
  if (s.code() == Status::Code::kIOError) {
    std::cerr << "marquee: cannot open the index " << g.index_path << ": " << s.message() << "\n"
              << "hint: build one with `marquee build --movies demo/movies.json` or "
                 "`marquee build --imdb DIR`, or point --index (or $MARQUEE_INDEX) at it\n";
  } else {
    Fail(s);
  }
  return false;
}

int ResolutionFailure(const GlobalOptions& g, const Status& s, const std::vector<Candidate>& candidates,
                      const char* noun) {
  int code = s.IsNotFound() ? kNotFound : kError;
  if (g.json) {
    Json j;
    j["error"] = s.IsAmbiguous() ? "ambiguous" : (s.IsNotFound() ? "not_found" : "invalid");
    j["message"] = s.message();
    j["candidates"] = CandidatesJson(candidates);
    PrintJson(j);
    return code;
  }
  std::cerr << "marquee: " << s.message() << "\n";
  if (s.IsAmbiguous()) {
    for (const Candidate& c : candidates) std::cerr << "  " << c.id << "  " << c.label << "\n";
    std::cerr << "hint: pass the id (e.g. `" << (candidates.empty() ? "" : candidates[0].id) << "`)"
              << (std::string(noun) == "title" ? ", or narrow with --year Y / --type T, or write 'Title (YEAR)'" : "")
              << "\n";
  }
  return code;
}

void PrintJson(const Json& j) { std::cout << DumpJson(j) << "\n"; }

}  // namespace marquee::cli
