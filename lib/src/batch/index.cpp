// batch: the index over a batch — index.json for scripts, index.html for
// people (one self-contained page, sortable by severity, every string escaped).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <system_error>

#include "../report/escape.hpp"
#include "../report/page.hpp"
#include "report_assets.hpp"  // generated from report/assets/ by cmake/embed_assets.cmake
#include "internal.hpp"
#include "parallax/batch.hpp"
#include "parallax/display.hpp"
#include "parallax/error.hpp"
#include "parallax/write.hpp"
#include "summary_json.hpp"

namespace parallax::batch {

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

namespace {

struct Totals {
    std::size_t agree = 0, differ = 0, incomplete = 0, error = 0, high = 0, medium = 0, low = 0;
};

Totals totals_of(const std::vector<SetSummary>& sets) {
    Totals t;
    for (const auto& s : sets) {
        if (s.status == SetStatus::agree) ++t.agree;
        if (s.status == SetStatus::differ) ++t.differ;
        if (s.status == SetStatus::incomplete) ++t.incomplete;
        if (s.status == SetStatus::error) ++t.error;
        t.high += s.high;
        t.medium += s.medium;
        t.low += s.low;
    }
    return t;
}

// Percent-encodes everything but unreserved characters and '/'.
std::string url_path(std::string_view s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char ch : s) {
        if (std::isalnum(ch) || ch == '-' || ch == '_' || ch == '.' || ch == '~' || ch == '/') {
            out += static_cast<char>(ch);
        } else {
            out += '%';
            out += hex[ch >> 4];
            out += hex[ch & 15];
        }
    }
    return out;
}

// Sort keys compared as strings by the page's script. Severity: failed sets
// first, then by worst severity, then by counts high, medium, low (more first).
std::string severity_key(const SetSummary& s) {
    auto inverted = [](std::size_t n) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%09zu", n > 999999999 ? std::size_t{0} : 999999999 - n);
        return std::string(buf);
    };
    char rank = '5';
    if (s.status == SetStatus::error) rank = '0';
    else if (s.worst_severity == "high") rank = '1';
    else if (s.worst_severity == "medium") rank = '2';
    else if (s.worst_severity == "low") rank = '3';
    else if (s.unrelated > 0 || s.status == SetStatus::incomplete) rank = '4';
    std::string key(1, rank);
    key += inverted(s.high);
    key += inverted(s.medium);
    key += inverted(s.low);
    return key;
}

std::string count_key(std::size_t n) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%09zu", n);
    return buf;
}

// The page's style and script live in report/assets/ (index.css, index.js),
// so the policy can name them by hash as the reports' does.
void write_head(std::ostream& out) {
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << report::csp_meta(report::assets::index_css, report::assets::index_js) << "\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
        << "<title>parallax batch index</title>\n<style>" << report::assets::index_css << "</style>\n</head>\n<body>\n"
        << "<h1>parallax batch index</h1>\n";
}

bool is_set_id(const std::string& name) {
    try {
        check_set_id(name, name);
        return true;
    } catch (const Error&) {
        return false;
    }
}

// A summary written before one of its inputs last changed describes other
// text: the set is listed as failed rather than trusted. (A set folder the
// last run could not write keeps such a summary.) Inputs not here to see,
// as on a machine that only merges shards, are not held against it.
void mark_if_stale(SetSummary& s, const fs::path& summary, const std::string& root) {
    if (s.status == SetStatus::error) return;
    std::error_code ec;
    auto written = fs::last_write_time(summary, ec);
    if (ec) return;
    for (const auto& f : s.files) {
        auto changed = fs::last_write_time(path_in(root, f), ec);
        if (ec || !(changed > written)) continue;
        SetSummary stale;
        stale.id = s.id;
        stale.status = SetStatus::error;
        stale.renderings = s.renderings;
        stale.files = s.files;
        stale.error = display(s.id) + "/summary.json: stale: " + f + " changed after it was written (run the set again)";
        s = std::move(stale);
        return;
    }
}

}  // namespace

