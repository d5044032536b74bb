// Fuzz target: the parsers batch reads untrusted text with — the manifest
// (TSV and JSON Lines), one set summary (summary.json, read back by --resume
// and batch-index), --shard K/N and --format lists. Whatever they accept must
// survive a round trip; whatever they refuse must be a parallax::Error.
#include <cstddef>
#include <cstdint>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

#include "fuzz_util.hpp"
#include "parallax/batch.hpp"
#include "parallax/error.hpp"

using namespace parallax;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    try {
        auto sets = batch::parse_manifest(in, "manifest.tsv", "/base");
        std::set<std::string> ids;
        for (const auto& s : sets) {
            try {
                batch::check_set_id(s.id, "parsed id");
            } catch (const Error&) {
                fuzz::fail("the manifest parser let a bad set id through");
            }
            fuzz::check(ids.insert(s.id).second, "set ids are unique");
        }
    } catch (const Error&) {
    }
    try {
        batch::SetSummary s = batch::summary_from_json(in, "summary.json");
        std::string again = batch::summary_to_json(s);
        fuzz::check(batch::summary_from_json(again, "again.json") == s, "summary round trip");
        std::ostringstream index_json, index_html;
        batch::write_index_json({s}, index_json);
        batch::write_index_html({s}, index_html);
    } catch (const Error&) {
    }
    try {
        batch::ShardRecord r = batch::shard_record_from_json(in, "1-of-1.json");
        fuzz::check(batch::shard_record_from_json(batch::shard_record_to_json(r), "again.json") == r, "shard record round trip");
    } catch (const Error&) {
    }
    try {
        batch::Shard sh = batch::parse_shard(in);
        fuzz::check(sh.index >= 1 && sh.index <= sh.count, "shard in range");
    } catch (const Error&) {
    }
    try {
        batch::parse_formats(in);
    } catch (const Error&) {
    }
    return 0;
}
