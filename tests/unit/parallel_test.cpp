#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <set>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "parallax/engine.hpp"
#include "parallax/read.hpp"
#include "parallax/report/render.hpp"
#include "parallel.hpp"

using namespace parallax;

TEST_CASE("parallel_for: every index once, on up to `jobs` threads", "[parallel]") {
    std::vector<int> seen(1000, 0);
    std::atomic<unsigned> highest{0};
    parallel_for(seen.size(), 4, [&](std::size_t i, unsigned thread) {
        ++seen[i];
        unsigned h = highest.load();
        while (thread > h && !highest.compare_exchange_weak(h, thread)) {}
    });
    CHECK(std::count(seen.begin(), seen.end(), 1) == 1000);
    CHECK(highest.load() < 4);
    // one thread: in order, on the caller
    std::vector<std::size_t> order;
    parallel_for(5, 1, [&](std::size_t i) { order.push_back(i); });
    CHECK(order == std::vector<std::size_t>{0, 1, 2, 3, 4});
    parallel_for(0, 8, [&](std::size_t) { FAIL("no work, no call"); });
}

TEST_CASE("parallel_for: the lowest failing index's exception, as one thread would throw it", "[parallel]") {
    for (unsigned jobs : {1u, 2u, 8u}) {
        std::atomic<int> ran{0};
        try {
            parallel_for(200, jobs, [&](std::size_t i) {
                ++ran;
                if (i == 37 || i == 150) throw std::runtime_error("at " + std::to_string(i));
            });
            FAIL("no exception");
        } catch (const std::runtime_error& e) {
            CHECK(std::string(e.what()) == "at 37");
        }
        CHECK(ran.load() >= 38);  // every index below the failure ran
    }
}

#ifdef PARALLAX_FIXTURES
TEST_CASE("compare: any number of threads gives the report one thread gives, byte for byte", "[parallel][compare]") {
    // real sets: five renderings, base and non-base pairs, every kind of
    // check; and a Chinese article with its English translation (the
    // word diffs' note on wording across languages, said once)
    const std::string set = GENERATE(std::string("xi-2024-kazakhstan"), std::string("mfa-2023-0717-zh-en"));
    const std::string dir = std::string(PARALLAX_FIXTURES) + "/" + set + "/input/";
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(dir)) files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    auto report = [&](unsigned jobs) {
        std::vector<Document> docs;
        for (const auto& f : files) docs.push_back(read_file(f));
        EngineOptions opt;
        opt.jobs = jobs;
        Comparison c = compare(std::move(docs), opt);
        std::ostringstream out;
        report::render(c, report::Format::json, {}, out);
        return out.str();
    };
    const std::string one = report(1);
    REQUIRE(one.find("\"discrepancies\"") != std::string::npos);
    if (set == "mfa-2023-0717-zh-en") REQUIRE(one.find("\"wording_across_languages\"") != std::string::npos);
    CHECK(report(2) == one);
    CHECK(report(7) == one);
    CHECK(report(0) == one);  // one per core
}
#endif

TEST_CASE("reports: the text and HTML row tables formatted on several threads are one thread's bytes", "[parallel][report]") {
    // more rows than one block of write_rows (512), with changed words and findings in them
    std::string a, b;
    for (int i = 0; i < 700; ++i) {
        a += "Verse " + std::to_string(i) + " tells of the river Arno and " + std::to_string(i * 3) + " boats at dawn.\n\n";
        b += "Verse " + std::to_string(i) + " speaks of the river " + (i % 9 ? "Arno" : "Amo") + " and " + std::to_string(i % 11 ? i * 3 : i * 3 + 1) +
             " boats at dawn.\n\n";
    }
    std::vector<Document> docs{read_bytes("a.txt", a), read_bytes("b.txt", b)};
    Comparison c = compare(std::move(docs), EngineOptions{});
    REQUIRE(c.rows.size() > 512);
    REQUIRE(!c.discrepancies.empty());
    auto render = [&](report::Format f, int width, unsigned jobs) {
        report::RenderOptions opt;
        opt.text.width = width;
        opt.jobs = jobs;
        std::ostringstream out;
        report::render(c, f, opt, out);
        return out.str();
    };
    for (auto [f, width] : {std::pair{report::Format::html, 0}, {report::Format::text, 0}, {report::Format::text, 120}}) {
        const std::string one = render(f, width, 1);
        CHECK(render(f, width, 2) == one);
        CHECK(render(f, width, 5) == one);
    }
}

TEST_CASE("joined: per-index results in index order, empty parts skipped", "[parallel]") {
    std::vector<std::vector<std::string>> parts{{"a", "b"}, {}, {"c"}, {"d", "e"}};
    CHECK(joined(std::move(parts)) == std::vector<std::string>{"a", "b", "c", "d", "e"});
    CHECK(joined(std::vector<std::vector<int>>{}).empty());
}
