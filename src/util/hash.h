// Hash64: the one 64-bit hash the project uses (XXH3), for checksums of index
// sections and for hashed name keys.

#pragma once

#include <cstdint>
#include <string_view>

namespace marquee {

uint64_t Hash64(const void* data, size_t size);
inline uint64_t Hash64(std::string_view s) { return Hash64(s.data(), s.size()); }

}  // namespace marquee
