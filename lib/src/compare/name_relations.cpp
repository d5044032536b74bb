#include <string>

#include "fact_checks.hpp"

namespace parallax {

NameMatch NameRelations::operator()(std::string_view a, std::string_view b) {
    return memo(a, b, [&] { return relate_names(a, b, forms); });
}

}  // namespace parallax
