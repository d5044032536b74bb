// `parallax facts FILE [--format text|json]`: the facts found in one file.
#pragma once

namespace parallax::app {

bool is_facts_command(const char* word);
int facts_main(int argc, char** argv);

}  // namespace parallax::app
