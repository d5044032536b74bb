// Uses the library as a subproject would: read, compare, decide.
#include "parallax/engine.hpp"
#include "parallax/read.hpp"
#include "parallax/verdict.hpp"

int main(int argc, char** argv) {
    if (argc < 3) return 2;
    auto c = parallax::compare({parallax::read_file(argv[1]), parallax::read_file(argv[2])});
    return parallax::verdict(c) == parallax::Verdict::agree ? 0 : 1;
}
