// parallax: parse the command line once, run the command it names, and turn
// what went wrong into one message and exit status 2.
#include <iostream>
#include <new>
#include <variant>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "options.hpp"
#include "parallax/display.hpp"

namespace {

using namespace parallax;

int run(const app::Mode& mode) {
    struct Runner {
        int operator()(const app::CompareArgs& a) const { return app::run_compare(a); }
        int operator()(const app::FactsArgs& a) const { return app::run_facts(a); }
        int operator()(const app::BatchArgs& a) const { return app::run_batch(a); }
        int operator()(const app::BatchIndexArgs& a) const { return app::run_batch_index(a); }
        int operator()(const app::Help& h) const {
            std::cout << h.text;
            app::finish_stdout();
            return app::agree;
        }
        int operator()(const app::Version&) const {
            std::cout << "parallax " PARALLAX_VERSION "\n";
            app::finish_stdout();
            return app::agree;
        }
    };
    return std::visit(Runner{}, mode);
}

// Messages quote file names and arguments: shown through display() so none
// can send control characters to the terminal or forge a second line.
void complain(const char* what) { std::cerr << "parallax: " << display(what) << '\n'; }

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(app::parse(argc, argv));
    } catch (const std::bad_alloc&) {
        complain("out of memory");
    } catch (const std::exception& e) {
        complain(e.what());
    }
    return app::trouble;
}
