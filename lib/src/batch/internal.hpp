// batch internals shared by its source files; not part of the public API.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "parallax/batch.hpp"

namespace parallax::batch::detail {

// The largest summary.json read back; a real one is a few kilobytes.
inline constexpr std::size_t max_summary_bytes = std::size_t{16} << 20;

// The largest shard record read back: one id per set of the shard, so an
// unsharded run over a million sets writes tens of megabytes.
inline constexpr std::size_t max_record_bytes = std::size_t{1} << 30;

// Bytes of a summary.json (or, with its bound, a shard record); throws parallax::Error.
std::string slurp(const std::string& path, std::size_t max_bytes = max_summary_bytes);

// Removes the temporary files a killed run left in a set's or the output
// directory: today's (see parallax/write.hpp) and the NAME.tmp<pid> ones of
// earlier versions.
void remove_leftovers(const std::string& dir);

// The shard a record's file name ("3-of-8.json") names; nullopt for any other name.
std::optional<Shard> shard_of_record_name(const std::string& name);

// Removes the records under OUTDIR/.shards of another shard count or input
// list: an earlier batch's, which must not pass for this one's shards.
void remove_other_records(const std::string& out_dir, Shard shard, const std::string& digest);

// Writes OUTDIR/.shards/K-of-N.json atomically; throws parallax::Error.
void write_record(const std::string& out_dir, const ShardRecord& r);

}  // namespace parallax::batch::detail
