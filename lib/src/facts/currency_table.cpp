#include "currency_table.hpp"

#include <algorithm>
#include <string>
#include <iterator>
#include <string_view>

namespace parallax::facts_detail {

namespace {

// ISO 4217 alphabetic codes in current use (the ISO 4217 "list one" as
// published by SIX Group; the same list is packaged in moneyphp/money
// resources/currency.php), without funds, precious metals and test codes.
// RMB and NIS are not ISO codes but are written like them for CNY and ILS.
constexpr std::string_view iso_codes[] = {
    "aed", "afn", "all", "amd", "ang", "aoa", "ars", "aud", "awg", "azn", "bam", "bbd", "bdt", "bgn", "bhd",
    "bif", "bmd", "bnd", "bob", "brl", "bsd", "btn", "bwp", "byn", "bzd", "cad", "cdf", "chf", "clp", "cny",
    "cop", "crc", "cup", "cve", "czk", "djf", "dkk", "dop", "dzd", "egp", "ern", "etb", "eur", "fjd", "fkp",
    "gbp", "gel", "ghs", "gip", "gmd", "gnf", "gtq", "gyd", "hkd", "hnl", "htg", "huf", "idr", "ils", "inr",
    "iqd", "irr", "isk", "jmd", "jod", "jpy", "kes", "kgs", "khr", "kmf", "kpw", "krw", "kwd", "kyd", "kzt",
    "lak", "lbp", "lkr", "lrd", "lsl", "lyd", "mad", "mdl", "mga", "mkd", "mmk", "mnt", "mop", "mru", "mur",
    "mvr", "mwk", "mxn", "myr", "mzn", "nad", "ngn", "nio", "nok", "npr", "nzd", "omr", "pab", "pen", "pgk",
    "php", "pkr", "pln", "pyg", "qar", "ron", "rsd", "rub", "rwf", "sar", "sbd", "scr", "sdg", "sek", "sgd",
    "shp", "sle", "sos", "srd", "ssp", "stn", "svc", "syp", "szl", "thb", "tjs", "tmt", "tnd", "top", "try",
    "ttd", "twd", "tzs", "uah", "ugx", "usd", "uyu", "uzs", "ved", "ves", "vnd", "vuv", "wst", "xaf", "xcd",
    "xof", "xpf", "yer", "zar", "zmw", "zwl",
};

// Codes that read as English words or well-known names in capitals.
constexpr std::string_view word_codes[] = {"all", "amd", "bam", "bob", "cad", "cup", "gel", "mad",
                                           "mop", "pen", "php", "sos", "top", "try"};

struct Pair {
    std::string_view key, unit;
};

// Currency signs (bengourley/currency-symbol-map map.js; Unicode block
// Currency Symbols). "$" alone is USD and "£" alone GBP (docs/facts.md); the
// yen sign is shared by yen and yuan; "₨" by the rupees of several countries.
constexpr Pair signs[] = {
    {"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "CNY|JPY"}, {"￥", "CNY|JPY"}, {"₹", "INR"},
    {"₽", "RUB"}, {"₸", "KZT"}, {"₩", "KRW"}, {"₱", "PHP"}, {"₪", "ILS"}, {"₺", "TRY"},
    {"₴", "UAH"}, {"₫", "VND"}, {"฿", "THB"}, {"₦", "NGN"}, {"₡", "CRC"}, {"₭", "LAK"},
    {"₮", "MNT"}, {"₼", "AZN"}, {"₾", "GEL"}, {"₵", "GHS"}, {"₲", "PYG"},
    {"₨", "INR|LKR|MUR|NPR|PKR|SCR"},
};

// Country letters glued to "$" (same map; CLDR en symbols "CA$", "AU$", "NZ$", "MX$").
// "C$" is read as Canadian (also the Nicaraguan córdoba's sign).
constexpr Pair dollar_prefixes[] = {
    {"us", "USD"}, {"hk", "HKD"}, {"c", "CAD"}, {"ca", "CAD"}, {"can", "CAD"}, {"a", "AUD"},
    {"au", "AUD"}, {"nz", "NZD"}, {"s", "SGD"}, {"sg", "SGD"}, {"nt", "TWD"}, {"r", "BRL"},
    {"mx", "MXN"}, {"rd", "DOP"}, {"j", "JMD"}, {"tt", "TTD"}, {"bz", "BZD"}, {"ec", "XCD"},
};

// Not ISO codes, but written like them (currency_code).
constexpr Pair code_like[] = {{"rmb", "CNY"}, {"nis", "ILS"}};

// Letters glued to "¥" (CLDR en symbol "JP¥"; "CN¥", "RMB¥" in Chinese press).
constexpr Pair yen_prefixes[] = {{"jp", "JPY"}, {"cn", "CNY"}, {"rmb", "CNY"}};

// Abbreviations before the number, written with a capital (same map; Duckling
// AmountOfMoney rules for "Rs" and "RM").
constexpr Pair before_abbreviations[] = {
    {"rs", "INR|LKR|MUR|NPR|PKR|SCR"}, {"rp", "IDR"}, {"rm", "MYR"}, {"ksh", "KES"},
    {"ush", "UGX"}, {"tsh", "TZS"}, {"tk", "BDT"}, {"sfr", "CHF"},
};

// Abbreviations after the number (same map: "zł", "Kč", "kr", "Ft", "Rs").
constexpr Pair after_abbreviations[] = {
    {"zł", "PLN"}, {"kč", "CZK"}, {"kr", "DKK|ISK|NOK|SEK"}, {"rs", "INR|LKR|MUR|NPR|PKR|SCR"},
    {"rm", "MYR"},
};

// A currency noun with its singular and plural forms, and what it means
// without a country adjective: a bare name reads as the currency English
// news overwhelmingly means by it (dollars USD, pounds GBP, francs CHF,
// lira TRY, roubles RUB); a name no country dominates stands for the set.
// Empty: not a currency without its adjective ("won", "real", "dram" are
// ordinary words too). Names: Unicode CLDR common/main/en.xml, currency
// display names (count one / other), and ISO 4217 currency names.
struct Noun {
    std::string_view key;
    std::array<std::string_view, 4> forms;
    std::string_view bare;
};
constexpr Noun nouns[] = {
    {"dollar", {"dollar", "dollars"}, "USD"},
    {"euro", {"euro", "euros"}, "EUR"},
    {"pound", {"pound", "pounds"}, "GBP"},
    {"sterling", {"sterling"}, "GBP"},
    {"yen", {"yen"}, "JPY"},
    {"yuan", {"yuan", "renminbi"}, "CNY"},
    {"rupee", {"rupee", "rupees"}, "INR|LKR|MUR|NPR|PKR|SCR"},
    {"franc", {"franc", "francs"}, "CHF"},
    {"lira", {"lira", "liras", "lire"}, "TRY"},
    {"ruble", {"ruble", "rubles", "rouble", "roubles"}, "RUB"},
    {"tenge", {"tenge", "tenges", "тенге"}, "KZT"},
    // Russian names, in the case forms a number takes before them
    {"доллар", {"доллар", "доллара", "долларов", "долл"}, "USD"},
    {"рубль", {"рубль", "рубля", "рублей", "руб"}, "RUB"},
    {"юань", {"юань", "юаня", "юаней"}, "CNY"},
    {"евро", {"евро"}, "EUR"},
    {"som", {"som", "soms"}, "KGS|UZS"},
    {"peso", {"peso", "pesos"}, "ARS|CLP|COP|CUP|DOP|MXN|PHP|UYU"},
    {"dinar", {"dinar", "dinars"}, "BHD|DZD|IQD|JOD|KWD|LYD|RSD|TND"},
    {"riyal", {"riyal", "riyals"}, "QAR|SAR|YER"},
    {"rial", {"rial", "rials"}, "IRR|OMR|YER"},
    {"dirham", {"dirham", "dirhams"}, "AED|MAD"},
    {"shilling", {"shilling", "shillings"}, "KES|SOS|TZS|UGX"},
    {"krona", {"krona", "kronor", "kronur", "krónur"}, "ISK|SEK"},
    {"krone", {"krone", "kroner"}, "DKK|NOK"},
    {"won", {"won"}, ""},
    {"real", {"real", "reals", "reais"}, ""},
    {"rand", {"rand"}, "ZAR"},
    {"rupiah", {"rupiah", "rupiahs"}, "IDR"},
    {"ringgit", {"ringgit", "ringgits"}, "MYR"},
    {"baht", {"baht"}, "THB"},
    {"dong", {"dong"}, "VND"},
    {"naira", {"naira", "nairas"}, "NGN"},
    {"cedi", {"cedi", "cedis"}, "GHS"},
    {"birr", {"birr", "birrs"}, "ETB"},
    {"kwacha", {"kwacha", "kwachas"}, "MWK|ZMW"},
    {"zloty", {"zloty", "zlotys", "zlotych", "złoty"}, "PLN"},
    {"forint", {"forint", "forints"}, "HUF"},
    {"koruna", {"koruna", "korunas", "koruny"}, "CZK"},
    {"hryvnia", {"hryvnia", "hryvnias", "hryvnas", "hryvnya"}, "UAH"},
    {"lari", {"lari", "laris"}, "GEL"},
    {"dram", {"dram", "drams"}, ""},
    {"manat", {"manat", "manats"}, "AZN|TMT"},
    {"lev", {"lev", "leva"}, "BGN"},
    {"leu", {"leu", "lei"}, "MDL|RON"},
    {"denar", {"denar", "denars", "denari"}, "MKD"},
    {"shekel", {"shekel", "shekels", "sheqel", "sheqalim"}, "ILS"},
    {"taka", {"taka", "takas"}, "BDT"},
    {"kyat", {"kyat", "kyats"}, "MMK"},
    {"riel", {"riel", "riels"}, "KHR"},
    {"kip", {"kip", "kips"}, ""},
    {"tugrik", {"tugrik", "tugriks", "tögrög", "togrog"}, "MNT"},
    {"afghani", {"afghani", "afghanis"}, "AFN"},
    {"somoni", {"somoni", "somonis"}, "TJS"},
    {"bolivar", {"bolivar", "bolivars", "bolívar", "bolívars"}, "VES"},
    {"sol", {"sol", "soles"}, ""},
    {"quetzal", {"quetzal", "quetzales", "quetzals"}, "GTQ"},
    {"pataca", {"pataca", "patacas"}, "MOP"},
};

// Country adjectives before a currency noun (CLDR en display names: "Swiss
// francs", "Chinese yuan", "Turkish lira", "Kazakhstani tenges", ...).
struct Adjective {
    std::array<std::string_view, 3> words;
    std::string_view noun, unit;
};
constexpr Adjective adjectives[] = {
    {{"us"}, "dollar", "USD"}, {{"american"}, "dollar", "USD"}, {{"united", "states"}, "dollar", "USD"},
    {{"canadian"}, "dollar", "CAD"}, {{"australian"}, "dollar", "AUD"}, {{"hong", "kong"}, "dollar", "HKD"},
    {{"new", "zealand"}, "dollar", "NZD"}, {{"singapore"}, "dollar", "SGD"},
    {{"singaporean"}, "dollar", "SGD"}, {{"taiwan"}, "dollar", "TWD"}, {{"taiwanese"}, "dollar", "TWD"},
    {{"new", "taiwan"}, "dollar", "TWD"}, {{"jamaican"}, "dollar", "JMD"}, {{"brunei"}, "dollar", "BND"},
    {{"fijian"}, "dollar", "FJD"}, {{"namibian"}, "dollar", "NAD"}, {{"east", "caribbean"}, "dollar", "XCD"},
    {{"bahamian"}, "dollar", "BSD"}, {{"barbadian"}, "dollar", "BBD"}, {{"belize"}, "dollar", "BZD"},
    {{"bermudan"}, "dollar", "BMD"}, {{"guyanaese"}, "dollar", "GYD"}, {{"liberian"}, "dollar", "LRD"},
    {{"trinidad", "and", "tobago"}, "dollar", "TTD"}, {{"zimbabwean"}, "dollar", "ZWL"},
    {{"british"}, "pound", "GBP"}, {{"egyptian"}, "pound", "EGP"}, {{"lebanese"}, "pound", "LBP"},
    {{"syrian"}, "pound", "SYP"}, {{"sudanese"}, "pound", "SDG"}, {{"south", "sudanese"}, "pound", "SSP"},
    {{"japanese"}, "yen", "JPY"}, {{"chinese"}, "yuan", "CNY"},
    {{"indian"}, "rupee", "INR"}, {{"pakistani"}, "rupee", "PKR"}, {{"sri", "lankan"}, "rupee", "LKR"},
    {{"nepalese"}, "rupee", "NPR"}, {{"nepali"}, "rupee", "NPR"}, {{"mauritian"}, "rupee", "MUR"},
    {{"seychellois"}, "rupee", "SCR"},
    {{"swiss"}, "franc", "CHF"}, {{"cfa"}, "franc", "XAF|XOF"}, {{"congolese"}, "franc", "CDF"},
    {{"guinean"}, "franc", "GNF"}, {{"rwandan"}, "franc", "RWF"}, {{"burundian"}, "franc", "BIF"},
    {{"djiboutian"}, "franc", "DJF"}, {{"comorian"}, "franc", "KMF"}, {{"cfp"}, "franc", "XPF"},
    {{"turkish"}, "lira", "TRY"},
    {{"russian"}, "ruble", "RUB"}, {{"belarusian"}, "ruble", "BYN"},
    {{"kazakh"}, "tenge", "KZT"}, {{"kazakhstani"}, "tenge", "KZT"},
    {{"kyrgyz"}, "som", "KGS"}, {{"kyrgystani"}, "som", "KGS"}, {{"kyrgyzstani"}, "som", "KGS"},
    {{"uzbek"}, "som", "UZS"}, {{"uzbekistani"}, "som", "UZS"},
    {{"mexican"}, "peso", "MXN"}, {{"argentine"}, "peso", "ARS"}, {{"argentinian"}, "peso", "ARS"},
    {{"chilean"}, "peso", "CLP"}, {{"colombian"}, "peso", "COP"}, {{"cuban"}, "peso", "CUP"},
    {{"dominican"}, "peso", "DOP"}, {{"philippine"}, "peso", "PHP"}, {{"uruguayan"}, "peso", "UYU"},
    {{"algerian"}, "dinar", "DZD"}, {{"bahraini"}, "dinar", "BHD"}, {{"iraqi"}, "dinar", "IQD"},
    {{"jordanian"}, "dinar", "JOD"}, {{"kuwaiti"}, "dinar", "KWD"}, {{"libyan"}, "dinar", "LYD"},
    {{"serbian"}, "dinar", "RSD"}, {{"tunisian"}, "dinar", "TND"},
    {{"saudi"}, "riyal", "SAR"}, {{"qatari"}, "riyal", "QAR"}, {{"yemeni"}, "riyal", "YER"},
    {{"yemeni"}, "rial", "YER"}, {{"iranian"}, "rial", "IRR"}, {{"omani"}, "rial", "OMR"},
    {{"uae"}, "dirham", "AED"}, {{"emirati"}, "dirham", "AED"}, {{"moroccan"}, "dirham", "MAD"},
    {{"kenyan"}, "shilling", "KES"}, {{"ugandan"}, "shilling", "UGX"}, {{"tanzanian"}, "shilling", "TZS"},
    {{"somali"}, "shilling", "SOS"},
    {{"swedish"}, "krona", "SEK"}, {{"icelandic"}, "krona", "ISK"}, {{"norwegian"}, "krone", "NOK"},
    {{"danish"}, "krone", "DKK"},
    {{"south", "korean"}, "won", "KRW"}, {{"korean"}, "won", "KRW"}, {{"north", "korean"}, "won", "KPW"},
    {{"brazilian"}, "real", "BRL"}, {{"south", "african"}, "rand", "ZAR"},
    {{"indonesian"}, "rupiah", "IDR"}, {{"malaysian"}, "ringgit", "MYR"}, {{"malaysia"}, "ringgit", "MYR"},
    {{"thai"}, "baht", "THB"}, {{"vietnamese"}, "dong", "VND"}, {{"nigerian"}, "naira", "NGN"},
    {{"ghanaian"}, "cedi", "GHS"}, {{"ethiopian"}, "birr", "ETB"}, {{"zambian"}, "kwacha", "ZMW"},
    {{"malawian"}, "kwacha", "MWK"}, {{"polish"}, "zloty", "PLN"}, {{"hungarian"}, "forint", "HUF"},
    {{"czech"}, "koruna", "CZK"}, {{"ukrainian"}, "hryvnia", "UAH"}, {{"georgian"}, "lari", "GEL"},
    {{"armenian"}, "dram", "AMD"}, {{"azerbaijani"}, "manat", "AZN"}, {{"turkmen"}, "manat", "TMT"},
    {{"turkmenistani"}, "manat", "TMT"}, {{"bulgarian"}, "lev", "BGN"}, {{"romanian"}, "leu", "RON"},
    {{"moldovan"}, "leu", "MDL"}, {{"macedonian"}, "denar", "MKD"}, {{"israeli"}, "shekel", "ILS"},
    {{"new", "israeli"}, "shekel", "ILS"}, {{"israeli", "new"}, "shekel", "ILS"}, {{"new"}, "shekel", "ILS"},
    {{"bangladeshi"}, "taka", "BDT"}, {{"myanmar"}, "kyat", "MMK"}, {{"burmese"}, "kyat", "MMK"},
    {{"cambodian"}, "riel", "KHR"}, {{"lao"}, "kip", "LAK"}, {{"laotian"}, "kip", "LAK"},
    {{"mongolian"}, "tugrik", "MNT"}, {{"afghan"}, "afghani", "AFN"}, {{"tajik"}, "somoni", "TJS"},
    {{"tajikistani"}, "somoni", "TJS"}, {{"venezuelan"}, "bolivar", "VES"}, {{"peruvian"}, "sol", "PEN"},
    {{"guatemalan"}, "quetzal", "GTQ"}, {{"macanese"}, "pataca", "MOP"}, {{"macau"}, "pataca", "MOP"},
};

// Minor units, each 1/100 of its currency (ISO 4217 minor unit 2); names
// from the same CLDR/ISO sources and Duckling's "cents", "c", "sen", "pence".
struct Minor {
    std::string_view name;
    std::string_view units;  // codes, '|'-separated
};
constexpr Minor minors[] = {
    {"cent", "USD|CAD|AUD|HKD|NZD|SGD|TWD|JMD|BND|FJD|NAD|XCD|BSD|BBD|BZD|BMD|GYD|LRD|TTD|ZWL|EUR|ZAR|KES|UGX|TZS|SOS"},
    {"cents", "USD|CAD|AUD|HKD|NZD|SGD|TWD|JMD|BND|FJD|NAD|XCD|BSD|BBD|BZD|BMD|GYD|LRD|TTD|ZWL|EUR|ZAR|KES|UGX|TZS|SOS"},
    {"penny", "GBP"}, {"pence", "GBP"},
    {"kopeck", "RUB|BYN|UAH"}, {"kopecks", "RUB|BYN|UAH"}, {"kopek", "RUB|BYN|UAH"}, {"kopeks", "RUB|BYN|UAH"},
    {"fen", "CNY"}, {"paise", "INR|NPR|PKR"}, {"paisa", "INR|NPR|PKR"},
    {"sen", "MYR|IDR"}, {"sens", "MYR|IDR"}, {"centavo", "ARS|CLP|COP|CUP|DOP|MXN|PHP|UYU|BRL"},
    {"centavos", "ARS|CLP|COP|CUP|DOP|MXN|PHP|UYU|BRL"}, {"centime", "CHF|XAF|XOF"}, {"centimes", "CHF|XAF|XOF"},
    {"tiyn", "KZT"}, {"tiyin", "KZT|UZS|KGS"}, {"agorot", "ILS"}, {"agora", "ILS"}, {"kurus", "TRY"},
    {"kuruş", "TRY"}, {"grosz", "PLN"}, {"groszy", "PLN"}, {"satang", "THB"},
};

template <class Table>
std::string_view look_up(const Table& table, std::string_view key) {
    for (const auto& p : table)
        if (p.key == key) return p.unit;
    return "";
}

// Some code of the '|'-separated list `codes` is also in `unit` (itself a code or list).
bool share_code(std::string_view codes, std::string_view unit) {
    for (std::size_t i = 0; i + 3 <= unit.size(); i += 4) {
        std::string_view code = unit.substr(i, 3);
        for (std::size_t j = 0; j + 3 <= codes.size(); j += 4)
            if (codes.substr(j, 3) == code) return true;
    }
    return false;
}

}  // namespace

std::string currency_code(std::string_view w) {
    if (std::string_view u = look_up(code_like, w); !u.empty()) return std::string(u);
    if (w.size() != 3 || !std::binary_search(std::begin(iso_codes), std::end(iso_codes), w)) return "";
    std::string code(w);
    for (char& ch : code) ch = static_cast<char>(ch - 'a' + 'A');
    return code;
}

bool code_is_word(std::string_view w) {
    return std::find(std::begin(word_codes), std::end(word_codes), w) != std::end(word_codes);
}

std::string_view currency_sign(std::string_view mark) { return look_up(signs, mark); }
std::string_view dollar_letters(std::string_view w) { return look_up(dollar_prefixes, w); }

std::string_view yen_letters(std::string_view w) { return look_up(yen_prefixes, w); }

std::string_view abbreviation_before(std::string_view w) { return look_up(before_abbreviations, w); }
std::string_view abbreviation_after(std::string_view w) { return look_up(after_abbreviations, w); }

NamedCurrency currency_name(const std::array<std::string_view, 4>& w) {
    auto noun_of = [](std::string_view word) -> const Noun* {
        for (const Noun& n : nouns)
            for (std::string_view f : n.forms)
                if (!f.empty() && f == word) return &n;
        return nullptr;
    };
    NamedCurrency best;
    for (const Adjective& a : adjectives) {
        std::size_t k = 0;
        bool match = true;
        for (std::string_view word : a.words) {
            if (word.empty()) break;
            if (k >= w.size() || w[k] != word) {
                match = false;
                break;
            }
            ++k;
        }
        if (!match || k >= w.size()) continue;
        const Noun* n = noun_of(w[k]);
        if (n && n->key == a.noun && k + 1 > best.words) best = {a.unit, k + 1};
    }
    if (best.words) return best;
    if (w[0] == "pounds" && w[1] == "sterling") return {"GBP", 2};
    if (const Noun* n = noun_of(w[0]); n && !n->bare.empty()) return {n->bare, 1};
    return {};
}

std::vector<std::string_view> currency_prefix_keys() {
    std::vector<std::string_view> out(std::begin(iso_codes), std::end(iso_codes));
    for (const Pair& p : code_like) out.push_back(p.key);
    for (const Pair& p : yen_prefixes) out.push_back(p.key);
    for (const Pair& p : signs) out.push_back(p.key);
    for (const Pair& p : dollar_prefixes) out.push_back(p.key);
    for (const Pair& p : before_abbreviations) out.push_back(p.key);
    return out;
}

bool minor_unit_of(std::string_view w, std::string_view unit) {
    for (const Minor& m : minors)
        if (m.name == w) return share_code(m.units, unit);
    return false;
}

bool units_agree(std::string_view a, std::string_view b) {
    if (a == b) return true;
    bool set_a = a.find('|') != std::string_view::npos, set_b = b.find('|') != std::string_view::npos;
    if (set_a == set_b) return false;  // two codes, or two different sets
    return set_a ? share_code(a, b) : share_code(b, a);
}

}  // namespace parallax::facts_detail
