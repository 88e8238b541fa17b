#include "util/hash.h"

#include <xxhash.h>

namespace marquee {

uint64_t Hash64(const void* data, size_t size) { return XXH3_64bits(data, size); }

}  // namespace marquee
