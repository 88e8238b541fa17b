// writer.h — ordered, optionally gzip-compressed output of chunked files.
//
// Promise: chunks of one file may be produced (and compressed) by any thread
// in any order; FileSink writes them strictly in chunk order, so the bytes
// depend only on the chunking, never on scheduling. With gzip, each chunk is
// an independent run of deflate blocks ended by a sync flush (the last one by
// a final block), compressed by ISA-L at level 1; the concatenation is one
// valid gzip member whose CRC is combined from the chunks' CRCs (pigz's
// scheme), so any gzip reader inflates it to exactly the plain output.
#pragma once
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <string>
#include <vector>

#include "malformed.h"
#include "marquee/status.h"

namespace datagen {

using marquee::Status;

struct ChunkResult {
  std::string data;      // text, or deflate blocks after CompressChunk()
  uint64_t raw_len = 0;  // text length
  uint32_t crc = 0;      // CRC-32 of the text
  uint64_t lines = 0, rows = 0;
  std::vector<BadRow> bad;  // chunk-local line numbers
};

// Replaces chunk.data by its deflate encoding; `last` ends the stream.
Status CompressChunk(ChunkResult& chunk, bool last);

class FileSink {
 public:
  // discard: generate for side effects only (knownFor), write nothing.
  FileSink(std::string path, bool gzip, size_t n_chunks, bool discard);
  ~FileSink();
  // Creates the file (gzip: and writes the header). Once, before Submit.
  Status Open();
  // Takes chunk `chunk` and writes every chunk now due, in order, closing
  // the file after the last. A write failure is returned by this call and
  // every later one.
  Status Submit(size_t chunk, ChunkResult&& result);
  bool gzip() const { return gzip_; }

  // Valid once all chunks are submitted.
  uint64_t rows = 0, lines = 0, bytes = 0;
  std::vector<BadRow> bad;  // file line numbers

 private:
  Status WriteOut(ChunkResult& r);
  Status Close();
  std::string path_;
  bool gzip_, discard_;
  size_t n_chunks_, next_ = 0;
  std::vector<ChunkResult> pending_;
  std::vector<bool> ready_;
  std::mutex mu_;
  std::FILE* f_ = nullptr;
  uint32_t crc_ = 0;
  uint64_t raw_len_ = 0;
  Status status_;  // the first failure
};

}  // namespace datagen
