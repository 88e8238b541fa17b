// marquee: the command-line application, a thin layer over libmarquee.

#include <CLI/CLI.hpp>
#include <cstdlib>

#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace marquee::cli;
  CLI::App app{"marquee: film credits from the record — who played whom, who made what, and how they connect"};
  app.require_subcommand(1);
  GlobalOptions g;
  const char* env = std::getenv("MARQUEE_INDEX");
  g.index_path = env && *env ? env : "marquee.idx";
  app.add_option("-i,--index", g.index_path, "index file (default: $MARQUEE_INDEX or ./marquee.idx)");
  app.add_flag("--json", g.json, "print JSON (schema: docs/json_output.md)");

  BuildArgs build;
  auto* b = app.add_subcommand("build", "build an index from IMDb TSV files and/or movies-JSON files");
  b->add_option("--imdb", build.imdb_dir, "directory of IMDb .tsv/.tsv.gz files");
  b->add_option("--movies", build.movies, "movies-JSON files (.json/.json.gz)");
  b->add_flag("--strict", build.strict, "stop at the first bad row instead of skipping it");
  b->add_flag("-q,--quiet", build.quiet, "print nothing but errors");

  app.add_subcommand("verify", "check every checksum and invariant of the index");
  app.add_subcommand("info", "what the index holds and what it was built from");

  TitleArgs title;
  auto add_title = [&](const char* name, const char* help) {
    auto* c = app.add_subcommand(name, help);
    c->add_option("title", title.text, "a title id (tt…) or a title, optionally with (YEAR)")->required();
    c->add_option("--year", title.year, "the title's start year");
    c->add_option("--type", title.types, "title type(s): movie, tvSeries, …")->delimiter(',');
    return c;
  };
  add_title("title", "a title's facts, makers, stars and alternate titles");
  add_title("cast", "a title's cast in billing order with characters")
      ->add_flag("--crew", title.crew, "also the crew, grouped by category");

  PersonArgs person;
  auto* p = app.add_subcommand("person", "a person's facts and best-known titles");
  p->add_option("person", person.text, "a person id (nm…) or a name")->required();
  auto* f = app.add_subcommand("filmography", "a person's credits by year");
  f->add_option("person", person.text, "a person id (nm…) or a name")->required();
  f->add_option("--category", person.categories, "only these categories (actor, director, …)")->delimiter(',');
  f->add_option("--type", person.types, "only these title types (movie, tvSeries, …)")->delimiter(',');
  f->add_option("--years", person.years, "only these years: A-B, A-, -B or A");
  f->add_flag("--episodes", person.episodes, "list episode credits one by one instead of per series");

  ConnectionArgs connection;
  AddConnectionCommands(app, &connection);

  SearchArgs search;
  auto* sr = app.add_subcommand("search", "find titles and people from free text (typos, accents, prefixes, alternate titles)");
  sr->add_option("query", search.query, "what to look for, e.g. \"toni colete\" or \"the outsider 2020\"")->required();
  sr->add_option("--type", search.types, "title, person, or title type(s): movie, tvSeries, …")->delimiter(',');
  sr->add_option("--year", search.year, "only titles that start in this year");
  sr->add_option("--limit", search.limit, "how many results (1-1000, default 10)")->check(CLI::Range(1, 1000));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kOk : kError;
  }
  std::string cmd = app.get_subcommands()[0]->get_name();
  if (cmd == "build") return RunBuild(g, build);
  if (cmd == "verify") return RunVerify(g);
  if (cmd == "info") return RunInfo(g);
  if (cmd == "title") return RunTitle(g, title);
  if (cmd == "cast") return RunCast(g, title);
  if (cmd == "person") return RunPerson(g, person);
  if (cmd == "filmography") return RunFilmography(g, person);
  if (cmd == "search") return RunSearch(g, search);
  if (int code = RunConnectionCommand(cmd, g, connection); code >= 0) return code;
  return kError;
}