void write_index_json(const std::vector<SetSummary>& sets, std::ostream& out) {
    Totals t = totals_of(sets);
    json j;
    j["version"] = 1;
    j["totals"] = json{{"sets", sets.size()}, {"agree", t.agree},   {"differ", t.differ}, {"incomplete", t.incomplete}, {"error", t.error},
                       {"high", t.high},      {"medium", t.medium}, {"low", t.low}};
    json arr = json::array();
    for (const auto& s : sets) arr.push_back(detail::to_json(s));
    j["sets"] = std::move(arr);
    out << j.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

void write_index_html(const std::vector<SetSummary>& sets, std::ostream& out) {
    Totals t = totals_of(sets);
    write_head(out);
    out << "<p>" << counted(sets.size(), "set", "sets") << ": " << t.agree << " agree, " << t.differ << " differ, " << t.incomplete << " incomplete, " << t.error
        << " failed. Discrepancies: " << t.high << " high, " << t.medium << " medium, " << t.low
        << " low. Click a column heading to sort.</p>\n";
    out << "<table>\n<thead><tr>"
           "<th data-col=\"0\" aria-sort=\"ascending\"><button type=\"button\">Set</button></th>"
           "<th data-col=\"1\"><button type=\"button\">Status</button></th>"
           "<th data-col=\"2\"><button type=\"button\">Severity</button></th>"
           "<th data-col=\"3\" data-first=\"descending\"><button type=\"button\">High</button></th>"
           "<th data-col=\"4\" data-first=\"descending\"><button type=\"button\">Medium</button></th>"
           "<th data-col=\"5\" data-first=\"descending\"><button type=\"button\">Low</button></th>"
           "<th>Worst discrepancy or error</th><th>Renderings</th></tr></thead>\n<tbody>\n";
    std::size_t i = 0;
    for (const auto& s : sets) {
        std::string link = detail::link_of(s);
        const char* status = to_string(s.status);
        out << "<tr data-i=\"" << i++ << "\"><td data-k=\"" << report::html_escape(s.id) << "\">";
        if (link.empty()) out << report::html_escape(s.id);
        else out << "<a href=\"" << report::html_escape(url_path(link)) << "\">" << report::html_escape(s.id) << "</a>";
        out << "</td><td data-k=\"" << status << "\" class=\"" << status << "\">" << status << "</td>";
        std::string sev = s.status == SetStatus::error        ? "error"
                          : !s.worst_severity.empty()              ? s.worst_severity
                          : s.unrelated                            ? "unrelated"
                          : s.status == SetStatus::incomplete      ? "incomplete"
                                                                   : "none";
        out << "<td data-k=\"" << severity_key(s) << "\" class=\"" << report::html_escape(sev) << "\">" << report::html_escape(sev) << "</td>";
        for (std::size_t n : {s.high, s.medium, s.low}) out << "<td class=\"n\" data-k=\"" << count_key(n) << "\">" << n << "</td>";
        out << "<td>";
        if (s.status == SetStatus::error) out << "<span class=\"error\">" << report::html_escape(s.error) << "</span>";
        else if (!s.worst_severity.empty()) out << report::html_escape(s.worst_kind) << ": " << report::html_escape(s.worst_message);
        else if (s.unrelated) out << counted(s.unrelated, "rendering", "renderings") << " not of this article";
        else if (s.status == SetStatus::incomplete) out << "part of the input was not compared (see the report's notes)";
        out << "</td><td>";
        for (std::size_t r = 0; r < s.renderings.size(); ++r) out << (r ? ", " : "") << report::html_escape(s.renderings[r]);
        out << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n<script>" << report::assets::index_js << "</script>\n</body>\n</html>\n";
}

void write_index(const std::string& out_dir, const std::vector<SetSummary>& sets) {
    fs::path dir(out_dir);
    detail::remove_leftovers(out_dir);
    write_file((dir / "index.json").string(), [&](std::ostream& o) { write_index_json(sets, o); });
    write_file((dir / "index.html").string(), [&](std::ostream& o) { write_index_html(sets, o); });
}

namespace {

// The summary of set `id`, or nullopt when it has none; throws
// parallax::Error for one that is not a summary of that set.
std::optional<SetSummary> summary_of(const fs::path& out_dir, const std::string& id, const std::string& root) {
    fs::path summary = out_dir / id / "summary.json";
    std::error_code ec;
    if (!fs::is_regular_file(summary, ec)) return std::nullopt;
    SetSummary s = summary_from_json(detail::slurp(summary.string()), summary.string());
    if (s.id != id) throw Error(summary.string(), "summary is of set '" + display(s.id) + "', not '" + display(id) + "'");
    mark_if_stale(s, summary, root);
    return s;
}

// The set folders with a summary.json, sorted.
std::vector<std::string> summarized_sets(const std::string& out_dir) {
    std::vector<std::string> ids;
    std::error_code ec;
    fs::directory_iterator it(out_dir, ec), end;
    if (ec) throw Error(out_dir, "cannot list directory: " + ec.message());
    for (; it != end; it.increment(ec)) {
        if (ec) throw Error(out_dir, "cannot list directory: " + ec.message());
        std::string name = it->path().filename().string();
        if (is_set_id(name) && fs::is_directory(it->path(), ec) && fs::is_regular_file(it->path() / "summary.json", ec)) ids.push_back(name);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Every record under OUTDIR/.shards, by shard number.
std::vector<ShardRecord> read_records(const fs::path& out_dir) {
    std::vector<ShardRecord> records;
    fs::path dir = out_dir / shard_records_dir;
    std::error_code ec;
    if (!fs::exists(dir, ec)) return records;
    fs::directory_iterator it(dir, ec), end;
    if (ec) throw Error(dir.string(), "cannot list directory: " + ec.message());
    for (; it != end; it.increment(ec)) {
        if (ec) throw Error(dir.string(), "cannot list directory: " + ec.message());
        std::string name = it->path().filename().string();
        auto shard = detail::shard_of_record_name(name);
        if (!shard) continue;
        ShardRecord r = shard_record_from_json(detail::slurp(it->path().string(), detail::max_record_bytes), it->path().string());
        if (!(r.shard == *shard)) throw Error(it->path().string(), "holds the record of shard " + shard_record_name(r.shard));
        records.push_back(std::move(r));
    }
    std::sort(records.begin(), records.end(), [](const ShardRecord& a, const ShardRecord& b) { return a.shard.index < b.shard.index; });
    return records;
}

// "a, b, c and 7 more"
std::string some_of(const std::vector<std::string>& items, std::size_t shown = 10) {
    std::string out;
    for (std::size_t i = 0; i < items.size() && i < shown; ++i) out += (i ? "; " : "") + items[i];
    if (items.size() > shown) out += "; and " + std::to_string(items.size() - shown) + " more";
    return out;
}

}  // namespace

Rebuilt rebuild_index(const std::string& out_dir, bool partial) {
    fs::path dir(out_dir);
    std::vector<std::string> on_disk = summarized_sets(out_dir);
    std::error_code ec;
    if (on_disk.empty() && !fs::exists(dir / "index.json", ec))
        throw Error(out_dir, "not a batch output (no index.json, no set folder with a summary.json); nothing written");
    std::vector<ShardRecord> records = read_records(dir);
    const std::string records_at = (dir / shard_records_dir).string();

    Rebuilt out;
    std::vector<std::string> ids;
    std::string root;
    if (records.empty()) {
        out.missing.push_back("every shard: no completion record in " + display(records_at) +
                              " (no shard ran to its end, or the output is of --jsonl or of a parallax before shard records)");
    } else {
        const ShardRecord& first = records.front();
        for (const auto& r : records)
            if (r.shard.count != first.shard.count || r.digest != first.digest || r.input_sets != first.input_sets)
                throw Error(records_at, "records of different batches: " + shard_record_name(first.shard) + " (" + first.digest + ", " +
                                            std::to_string(first.input_sets) + " sets) and " + shard_record_name(r.shard) + " (" +
                                            r.digest + ", " + std::to_string(r.input_sets) + " sets); nothing written (remove the "
                                            "records of the batch that is not wanted, or run it again)");
        root = first.root;
        std::size_t next = 0;
        for (unsigned k = 1; k <= first.shard.count; ++k) {
            if (next < records.size() && records[next].shard.index == k) {
                for (const auto& id : records[next].ids) ids.push_back(id);
                ++next;
            } else {
                Shard missing{k, first.shard.count};
                out.missing.push_back("shard " + std::to_string(k) + "/" + std::to_string(missing.count) + " (no " +
                                      std::string(shard_records_dir) + "/" + shard_record_name(missing) + ")");
            }
        }
        std::sort(ids.begin(), ids.end());
        if (out.missing.empty() && ids.size() != first.input_sets)
            out.missing.push_back(std::to_string(first.input_sets - std::min(first.input_sets, ids.size())) +
                                  " sets of the input list that no shard record lists");
        for (const auto& id : ids)
            if (!std::binary_search(on_disk.begin(), on_disk.end(), id)) out.missing.push_back("set " + display(id) + " (no " + display(id) + "/summary.json)");
        for (const auto& id : on_disk)
            if (!std::binary_search(ids.begin(), ids.end(), id)) out.unlisted.push_back(id);
    }
    if (!partial && !out.missing.empty())
        throw Error(out_dir, "incomplete batch, nothing written: missing " + some_of(out.missing) +
                                 " (run what is missing, --resume skips what is done; or batch-index --partial)");
    // --partial indexes what is on disk; otherwise exactly the recorded sets.
    if (partial) {
        ids = on_disk;
        out.unlisted.clear();
    }
    for (const auto& id : ids)
        if (auto s = summary_of(dir, id, root)) out.sets.push_back(std::move(*s));
    write_index(out_dir, out.sets);
    return out;
}

}  // namespace parallax::batch
