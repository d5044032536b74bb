// batch: where the sets come from — a directory of set directories or a
// manifest (TSV or JSON Lines), and the names a set may have.
#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <system_error>

#include "../read/file_bytes.hpp"
#include "../unicode/unicode.hpp"
#include "parallax/batch.hpp"
#include "parallax/display.hpp"
#include "parallax/error.hpp"
#include "parallax/read.hpp"

namespace parallax::batch {

namespace fs = std::filesystem;

namespace {

bool hidden(const fs::path& p) {
    std::string name = p.filename().string();
    return name.empty() || name[0] == '.';
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.back() == '\r' || s.back() == '\n' || s.back() == ' ')) s.remove_suffix(1);
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    return s;
}

}  // namespace

std::string path_in(const std::string& root, const std::string& file) {
    if (root.empty() || fs::path(file).is_absolute()) return file;
    return (fs::path(root) / file).string();
}

void check_set_id(std::string_view id, const std::string& where) {
    auto bad = [&](const std::string& why) { throw Error(where, "set id '" + display(id) + "' " + why); };
    if (id.empty()) throw Error(where, "empty set id");
    if (id.size() > 200) bad("is longer than 200 bytes");
    if (id[0] == '.') bad("starts with '.'");
    if (id == "index.html" || id == "index.json") bad("is the name of the index");
    if (unicode::first_invalid_byte(id) != unicode::valid) bad("is not valid UTF-8");
    for (unsigned char ch : id) {
        if (ch == '/' || ch == '\\') bad("holds a path separator");
        if (ch < 0x20 || ch == 0x7f) bad("holds a control character");
    }
}

std::vector<SetSpec> sets_from_directory(const std::string& dir) {
    std::vector<SetSpec> sets;
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    if (ec) throw Error(dir, "cannot list directory: " + ec.message());
    for (; it != end; it.increment(ec)) {
        if (ec) throw Error(dir, "cannot list directory: " + ec.message());
        const fs::path& sub = it->path();
        if (hidden(sub) || !fs::is_directory(sub, ec)) continue;
        SetSpec set;
        set.id = sub.filename().string();
        set.root = dir;
        check_set_id(set.id, sub.string());
        fs::directory_iterator fit(sub, ec);
        if (ec) throw Error(sub.string(), "cannot list directory: " + ec.message());
        for (; fit != end; fit.increment(ec)) {
            if (ec) throw Error(sub.string(), "cannot list directory: " + ec.message());
            if (hidden(fit->path()) || !fs::is_regular_file(fit->path(), ec)) continue;
            set.files.push_back((fs::path(set.id) / fit->path().filename()).string());
        }
        std::sort(set.files.begin(), set.files.end());
        sets.push_back(std::move(set));
    }
    std::sort(sets.begin(), sets.end(), [](const SetSpec& a, const SetSpec& b) { return a.id < b.id; });
    return sets;
}

SetSpec parse_set_json(std::string_view line, const std::string& where) {
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
        throw Error(where, std::string("not valid JSON: ") + e.what());
    }
    if (!j.is_object()) throw Error(where, "expected a JSON object {\"id\": ..., \"files\": [...]}");
    SetSpec set;
    auto id = j.find("id");
    if (id == j.end() || !id->is_string()) throw Error(where, "\"id\" must be a string");
    set.id = id->get<std::string>();
    check_set_id(set.id, where);
    auto files = j.find("files");
    if (files == j.end() || !files->is_array()) throw Error(where, "\"files\" must be an array of paths");
    for (const auto& f : *files) {
        if (!f.is_string()) throw Error(where, "\"files\" must be an array of paths");
        set.files.push_back(f.get<std::string>());
    }
    if (auto base = j.find("base"); base != j.end()) {
        if (!base->is_string()) throw Error(where, "\"base\" must be a string");
        set.base = base->get<std::string>();
    }
    return set;
}

std::vector<SetSpec> parse_manifest(std::string_view text, const std::string& origin, const std::string& base_dir) {
    std::vector<SetSpec> sets;
    std::map<std::string, std::size_t> first_line;
    std::size_t line_no = 0;
    while (!text.empty()) {
        std::size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        ++line_no;
        std::string where = origin + ":" + std::to_string(line_no);
        std::string_view t = trim(line);
        if (t.empty() || t[0] == '#') continue;
        SetSpec set;
        if (t[0] == '{') {
            set = parse_set_json(t, where);
        } else {
            std::size_t pos = 0;
            bool first = true;
            while (pos <= t.size()) {
                std::size_t tab = t.find('\t', pos);
                std::string field(t.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos));
                if (first) {
                    check_set_id(field, where);
                    set.id = std::move(field);
                    first = false;
                } else if (!field.empty()) {
                    set.files.push_back(std::move(field));
                }
                if (tab == std::string_view::npos) break;
                pos = tab + 1;
            }
        }
        set.root = base_dir;
        auto [at, fresh] = first_line.emplace(set.id, line_no);
        if (!fresh) throw Error(where, "duplicate set id '" + display(set.id) + "' (first on line " + std::to_string(at->second) + ")");
        sets.push_back(std::move(set));
    }
    return sets;
}

std::vector<SetSpec> read_input(const std::string& path) {
    std::error_code ec;
    auto st = fs::status(path, ec);
    if (st.type() == fs::file_type::not_found) throw Error(path, "no such file or directory");
    if (fs::is_directory(st)) return sets_from_directory(path);
    // A manifest is read like an input: a regular file, bounded.
    return parse_manifest(detail::read_regular_file(path, max_file_bytes), path, fs::path(path).parent_path().string());
}

}  // namespace parallax::batch
