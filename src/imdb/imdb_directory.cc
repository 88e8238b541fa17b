#include <sys/stat.h>

#include "imdb/loaders.h"

namespace marquee::imdb {
namespace {

// The path of `name`.tsv.gz or `name`.tsv in dir, or "" when neither exists.
std::string Find(const std::string& dir, const std::string& name) {
  for (const char* ext : {".tsv.gz", ".tsv"}) {
    std::string p = dir + "/" + name + ext;
    struct stat st;
    if (::stat(p.c_str(), &st) == 0) return p;
  }
  return "";
}

}  // namespace

Status LoadImdbDirectory(const std::string& dir, const LoadContext& ctx) {
  struct stat st;
  if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    return Status::InvalidArgument(dir + ": not a directory (expected a folder of IMDb .tsv or .tsv.gz files)");
  }
  using Loader = Status (*)(const std::string&, const LoadContext&);
  struct Step {
    const char* name;
    Loader load;
    bool required;
  };
  // Order matters: later files refer to rows of earlier ones.
  static const Step kSteps[] = {
      {"title.basics", LoadTitleBasics, true},     {"name.basics", LoadNameBasics, true},
      {"title.ratings", LoadTitleRatings, false},  {"title.episode", LoadTitleEpisode, false},
      {"title.akas", LoadTitleAkas, false},        {"title.principals", LoadTitlePrincipals, true},
      {"title.crew", LoadTitleCrew, false},
  };
  std::string missing;
  for (const Step& s : kSteps) {
    if (s.required && Find(dir, s.name).empty()) missing += std::string(missing.empty() ? "" : ", ") + s.name;
  }
  if (!missing.empty()) {
    return Status::InvalidArgument(dir + ": missing required IMDb file(s) " + missing +
                                   " (.tsv or .tsv.gz); download them from datasets.imdbws.com");
  }
  for (const Step& s : kSteps) {
    std::string path = Find(dir, s.name);
    if (path.empty()) continue;
    MARQUEE_RETURN_IF_ERROR(s.load(path, ctx));
  }
  return Status::OK();
}

}  // namespace marquee::imdb
