// LEB128 varints: the length prefix of every string in the index heap.

#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace marquee {

inline void PutVarint32(std::string* dst, uint32_t v) {
  while (v >= 0x80) {
    dst->push_back(static_cast<char>(v | 0x80));
    v >>= 7;
  }
  dst->push_back(static_cast<char>(v));
}

// Decodes a varint from [p, limit). Returns the byte after it, or nullptr when
// the input ends early or the value does not fit 32 bits.
inline const char* GetVarint32(const char* p, const char* limit, uint32_t* v) {
  uint32_t result = 0;
  for (int shift = 0; shift <= 28 && p < limit; shift += 7) {
    uint32_t byte = static_cast<unsigned char>(*p++);
    result |= (byte & 0x7F) << shift;
    if (byte < 0x80) {
      if (shift == 28 && byte > 0x0F) return nullptr;  // bits past the 32nd
      *v = result;
      return p;
    }
  }
  return nullptr;
}

}  // namespace marquee
