#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "parallax/batch.hpp"
#include "parallax/error.hpp"

using namespace parallax;
using namespace parallax::batch;
namespace fs = std::filesystem;

namespace {

// A fresh directory under the system temp dir, removed at the end of a test.
struct TempDir {
    fs::path path;
    explicit TempDir(const std::string& name) {
        path = fs::temp_directory_path() / ("parallax-batch-test-" + std::to_string(::getpid()) + "-" + name);
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    std::string str() const { return path.string(); }
};

void write(const fs::path& p, const std::string& bytes) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string error_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

const std::string fixtures = PARALLAX_FIXTURES "/xi-2024-kazakhstan/input/";
const std::string official = fixtures + "000_254708b96a3181c4.txt";
const std::string tagpage = fixtures + "001_a9fdb92ff107e12b.txt";

}  // namespace

TEST_CASE("batch: empty input gives an empty run and an empty index", "[batch]") {
    CHECK(parse_manifest("", "m.tsv").empty());
    CHECK(parse_manifest("\n# only a comment\n\n", "m.tsv").empty());
    CHECK(overall(std::vector<SetSummary>{}) == SetStatus::agree);

    TempDir dir("empty");
    fs::create_directories(dir.path / "in");
    CHECK(sets_from_directory((dir.path / "in").string()).empty());
    Options opt;
    opt.out_dir = (dir.path / "out").string();
    auto results = run({}, opt);
    CHECK(results.empty());
    std::string index = read(dir.path / "out" / "index.json");
    CHECK(index.find("\"sets\": 0") != std::string::npos);
    CHECK(fs::exists(dir.path / "out" / "index.html"));

    std::istringstream in("");
    std::ostringstream out;
    CHECK(run_stream(in, out, Options{}) == SetStatus::agree);
    CHECK(out.str().empty());
}

TEST_CASE("batch: TSV and JSON Lines manifests, mixed, with comments and CRLF", "[batch]") {
    std::string text =
        "# id\tfiles\n"
        "one\ta.txt\tb.txt\r\n"
        "\n"
        "{\"id\": \"two\", \"files\": [\"/abs/c.txt\", \"d.txt\"], \"base\": \"c\", \"note\": \"kept out\"}\n"
        "three\te.txt\t\tf.txt";
    auto sets = parse_manifest(text, "m.tsv", "/data");
    REQUIRE(sets.size() == 3);
    // Files as written, relative to the manifest's folder: the root.
    CHECK(sets[0] == SetSpec{"one", {"a.txt", "b.txt"}, "", "/data"});
    CHECK(sets[1] == SetSpec{"two", {"/abs/c.txt", "d.txt"}, "c", "/data"});
    CHECK(sets[2] == SetSpec{"three", {"e.txt", "f.txt"}, "", "/data"});
    CHECK(path_in(sets[1].root, sets[1].files[0]) == "/abs/c.txt");
    CHECK(path_in(sets[1].root, sets[1].files[1]) == "/data/d.txt");
    CHECK(path_in("", "d.txt") == "d.txt");
    // Without a base directory, paths stay as given.
    CHECK(parse_manifest("x\ta.txt\tb.txt\n", "m")[0].files == std::vector<std::string>{"a.txt", "b.txt"});
    CHECK(parse_manifest("x\ta.txt\tb.txt\n", "m")[0].root.empty());
}

TEST_CASE("batch: manifest errors name the manifest and the line", "[batch]") {
    CHECK(error_of([] { parse_manifest("a\tx\tc\n\na\ty\tz\n", "m.tsv"); }) ==
          "m.tsv:3: duplicate set id 'a' (first on line 1)");
    CHECK(error_of([] { parse_manifest("ok\ta\tb\n{\"id\": 3}\n", "m.jsonl"); }) == "m.jsonl:2: \"id\" must be a string");
    CHECK(error_of([] { parse_manifest("{\"id\": \"x\"}", "m"); }) == "m:1: \"files\" must be an array of paths");
    CHECK(error_of([] { parse_manifest("{\"id\": \"x\", \"files\": [1]}", "m"); }) == "m:1: \"files\" must be an array of paths");
    CHECK(error_of([] { parse_manifest("{\"id\": ", "m"); }).rfind("m:1: not valid JSON", 0) == 0);
    CHECK(error_of([] { parse_manifest("../up\ta\tb\n", "m"); }) == "m:1: set id '../up' starts with '.'");
    CHECK(error_of([] { parse_manifest("a/b\ta\tb\n", "m"); }) == "m:1: set id 'a/b' holds a path separator");
}

TEST_CASE("batch: set ids must be usable as directory names", "[batch]") {
    CHECK(error_of([] { check_set_id("2024-07-02 Astana", "w"); }).empty());
    CHECK(error_of([] { check_set_id("статья-1", "w"); }).empty());
    CHECK(error_of([] { check_set_id("", "w"); }) == "w: empty set id");
    CHECK(error_of([] { check_set_id(".hidden", "w"); }) == "w: set id '.hidden' starts with '.'");
    CHECK(error_of([] { check_set_id("a\\b", "w"); }) == "w: set id 'a\\b' holds a path separator");
    CHECK(error_of([] { check_set_id("tab\there", "w"); }) == "w: set id 'tab\\there' holds a control character");
    CHECK(error_of([] { check_set_id("index.html", "w"); }) == "w: set id 'index.html' is the name of the index");
    CHECK(!error_of([] { check_set_id(std::string(201, 'x'), "w"); }).empty());
}

TEST_CASE("batch: a directory of sets, hidden entries skipped, sorted", "[batch]") {
    TempDir dir("dir");
    write(dir.path / "b" / "2.txt", "x");
    write(dir.path / "b" / "1.txt", "x");
    write(dir.path / "b" / ".swp", "x");
    write(dir.path / "a" / "only.txt", "x");
    write(dir.path / ".git" / "HEAD", "x");
    write(dir.path / "loose.txt", "x");
    auto sets = sets_from_directory(dir.str());
    REQUIRE(sets.size() == 2);
    CHECK(sets[0].id == "a");
    CHECK(sets[1].id == "b");
    // Written as SET/FILE under the directory, whatever path reached it.
    CHECK(sets[1].files == std::vector<std::string>{"b/1.txt", "b/2.txt"});
    CHECK(sets[1].root == dir.str());
    CHECK(error_of([&] { read_input((dir.path / "nowhere").string()); }) == (dir.path / "nowhere").string() + ": no such file or directory");

    write(dir.path / "m.tsv", "s\tx.txt\ty.txt\n");
    auto from_manifest = read_input((dir.path / "m.tsv").string());
    REQUIRE(from_manifest.size() == 1);
    CHECK(from_manifest[0].files[0] == "x.txt");
    CHECK(path_in(from_manifest[0].root, from_manifest[0].files[0]) == (dir.path / "x.txt").string());  // relative to the manifest
}

TEST_CASE("batch: shards by FNV-1a 64 of the set id", "[batch]") {
    // Reference values of the FNV-1a 64 test suite.
    CHECK(fnv1a64("") == 0xcbf29ce484222325ULL);
    CHECK(fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
    CHECK(fnv1a64("foobar") == 0x85944171f73967e8ULL);

    CHECK(parse_shard("1/1").index == 1);
    CHECK(parse_shard("3/8").index == 3);
    CHECK(parse_shard("3/8").count == 8);
    for (const char* bad : {"", "0/4", "5/4", "1/0", "1", "a/b", "1/4x", "-1/4", "1/ 4", "/4"})
        CHECK(error_of([&] { parse_shard(bad); }) == std::string("--shard: expected K/N with 1 <= K <= N, got '") + bad + "'");

    // Every id lands in exactly one shard, and the shards are not lopsided.
    std::vector<std::size_t> sizes(4);
    for (int i = 0; i < 1000; ++i) {
        std::string id = "set-" + std::to_string(i);
        int hits = 0;
        for (unsigned k = 1; k <= 4; ++k)
            if (in_shard(id, {k, 4})) {
                ++hits;
                ++sizes[k - 1];
            }
        CHECK(hits == 1);
        CHECK(in_shard(id, {1, 1}));
    }
    for (auto n : sizes) CHECK((n > 200 && n < 300));
}

TEST_CASE("batch: formats are checked and put in a fixed order", "[batch]") {
    CHECK(parse_formats("json,html") == std::vector<report::Format>{report::Format::html, report::Format::json});
    CHECK(parse_formats("text") == std::vector<report::Format>{report::Format::text});
    CHECK(parse_formats("tmx,csv") == std::vector<report::Format>{report::Format::csv, report::Format::tmx});
    CHECK(report_file_name(report::Format::text) == "report.txt");
    CHECK(report_file_name(report::Format::html) == "report.html");
    CHECK(error_of([] { parse_formats("html,pdf"); }).rfind("--format: unknown format 'pdf'", 0) == 0);
    CHECK(error_of([] { parse_formats(""); }).rfind("--format: unknown format ''", 0) == 0);
    CHECK(error_of([] { parse_formats("json,json"); }) == "--format: format 'json' given twice");
}

TEST_CASE("batch: a summary survives the trip through summary.json", "[batch]") {
    SetSummary s;
    s.id = "set <1> & \"q\"";
    s.status = SetStatus::differ;
    s.renderings = {"a", "b"};
    s.files = {"in/a.txt", "in/b.txt"};
    s.high = 2;
    s.low = 7;
    s.worst_severity = "high";
    s.worst_kind = "figure";
    s.worst_message = "600,000 vs 60,000";
    s.reports = {"report.html", "report.json"};
    std::string line = summary_to_json(s);
    CHECK(line.find('\n') == std::string::npos);
    CHECK(summary_from_json(line, "x") == s);

    SetSummary failed;
    failed.id = "broken";
    failed.files = {"x.txt"};
    failed.error = "x.txt: invalid UTF-8 at byte offset 3";
    CHECK(summary_from_json(summary_to_json(failed), "x") == failed);
    CHECK(error_of([] { summary_from_json("{}", "s.json"); }).rfind("s.json: not a set summary", 0) == 0);
}

TEST_CASE("batch: a summary with counts that are not non-negative integers is not a summary", "[batch]") {
    // A corrupt summary.json must be refused (batch-index names it, --resume
    // redoes the set), never cast: 1e300 to size_t is undefined behaviour and
    // -1 would read as 18446744073709551615 findings.
    SetSummary s;
    s.id = "set";
    s.status = SetStatus::agree;
    s.files = {"a.txt", "b.txt"};
    std::string good = summary_to_json(s);
    REQUIRE(good.find("\"medium\":0") != std::string::npos);
    for (std::string bad : {"1e300", "-1", "2.5", "18446744073709551616", "\"3\"", "true"}) {
        std::string line = good;
        line.replace(line.find("\"medium\":0") + 9, 1, bad);
        INFO(line);
        CHECK(error_of([&] { summary_from_json(line, "s.json"); }).rfind("s.json: not a set summary", 0) == 0);
    }
    std::string unrelated = good;
    unrelated.replace(unrelated.find("\"unrelated\":0") + 12, 1, "-3");
    CHECK(error_of([&] { summary_from_json(unrelated, "s.json"); }).rfind("s.json: not a set summary", 0) == 0);
}

TEST_CASE("batch: a summary whose worst finding has no severity is not a summary", "[batch]") {
    // Found by fuzz_batch: {"worst": {"severity": "", "kind": "x", ...}} was
    // read, written back as "worst": null, and read again as another summary.
    SetSummary s;
    s.id = "set";
    s.status = SetStatus::differ;
    s.files = {"a.txt", "b.txt"};
    s.high = 1;
    s.worst_severity = "high";
    s.worst_kind = "figure";
    s.worst_message = "figure differs";
    std::string good = summary_to_json(s);
    CHECK(summary_from_json(good, "s.json") == s);
    for (std::string bad : {"\"\"", "\"urgent\""}) {
        std::string line = good;
        line.replace(line.find("\"high\",\"kind\"") , 6, bad);
        INFO(line);
        CHECK(error_of([&] { summary_from_json(line, "s.json"); }).rfind("s.json: not a set summary", 0) == 0);
    }
}

TEST_CASE("batch: the index counts, escapes, links and sorts keys by severity", "[batch]") {
    SetSummary ok{"calm", SetStatus::agree, {"a", "b"}, {"a.txt", "b.txt"}, 0, 0, 0, 0, "", "", "", {"report.html", "report.json"}, ""};
    SetSummary bad{"<b>x y", SetStatus::differ, {"a"}, {"a.txt"}, 1, 2, 3, 0, "high", "figure", "<script>alert(1)</script>", {"report.json"}, ""};
    SetSummary err{"z", SetStatus::error, {"a"}, {"a.txt"}, 0, 0, 0, 0, "", "", "", {}, "a.txt: file is empty"};
    std::vector<SetSummary> sets{bad, ok, err};
    CHECK(overall(sets) == SetStatus::error);
    CHECK(overall({ok, bad}) == SetStatus::differ);
    CHECK(overall({ok}) == SetStatus::agree);
    CHECK(overall({SetStatus::agree, SetStatus::incomplete}) == SetStatus::incomplete);
    CHECK(overall({SetStatus::incomplete, SetStatus::differ, SetStatus::agree}) == SetStatus::differ);

    std::ostringstream j;
    write_index_json(sets, j);
    CHECK(j.str().find("\"sets\": 3,\n    \"agree\": 1,\n    \"differ\": 1,\n    \"incomplete\": 0,\n    \"error\": 1,\n    \"high\": 1,") != std::string::npos);
    CHECK(j.str().find("\"link\": \"<b>x y/report.json\"") != std::string::npos);
    CHECK(j.str().find("\"error\": \"a.txt: file is empty\"") != std::string::npos);

    std::ostringstream h;
    write_index_html(sets, h);
    std::string html = h.str();
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(html.find("href=\"%3Cb%3Ex%20y/report.json\"") != std::string::npos);
    CHECK(html.find("href=\"calm/report.html\"") != std::string::npos);
    CHECK(html.find("a.txt: file is empty") != std::string::npos);
    CHECK(html.find("://") == std::string::npos);  // self-contained: nothing fetched
    // Severity keys: failed first, then high, then none.
    auto key_of = [&](const std::string& cls) {
        auto at = html.rfind("class=\"" + cls + "\">" + cls + "</td>");  // the severity cell, after the status cell
        auto k = html.rfind("data-k=\"", at);
        return html.substr(k + 8, 1);
    };
    CHECK(key_of("error") == "0");
    CHECK(key_of("high") == "1");
    CHECK(key_of("none") == "5");
}

TEST_CASE("batch: a run isolates a bad set, and batch-index rebuilds the same index", "[batch]") {
    TempDir dir("run");
    write(dir.path / "bad.txt", "fine\n\xff\n");
    std::vector<SetSpec> sets{
        {"pair", {official, tagpage}, ""},
        {"broken", {official, (dir.path / "bad.txt").string()}, ""},
        {"lonely", {official}, ""},
        {"missing", {official, (dir.path / "nope.txt").string()}, ""},
    };
    Options opt;
    opt.out_dir = (dir.path / "out").string();
    opt.jobs = 2;
    std::vector<Progress> seen;
    auto results = run(sets, opt, [&](const Progress& p) { seen.push_back(p); });
    REQUIRE(results.size() == 4);
    CHECK(results[0].id == "broken");
    CHECK(results[0].status == SetStatus::error);
    CHECK(results[0].error == (dir.path / "bad.txt").string() + ": invalid UTF-8 at byte offset 5");
    CHECK(results[1].id == "lonely");
    CHECK(results[1].error == "lonely: a set needs at least two renderings, found 1");
    CHECK(results[2].id == "missing");
    CHECK(results[2].status == SetStatus::error);
    CHECK(results[3].id == "pair");
    CHECK(results[3].status == SetStatus::differ);
    CHECK(results[3].reports == std::vector<std::string>{"report.html", "report.json"});
    CHECK(fs::exists(dir.path / "out" / "pair" / "report.html"));
    CHECK(!fs::exists(dir.path / "out" / "broken" / "report.html"));
    CHECK(overall(results) == SetStatus::error);
    REQUIRE(!seen.empty());
    CHECK(seen.back().finished);
    CHECK(seen.back().done == 4);
    CHECK(seen.back().failed == 3);

    std::string index_json = read(dir.path / "out" / "index.json");
    std::string index_html = read(dir.path / "out" / "index.html");
    fs::remove(dir.path / "out" / "index.json");
    fs::create_directories(dir.path / "out" / "not-a-set");  // no summary.json: left out
    auto rebuilt = rebuild_index(opt.out_dir);
    CHECK(rebuilt.sets == results);
    CHECK(rebuilt.missing.empty());
    CHECK(read(dir.path / "out" / "index.json") == index_json);
    CHECK(read(dir.path / "out" / "index.html") == index_html);

    // --resume: complete sets are skipped, failed ones tried again.
    opt.resume = true;
    SetSpec pair = sets[0];
    CHECK(is_complete(pair, opt));
    CHECK(!is_complete(sets[1], opt));
    Options more = opt;
    more.formats = {report::Format::html, report::Format::json, report::Format::text};
    CHECK(!is_complete(pair, more));  // a report it lacks
    seen.clear();
    CHECK(run(sets, opt, [&](const Progress& p) { seen.push_back(p); }) == results);
    CHECK(seen.back().skipped == 1);
}

TEST_CASE("batch: a shard runs only its sets and writes no index", "[batch]") {
    TempDir dir("shard");
    std::vector<SetSpec> sets;
    for (int i = 0; i < 6; ++i) sets.push_back({"s" + std::to_string(i), {official, official}, ""});
    Options opt;
    opt.out_dir = dir.str();
    opt.formats = {report::Format::json};
    opt.write_index = false;
    std::size_t total = 0;
    std::set<std::string> ids;
    for (unsigned k = 1; k <= 3; ++k) {
        opt.shard = {k, 3};
        for (const auto& s : run(sets, opt)) {
            CHECK(in_shard(s.id, opt.shard));
            ids.insert(s.id);
            ++total;
        }
    }
    CHECK(total == 6);
    CHECK(ids.size() == 6);
    CHECK(!fs::exists(dir.path / "index.json"));
    CHECK(rebuild_index(dir.str()).sets.size() == 6);
    for (const char* record : {"1-of-3.json", "2-of-3.json", "3-of-3.json"}) CHECK(fs::exists(dir.path / ".shards" / record));
}

TEST_CASE("batch: JSON Lines in, one result per line out, in input order", "[batch]") {
    std::string input = "{\"id\": \"same\", \"files\": [\"" + official + "\", \"" + official + "\"]}\n" +
                        "not json\n\n" +
                        "{\"id\": \"gone\", \"files\": [\"/no/such.txt\", \"" + official + "\"]}\n";
    std::istringstream in(input);
    std::ostringstream out;
    Options opt;
    opt.out_dir = "";
    opt.jobs = 3;
    CHECK(run_stream(in, out, opt) == SetStatus::error);
    std::vector<std::string> lines;
    std::istringstream o(out.str());
    for (std::string l; std::getline(o, l);) lines.push_back(l);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].rfind("{\"id\":\"same\",\"status\":\"agree\"", 0) == 0);
    CHECK(lines[0].find("\"line\":1,\"report\":{\"version\":1") != std::string::npos);
    CHECK(lines[1].rfind("{\"line\":2,\"status\":\"error\",\"error\":\"stdin:2: not valid JSON", 0) == 0);
    CHECK(lines[2].rfind("{\"id\":\"gone\",\"status\":\"error\"", 0) == 0);
    CHECK(lines[2].find("\"line\":4") != std::string::npos);
}
