// batch: shard completion records. A shard writes OUTDIR/.shards/K-of-N.json
// after its last set, so batch-index can tell a merged tree from one with a
// shard that never ran, died, or ran over another input list.
#include <cinttypes>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <system_error>

#include "internal.hpp"
#include "parallax/batch.hpp"
#include "parallax/display.hpp"
#include "parallax/error.hpp"
#include "parallax/write.hpp"

namespace parallax::batch {

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

namespace {

std::size_t count_at(const json& j, const char* key, const std::string& where) {
    const json& v = j.at(key);
    if (!v.is_number_unsigned()) throw Error(where, std::string("not a shard record: \"") + key + "\" is not a non-negative integer");
    return v.get<std::size_t>();
}

ShardRecord record_of(Shard shard, const std::vector<SetSpec>& all, const std::vector<SetSummary>& results) {
    ShardRecord r;
    r.shard = shard.count <= 1 ? Shard{1, 1} : shard;
    r.digest = input_digest(all);
    r.input_sets = all.size();
    // The root made canonical, so batch-index finds the inputs (to see a
    // stale summary) from any working directory; none when the sets differ.
    bool one_root = std::all_of(all.begin(), all.end(), [&](const SetSpec& s) { return s.root == all.front().root; });
    if (!all.empty() && one_root) {
        std::error_code ec;
        fs::path root = fs::weakly_canonical(all.front().root.empty() ? "." : all.front().root, ec);
        if (!ec) r.root = display(root.string());
    }
    for (const auto& s : results) {
        r.ids.push_back(s.id);
        if (s.status == SetStatus::agree) ++r.agree;
        if (s.status == SetStatus::differ) ++r.differ;
        if (s.status == SetStatus::incomplete) ++r.incomplete;
        if (s.status == SetStatus::error) ++r.error;
    }
    return r;
}

}  // namespace

std::string input_digest(const std::vector<SetSpec>& sets) {
    // Ids and paths hold no NUL; the separators keep ("ab","c") from ("a","bc").
    std::string bytes;
    for (const auto& s : sets) {
        bytes += s.id;
        bytes += '\0';
        for (const auto& f : s.files) bytes += f + '\0';
        bytes += '\1';
        bytes += s.base;
        bytes += '\n';
    }
    char hex[32];
    std::snprintf(hex, sizeof hex, "%016" PRIx64, fnv1a64(bytes));
    return std::string("fnv1a64:") + hex;
}

std::string shard_record_to_json(const ShardRecord& r) {
    json j;
    j["version"] = 1;
    j["shard"] = r.shard.index;
    j["of"] = r.shard.count;
    j["input"] = json{{"digest", r.digest}, {"sets", r.input_sets}, {"root", r.root}};
    j["counts"] = json{{"sets", r.ids.size()}, {"agree", r.agree}, {"differ", r.differ}, {"incomplete", r.incomplete}, {"error", r.error}};
    j["ids"] = r.ids;
    return j.dump(2, ' ', false, json::error_handler_t::replace) + '\n';
}

ShardRecord shard_record_from_json(std::string_view text, const std::string& where) {
    try {
        json j = json::parse(text);
        if (j.at("version") != 1) throw Error(where, "not a shard record of this parallax version (\"version\" is not 1)");
        ShardRecord r;
        std::size_t k = count_at(j, "shard", where), n = count_at(j, "of", where);
        if (n == 0 || k == 0 || k > n || n > 0xffffffffu) throw Error(where, "not a shard record: shard " + std::to_string(k) + " of " + std::to_string(n));
        r.shard = {static_cast<unsigned>(k), static_cast<unsigned>(n)};
        const json& input = j.at("input");
        r.digest = input.at("digest").get<std::string>();
        r.input_sets = count_at(input, "sets", where);
        r.root = input.at("root").get<std::string>();
        const json& counts = j.at("counts");
        r.agree = count_at(counts, "agree", where);
        r.differ = count_at(counts, "differ", where);
        r.incomplete = count_at(counts, "incomplete", where);
        r.error = count_at(counts, "error", where);
        r.ids = j.at("ids").get<std::vector<std::string>>();
        for (const auto& id : r.ids) check_set_id(id, where);
        if (count_at(counts, "sets", where) != r.ids.size() || r.agree + r.differ + r.incomplete + r.error != r.ids.size())
            throw Error(where, "not a shard record: its counts do not add up to its ids");
        return r;
    } catch (const json::exception& e) {
        throw Error(where, std::string("not a shard record: ") + e.what());
    }
}

void write_shard_record(const std::string& out_dir, Shard shard, const std::vector<SetSpec>& all, const std::vector<SetSummary>& results) {
    detail::write_record(out_dir, record_of(shard, all, results));
}

namespace detail {

std::optional<Shard> shard_of_record_name(const std::string& name) {
    static const std::regex pattern("([1-9][0-9]{0,9})-of-([1-9][0-9]{0,9})\\.json");
    std::smatch m;
    if (!std::regex_match(name, m, pattern)) return std::nullopt;
    unsigned long long k = std::stoull(m[1]), n = std::stoull(m[2]);
    if (k > n || n > 0xffffffffULL) return std::nullopt;
    return Shard{static_cast<unsigned>(k), static_cast<unsigned>(n)};
}

void remove_other_records(const std::string& out_dir, Shard shard, const std::string& digest) {
    fs::path dir = fs::path(out_dir) / shard_records_dir;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return;
    remove_leftovers(dir.string());
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        auto other = shard_of_record_name(it->path().filename().string());
        if (!other) continue;
        bool stale = other->count != shard.count;
        if (!stale) {
            try {
                stale = shard_record_from_json(slurp(it->path().string(), max_record_bytes), it->path().string()).digest != digest;
            } catch (const Error&) {
                continue;  // left for batch-index to name
            }
        }
        std::error_code ignored;
        if (stale) fs::remove(it->path(), ignored);
    }
}

void write_record(const std::string& out_dir, const ShardRecord& r) {
    fs::path dir = fs::path(out_dir) / shard_records_dir;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) throw Error(dir.string(), "cannot create directory: " + ec.message());
    write_file((dir / shard_record_name(r.shard)).string(), [&](std::ostream& o) { o << shard_record_to_json(r); });
}

}  // namespace detail

}  // namespace parallax::batch
