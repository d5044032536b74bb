// batch: many article sets in one run, each compared exactly as `compare`
// would, with reports written under one output directory and an index over
// them. Also the pieces schedulers need to split a batch across machines:
// stable shards, per-set summaries on disk, and a streaming (JSON Lines) mode.
//
// The only stage besides `read` that touches the file system. It prints
// nothing: progress goes to a callback the caller supplies.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/report/render.hpp"

namespace parallax::batch {

// One article set: an id (a directory name under OUTDIR) and its renderings.
// Files are kept as the input list writes them, relative to `root` (the
// list's own folder): reports and summaries show them so, and the bytes
// written do not depend on the working directory the batch was started from.
struct SetSpec {
    std::string id;
    std::vector<std::string> files;
    std::string base;  // optional --base for this set; "" = most complete
    std::string root;  // the folder relative files are in; "" = the working directory
    friend bool operator==(const SetSpec&, const SetSpec&) = default;
};

// The path to open a set's file by: `file` under `root` unless absolute.
std::string path_in(const std::string& root, const std::string& file);

// A digest of an input list (ids, files as written, bases; not the root),
// written into every shard's completion record so batch-index can tell that
// the shards it merges ran over the same list. "fnv1a64:" and 16 hex digits.
std::string input_digest(const std::vector<SetSpec>& sets);

// Throws parallax::Error if `id` cannot be used as a directory name: empty,
// longer than 200 bytes, starting with '.', not valid UTF-8 (it could not be
// written in JSON as it is), or holding '/', '\\' or a control character.
void check_set_id(std::string_view id, const std::string& where);

// A directory with one sub-directory per set; each set's files are the
// regular, non-hidden files directly inside it, sorted by name, written as
// "<set>/<file>" with `dir` as their root. Sets are sorted by id. Throws
// parallax::Error if `dir` cannot be listed.
std::vector<SetSpec> sets_from_directory(const std::string& dir);

// A manifest, one set per line, either
//   TSV:        id<TAB>file<TAB>file...
//   JSON Lines: {"id": "...", "files": ["...", ...], "base": "..."}
// (the two may be mixed; blank lines and lines starting with '#' are
// skipped). Files are kept as written, with `base_dir` as the sets' root
// (relative paths are relative to it; "" = the working directory). Throws parallax::Error naming `origin` and the line on a malformed
// line or a duplicate id.
std::vector<SetSpec> parse_manifest(std::string_view text, const std::string& origin, const std::string& base_dir = "");

// One JSON Lines set description (see parse_manifest). Throws
// parallax::Error naming `where`.
SetSpec parse_set_json(std::string_view line, const std::string& where);

// INPUT as the command line gives it: a directory (sets_from_directory) or a
// manifest file (parse_manifest, paths relative to the manifest's directory).
std::vector<SetSpec> read_input(const std::string& path);

// --shard K/N: this process handles the sets whose id hashes to K-1 modulo N.
struct Shard {
    unsigned index = 1;  // K, 1-based
    unsigned count = 1;  // N
    friend bool operator==(const Shard&, const Shard&) = default;
};

// Parses "K/N" with base <= K <= base + N - 1 (--shard-base: 1, or 0 for
// schedulers that count from 0) into a 1-based Shard. Throws parallax::Error
// on anything else.
Shard parse_shard(std::string_view text, unsigned base = 1);

// --shard auto: the shard a scheduler gave this process, read through
// `getenv` (the caller's environment) from exactly one of
//   SLURM_ARRAY_TASK_ID   a Slurm job array: K = (id - SLURM_ARRAY_TASK_MIN)
//                         / SLURM_ARRAY_TASK_STEP + 1, N = SLURM_ARRAY_TASK_COUNT
//   JOB_COMPLETION_INDEX  a Kubernetes indexed Job: 0-based, N given
//   PARALLEL_SEQ          GNU Parallel's job number: 1-based, N given
// N "given" is `count` (--shard-count) or else PARALLAX_SHARD_COUNT. `base`
// (--shard-base, -1 = none) replaces the index the scheduler counts from;
// with Slurm it is needed when N is not the array's task count (one task
// resubmitted alone). Throws parallax::Error ("--shard auto") naming what is
// missing or inconsistent; `source` says what the shard was read from.
struct AutoShard {
    Shard shard;
    std::string source;  // e.g. "SLURM_ARRAY_TASK_ID=0, SLURM_ARRAY_TASK_MIN=0, SLURM_ARRAY_TASK_COUNT=4"
};
AutoShard shard_from_environment(const std::function<const char*(const char*)>& getenv, unsigned count, long base);

// 64-bit FNV-1a of the bytes: stable across machines, compilers and runs.
std::uint64_t fnv1a64(std::string_view bytes);

bool in_shard(std::string_view set_id, Shard shard);

// The report formats a batch can write, in the fixed order of its summaries.
std::vector<report::Format> available_formats();

// Parses "html,json": known, no duplicates, at least one. Throws
// parallax::Error (path "--format") otherwise.
std::vector<report::Format> parse_formats(std::string_view list);

// The file name a format's report gets inside OUTDIR/<set>/.
std::string report_file_name(report::Format format);

// A compared set has the verdict of its comparison (parallax/verdict.hpp);
// error: the set could not be compared or its reports not written.
enum class SetStatus { agree, differ, incomplete, error };
const char* to_string(SetStatus);

// What the index says about one set. Written as OUTDIR/<set>/summary.json
// after the set's reports, so its presence marks the set complete.
struct SetSummary {
    std::string id;
    SetStatus status = SetStatus::error;
    std::vector<std::string> renderings;  // labels, in column order
    std::vector<std::string> files;       // as given
    std::size_t high = 0, medium = 0, low = 0;
    std::size_t unrelated = 0;  // renderings found not to render the article
    // The first discrepancy of the highest severity; empty when none.
    std::string worst_severity, worst_kind, worst_message;
    std::vector<std::string> reports;  // file names inside OUTDIR/<set>/
    std::string error;                 // why the set failed

