// parallax: parse the command line, read the files, run the engine, render.
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>

#include "batch_command.hpp"
#include "exit_codes.hpp"
#include "facts_command.hpp"
#include "options.hpp"
#include "parallax/engine.hpp"
#include "parallax/error.hpp"
#include "parallax/read.hpp"
#include "parallax/report/render.hpp"
#include "parallax/verdict.hpp"

namespace {

using namespace parallax;

report::RenderOptions render_options(const app::CompareArgs& a, bool tty) {
    report::RenderOptions r;
    r.text.color = a.color == app::Color::always || (a.color == app::Color::auto_ && tty);
    r.text.width = a.width >= 0 ? a.width : 0;  // not a terminal: one row after another
    winsize ws{};
    if (a.width < 0 && tty) r.text.width = ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 ? ws.ws_col : 80;
    r.text.list = a.list;
    r.tmx.langs = report::split_langs(a.lang);
    return r;
}

void render(const Comparison& c, const app::CompareArgs& a, std::ostream& out, bool tty) {
    report::render(c, a.format, render_options(a, tty), out);
}

// Writes next to the target and renames, so a report is whole or absent.
void write_file(const std::string& path, const Comparison& c, const app::CompareArgs& a) {
    std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary);
        if (!out) throw Error(path, "cannot write report");
        render(c, a, out, false);
        out.flush();
        if (!out) throw Error(path, "cannot write report");
    }
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) throw Error(path, "cannot write report: " + ec.message());
}

int compare(const app::CompareArgs& a) {
    std::vector<Document> docs;
    for (const auto& f : a.files) docs.push_back(read_file(f));
    EngineOptions opt;
    opt.locate.base = a.base;
    if (!a.base.empty() && std::none_of(docs.begin(), docs.end(), [&](const Document& d) { return d.path == a.base || d.name == a.base; }))
        throw std::runtime_error("--base " + a.base + " is not one of the files compared");
    Comparison c = parallax::compare(std::move(docs), opt);
    if (a.output.empty() || a.output == "-") render(c, a, std::cout, isatty(STDOUT_FILENO));
    else write_file(a.output, c, a);
    std::cout.flush();
    return app::exit_code(verdict(c));
}

}  // namespace

int main(int argc, char** argv) {
    try {
        if (argc > 1 && app::is_batch_command(argv[1])) return app::batch_main(argc, argv);
        if (argc > 1 && app::is_facts_command(argv[1])) return app::facts_main(argc, argv);
        app::Parsed p = app::parse(argc, argv);
        switch (p.command) {
            case app::Parsed::Command::help: std::cout << p.help_text; return app::agree;
            case app::Parsed::Command::version: std::cout << "parallax " PARALLAX_VERSION "\n"; return app::agree;
            case app::Parsed::Command::compare: return compare(p.compare);
        }
    } catch (const parallax::Error& e) {
        std::cerr << "parallax: " << e.what() << '\n';
    } catch (const std::bad_alloc&) {
        std::cerr << "parallax: out of memory\n";
    } catch (const std::exception& e) {
        std::cerr << "parallax: " << e.what() << '\n';
    }
    return app::trouble;
}
