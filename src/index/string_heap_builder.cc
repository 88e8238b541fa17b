#include "index/string_heap_builder.h"

#include "util/hash.h"
#include "util/varint.h"

namespace marquee {

StringHeapBuilder::StringHeapBuilder() {
  heap_.push_back('\0');  // ref 0: the empty string
  slots_.assign(1 << 16, 0);
  slot_hash_.assign(1 << 16, 0);
}

format::StringRef StringHeapBuilder::Add(std::string_view s) {
  if (s.empty()) return 0;
  if (heap_.size() + s.size() + 5 > 0xFFFFFFFFull) {
    overflow_ = true;
    return 0;
  }
  auto ref = static_cast<format::StringRef>(heap_.size());
  PutVarint32(&heap_, static_cast<uint32_t>(s.size()));
  heap_.append(s);
  return ref;
}

std::string_view StringHeapBuilder::Get(format::StringRef ref) const {
  uint32_t len = 0;
  const char* p = GetVarint32(heap_.data() + ref, heap_.data() + heap_.size(), &len);
  return p ? std::string_view(p, len) : std::string_view();
}

format::StringRef StringHeapBuilder::Intern(std::string_view s) {
  if (s.empty()) return 0;
  if (used_ * 2 >= slots_.size()) Grow();
  uint64_t h = Hash64(s);
  // The low 32 bits both place the slot and filter probes; keeping them lets
  // Grow() rehash without touching the heap.
  uint32_t h32 = static_cast<uint32_t>(h);
  size_t mask = slots_.size() - 1;
  for (size_t i = h32 & mask;; i = (i + 1) & mask) {
    uint32_t slot = slots_[i];
    if (slot == 0) {
      format::StringRef ref = Add(s);
      if (overflow_) return 0;
      slots_[i] = ref + 1;
      slot_hash_[i] = h32;
      ++used_;
      return ref;
    }
    if (slot_hash_[i] == h32 && Get(slot - 1) == s) return slot - 1;
  }
}

void StringHeapBuilder::Grow() {
  std::vector<uint32_t> old_slots(slots_.size() * 2, 0), old_hash(slots_.size() * 2, 0);
  old_slots.swap(slots_);
  old_hash.swap(slot_hash_);
  size_t mask = slots_.size() - 1;
  for (size_t j = 0; j < old_slots.size(); ++j) {
    if (old_slots[j] == 0) continue;
    size_t i = old_hash[j] & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = old_slots[j];
    slot_hash_[i] = old_hash[j];
  }
}

}  // namespace marquee
