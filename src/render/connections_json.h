// JSON forms of connection results: the `--json` output of `marquee costars
// | shared | path | distances | center`. The schema is documented under
// "Connections" in docs/json_output.md; fields are only ever added.

#pragma once

#include "marquee/graph.h"
#include "render/json.h"

namespace marquee {

Json FilterJson(const ConnectionFilter& f);
Json RoleJson(const Index& index, PersonRow person, const LinkRole& role);
Json CostarsJson(const Index& index, PersonRow person, const ConnectionFilter& f, const CostarResult& r);
Json SharedJson(const Index& index, std::span<const PersonRow> people, const ConnectionFilter& f,
                const SharedResult& r);
// Each step carries both people's roles on its title (LinkRoles).
Json PathJson(const Graph& graph, PersonRow a, PersonRow b, const ConnectionFilter& f, const PathResult& r);
Json DistancesJson(const Index& index, PersonRow person, const ConnectionFilter& f, const DistanceResult& r);
Json CenterJson(const Index& index, const ConnectionFilter& f, const CenterResult& r);

}  // namespace marquee