    friend bool operator==(const SetSummary&, const SetSummary&) = default;
};

// One line of JSON, no trailing newline; read back by summary_from_json.
std::string summary_to_json(const SetSummary& s);
SetSummary summary_from_json(std::string_view text, const std::string& where);

// The status over many sets, for the exit status: error if any set failed,
// else differ if any differs, else incomplete if any is, else agree.
SetStatus overall(const std::vector<SetStatus>& statuses);
SetStatus overall(const std::vector<SetSummary>& sets);

// The index over a batch. Sets are listed in the order given (callers sort
// by id); both outputs are deterministic functions of the summaries.
void write_index_json(const std::vector<SetSummary>& sets, std::ostream& out);
void write_index_html(const std::vector<SetSummary>& sets, std::ostream& out);

// Writes OUTDIR/index.json and OUTDIR/index.html atomically.
void write_index(const std::string& out_dir, const std::vector<SetSummary>& sets);

// Where a shard records that it ran to the end: OUTDIR/.shards/K-of-N.json.
// An unsharded run is shard 1 of 1.
inline constexpr const char* shard_records_dir = ".shards";
std::string shard_record_name(Shard shard);

// A shard's completion record: which shard, the input list it ran over
// (digest and number of sets, the root its files are relative to, made
// canonical), the counts of its sets by status and their ids (sorted).
// Deterministic bytes: the same shard over the same list writes the same
// record, from any working directory, on every --resume.
struct ShardRecord {
    Shard shard;
    std::string digest;
    std::size_t input_sets = 0;
    std::string root;
    std::size_t agree = 0, differ = 0, incomplete = 0, error = 0;
    std::vector<std::string> ids;
    friend bool operator==(const ShardRecord&, const ShardRecord&) = default;
};
std::string shard_record_to_json(const ShardRecord& r);

// Writes the record of `shard` having run `results` of the input list `all`,
// atomically. Throws parallax::Error.
void write_shard_record(const std::string& out_dir, Shard shard, const std::vector<SetSpec>& all, const std::vector<SetSummary>& results);
ShardRecord shard_record_from_json(std::string_view text, const std::string& where);

// What batch-index found: the sets indexed (sorted by id) and what the shard
// records say is missing.
struct Rebuilt {
    std::vector<SetSummary> sets;
    std::vector<std::string> missing;   // "shard 3/4 (no .shards/3-of-4.json)", "set x (no x/summary.json)"
    std::vector<std::string> unlisted;  // set folders on disk that no record lists (left out)
};

// batch-index: checks the shard completion records under OUTDIR/.shards
// (every shard 1..N of one input list present; every set they list has a
// summary.json), then writes the index over the recorded sets and returns
// them. A summary older than one of its input files (where that file is
// here to see) is stale: the set is listed as failed. Throws
// parallax::Error, writing nothing, when OUTDIR is not a batch output, a
// record is unreadable, the records are of different input lists or shard
// counts, or anything is missing.
// `partial`: indexes every OUTDIR/*/summary.json found instead (as while
// shards are still running, or for --jsonl output, which writes no record)
// and returns what is missing rather than throwing for it.
Rebuilt rebuild_index(const std::string& out_dir, bool partial = false);

struct Progress {
    std::size_t done = 0;     // sets finished, including skipped and failed
    std::size_t total = 0;    // sets this run handles (after sharding)
    std::size_t failed = 0;
    std::size_t skipped = 0;  // complete already (--resume)
    std::size_t differ = 0;   // sets that differ (skipped ones too)
    std::size_t incomplete = 0;
    double seconds = 0.0;     // since the run started
    bool finished = false;    // the last call of a run
};
using ProgressFn = std::function<void(const Progress&)>;

struct Options {
    std::string out_dir;                          // "" = no files (stream mode only)
    std::vector<report::Format> formats{report::Format::html, report::Format::json};
    unsigned jobs = 0;                            // 0 = the number of cores
    unsigned engine_jobs = 1;                     // threads within one set's comparison; run() gives a set the threads fewer sets leave over
    bool resume = false;
    bool write_index = true;                      // off for shards: batch-index merges them
    bool write_record = true;                     // the shard's completion record (see write_shard_record)
    Shard shard;
    std::string base;                             // default --base for sets that name none
    std::size_t line_offset = 0;                  // --jsonl: added to every line number (a chunk's place in the whole)
};

// Compares one set and writes its reports and summary (when out_dir is set).
// Never throws for a bad set: the error is in the summary.
SetSummary run_set(const SetSpec& set, const Options& opt);

// True if OUTDIR/<set>/summary.json exists, matches the set's files, lists
// every requested report, all exist, and it is newer than every input file.
bool is_complete(const SetSpec& set, const Options& opt);

// Runs the sets of this shard on `jobs` threads (first removing the records
// of other shard counts or input lists), then, unless told not to, writes
// the shard's completion record and the index. Returns the summaries sorted by id. `progress` is called
// after every set, one call at a time, from any thread. Throws
// parallax::Error only for problems with OUTDIR itself.
std::vector<SetSummary> run(const std::vector<SetSpec>& sets, const Options& opt, const ProgressFn& progress = {});

// The longest line --jsonl reads; a longer one ends the run with an error.
inline constexpr std::size_t max_stream_line = std::size_t{1} << 20;

// --jsonl: set descriptions as JSON Lines from `in`, one result line per
// set on `out`, in input order, as soon as it and all before it are done.
// Line numbers count from opt.line_offset + 1.
// A result is the set's summary; when out_dir is empty the full JSON report
// is embedded under "report" instead of written to disk. A malformed line
// gives an error result naming the line. Returns the status over all
// results (see overall()). Throws parallax::Error (after printing every
// result before it) when a line is longer than max_stream_line or `in`
// fails.
SetStatus run_stream(std::istream& in, std::ostream& out, const Options& opt, const ProgressFn& progress = {});

}  // namespace parallax::batch
