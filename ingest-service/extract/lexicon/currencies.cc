#include "ingest-service/extract/lexicon/currencies.h"

namespace factwire {
namespace lexicon {
namespace {

constexpr unsigned kB = kBefore;
constexpr unsigned kA = kAfter;
constexpr unsigned kBA = kBefore | kAfter;
constexpr MoneyKind kMaj = MoneyKind::kMajor;
constexpr MoneyKind kMin = MoneyKind::kMinor;
constexpr MoneyKind kCoin = MoneyKind::kCoin;

// surface, code, places, case-sensitive, kind, factor, acronym.
constexpr CurrencyEntry kCurrencies[] = {
    // Symbols.
    {"$", "USD", kBA, false, kMaj, 1},
    {"US$", "USD", kBA, true, kMaj, 1},
    {"U.S.$", "USD", kBA, true, kMaj, 1},
    {"USD$", "USD", kBA, true, kMaj, 1},
    {"C$", "CAD", kBA, true, kMaj, 1},
    {"CA$", "CAD", kBA, true, kMaj, 1},
    {"CAN$", "CAD", kBA, true, kMaj, 1},
    {"CDN$", "CAD", kBA, true, kMaj, 1},
    {"NT$", "TWD", kBA, true, kMaj, 1},
    {"Can$", "CAD", kBA, true, kMaj, 1},
    {"A$", "AUD", kBA, true, kMaj, 1},
    {"AU$", "AUD", kBA, true, kMaj, 1},
    {"NZ$", "NZD", kBA, true, kMaj, 1},
    {"HK$", "HKD", kBA, true, kMaj, 1},
    {"S$", "SGD", kBA, true, kMaj, 1},
    {"R$", "BRL", kBA, true, kMaj, 1},
    {"MX$", "MXN", kBA, true, kMaj, 1},
    {"\xC2\xA3", "GBP", kBA, false, kMaj, 1},      // £
    {"\xE2\x82\xAC", "EUR", kBA, false, kMaj, 1},  // €
    {"\xE2\x82\xAC"
     "ur",
     "EUR", kBA, false, kMaj, 1},                  // €ur
    {"\xC2\xA5", "JPY", kBA, false, kMaj, 1},      // ¥
    {"\xE2\x82\xB9", "INR", kBA, false, kMaj, 1},  // ₹
    {"\xE2\x82\xA9", "KRW", kBA, false, kMaj, 1},  // ₩
    {"\xE2\x82\xBD", "RUB", kBA, false, kMaj, 1},  // ₽
    {"\xE2\x82\xAA", "ILS", kBA, false, kMaj, 1},  // ₪
    {"\xE2\x82\xBA", "TRY", kBA, false, kMaj, 1},  // ₺
    {"\xE2\x82\xB4", "UAH", kBA, false, kMaj, 1},  // ₴
    {"\xE2\x82\xA6", "NGN", kBA, false, kMaj, 1},  // ₦
    {"Rs", "INR", kBA, true, kMaj, 1},
    {"Rs.", "INR", kB, true, kMaj, 1},
    {"RM", "MYR", kBA, true, kMaj, 1},
    {"LE", "EGP", kA, true, kMaj, 1},
    {"L.E", "EGP", kA, true, kMaj, 1},
    {"l.e.", "EGP", kA, true, kMaj, 1},
    {"le", "EGP", kA, true, kMaj, 1},
    // ISO 4217 codes.
    {"USD", "USD", kBA, true, kMaj, 1},
    {"CAD", "CAD", kBA, true, kMaj, 1},
    {"CDN", "CAD", kBA, true, kMaj, 1},
    {"TWD", "TWD", kBA, true, kMaj, 1},
    {"EUR", "EUR", kBA, true, kMaj, 1},
    {"GBP", "GBP", kBA, true, kMaj, 1},
    {"JPY", "JPY", kBA, true, kMaj, 1},
    {"CNY", "CNY", kBA, true, kMaj, 1},
    {"RMB", "CNY", kBA, true, kMaj, 1},
    {"INR", "INR", kBA, true, kMaj, 1},
    {"CHF", "CHF", kBA, true, kMaj, 1},
    {"AUD", "AUD", kBA, true, kMaj, 1},
    {"NZD", "NZD", kBA, true, kMaj, 1},
    {"HKD", "HKD", kBA, true, kMaj, 1},
    {"SGD", "SGD", kBA, true, kMaj, 1},
    {"MXN", "MXN", kBA, true, kMaj, 1},
    {"BRL", "BRL", kBA, true, kMaj, 1},
    {"KRW", "KRW", kBA, true, kMaj, 1},
    {"RUB", "RUB", kBA, true, kMaj, 1},
    {"ILS", "ILS", kBA, true, kMaj, 1},
    {"NIS", "ILS", kBA, true, kMaj, 1},
    {"KWD", "KWD", kBA, true, kMaj, 1},
    {"LBP", "LBP", kBA, true, kMaj, 1},
    {"EGP", "EGP", kBA, true, kMaj, 1},
    {"QAR", "QAR", kBA, true, kMaj, 1},
    {"SAR", "SAR", kBA, true, kMaj, 1},
    {"AED", "AED", kBA, true, kMaj, 1},
    {"BGN", "BGN", kBA, true, kMaj, 1},
    {"MYR", "MYR", kBA, true, kMaj, 1},
    {"UAH", "UAH", kBA, true, kMaj, 1},
    {"MNT", "MNT", kBA, true, kMaj, 1},
    {"ZAR", "ZAR", kBA, true, kMaj, 1},
    {"SEK", "SEK", kBA, true, kMaj, 1},
    {"NOK", "NOK", kBA, true, kMaj, 1},
    {"DKK", "DKK", kBA, true, kMaj, 1},
    {"PLN", "PLN", kBA, true, kMaj, 1},
    {"TRY", "TRY", kBA, true, kMaj, 1},
    {"NGN", "NGN", kBA, true, kMaj, 1},
    {"KES", "KES", kBA, true, kMaj, 1},
    {"PKR", "PKR", kBA, true, kMaj, 1},
    {"THB", "THB", kBA, true, kMaj, 1},
    {"IDR", "IDR", kBA, true, kMaj, 1},
    {"PHP", "PHP", kBA, true, kMaj, 1, true},
    {"VND", "VND", kBA, true, kMaj, 1},
    {"ARS", "ARS", kBA, true, kMaj, 1},
    {"CLP", "CLP", kBA, true, kMaj, 1},
    {"COP", "COP", kBA, true, kMaj, 1, true},
    {"CZK", "CZK", kBA, true, kMaj, 1},
    {"HUF", "HUF", kBA, true, kMaj, 1},
    {"BTC", "BTC", kBA, true, kMaj, 1},
    // Names (after the amount). Longer names win: "Canadian dollars" over
    // "dollars".
    // Names shared by several currencies without a country ("dinars") keep the
    // name.
    {"dollar", "USD", kA, false, kMaj, 1},
    {"dollars", "USD", kA, false, kMaj, 1},
    {"buck", "USD", kA, false, kMaj, 1},
    {"bucks", "USD", kA, false, kMaj, 1},
    {"US dollar", "USD", kA, false, kMaj, 1},
    {"US dollars", "USD", kA, false, kMaj, 1},
    {"U.S. dollar", "USD", kA, false, kMaj, 1},
    {"U.S. dollars", "USD", kA, false, kMaj, 1},
    {"American dollars", "USD", kA, false, kMaj, 1},
    {"Canadian dollar", "CAD", kA, false, kMaj, 1},
    {"Canadian dollars", "CAD", kA, false, kMaj, 1},
    {"Australian dollar", "AUD", kA, false, kMaj, 1},
    {"Australian dollars", "AUD", kA, false, kMaj, 1},
    {"New Zealand dollars", "NZD", kA, false, kMaj, 1},
    {"Hong Kong dollars", "HKD", kA, false, kMaj, 1},
    {"Singapore dollars", "SGD", kA, false, kMaj, 1},
    {"Taiwan dollars", "TWD", kA, false, kMaj, 1},
    {"euro", "EUR", kA, false, kMaj, 1},
    {"euros", "EUR", kA, false, kMaj, 1},
    {"pound sterling", "GBP", kA, false, kMaj, 1},
    {"pounds sterling", "GBP", kA, false, kMaj, 1},
    {"sterling", "GBP", kA, false, kMaj, 1},
    {"British pounds", "GBP", kA, false, kMaj, 1},
    {"Egyptian pounds", "EGP", kA, false, kMaj, 1},
    {"Egyptian pound", "EGP", kA, false, kMaj, 1},
    {"egyptianpound", "EGP", kA, false, kMaj, 1},
    {"geneh", "EGP", kA, false, kMaj, 1},
    {"genihat masriya", "EGP", kA, false, kMaj, 1},
    {"Lebanese pounds", "LBP", kA, false, kMaj, 1},
    {"Lebanese pound", "LBP", kA, false, kMaj, 1},
    {"yen", "JPY", kA, false, kMaj, 1},
    {"yuan", "CNY", kA, false, kMaj, 1},
    {"renminbi", "CNY", kA, false, kMaj, 1},
    {"rupee", "INR", kA, false, kMaj, 1},
    {"rupees", "INR", kA, false, kMaj, 1},
    {"Pakistani rupees", "PKR", kA, false, kMaj, 1},
    {"Swiss franc", "CHF", kA, false, kMaj, 1},
    {"Swiss francs", "CHF", kA, false, kMaj, 1},
    {"franc", "CHF", kA, false, kMaj, 1},
    {"francs", "CHF", kA, false, kMaj, 1},
    {"peso", "MXN", kA, false, kMaj, 1},
    {"pesos", "MXN", kA, false, kMaj, 1},
    {"ruble", "RUB", kA, false, kMaj, 1},
    {"rubles", "RUB", kA, false, kMaj, 1},
    {"rouble", "RUB", kA, false, kMaj, 1},
    {"roubles", "RUB", kA, false, kMaj, 1},
    {"hryvnia", "UAH", kA, false, kMaj, 1},
    {"hryvnias", "UAH", kA, false, kMaj, 1},
    {"shekel", "ILS", kA, false, kMaj, 1},
    {"shekels", "ILS", kA, false, kMaj, 1},
    {"riyal", "riyal", kA, false, kMaj, 1},
    {"riyals", "riyal", kA, false, kMaj, 1},
    {"qatari riyal", "QAR", kA, false, kMaj, 1},
    {"qatari riyals", "QAR", kA, false, kMaj, 1},
    {"saudiriyal", "SAR", kA, false, kMaj, 1},
    {"saudi riyals", "SAR", kA, false, kMaj, 1},
    {"rial", "rial", kA, false, kMaj, 1},
    {"rials", "rial", kA, false, kMaj, 1},
    {"dinar", "dinar", kA, false, kMaj, 1},
    {"dinars", "dinar", kA, false, kMaj, 1},
    {"kuwaiti dinar", "KWD", kA, false, kMaj, 1},
    {"kuwaiti dinars", "KWD", kA, false, kMaj, 1},
    {"dirham", "AED", kA, false, kMaj, 1},
    {"dirhams", "AED", kA, false, kMaj, 1},
    {"ringgit", "MYR", kBA, false, kMaj, 1},
    {"ringgits", "MYR", kBA, false, kMaj, 1},
    {"malaysia ringgit", "MYR", kBA, false, kMaj, 1},
    {"malaysia ringgits", "MYR", kBA, false, kMaj, 1},
    {"malaysian ringgit", "MYR", kBA, false, kMaj, 1},
    {"malaysian ringgits", "MYR", kBA, false, kMaj, 1},
    {"tugrik", "MNT", kA, false, kMaj, 1},
    {"tugriks", "MNT", kA, false, kMaj, 1},
    {"rand", "ZAR", kA, false, kMaj, 1},
    {"krona", "SEK", kA, false, kMaj, 1},
    {"kronor", "SEK", kA, false, kMaj, 1},
    {"krone", "NOK", kA, false, kMaj, 1},
    {"kroner", "NOK", kA, false, kMaj, 1},
    {"zloty", "PLN", kA, false, kMaj, 1},
    {"lira", "TRY", kA, false, kMaj, 1},
    {"naira", "NGN", kA, false, kMaj, 1},
    {"bitcoin", "BTC", kA, false, kMaj, 1},
    {"bitcoins", "BTC", kA, false, kMaj, 1},
    // Minor units.
    {"cent", "cent", kA, false, kMin, 1},
    {"cents", "cent", kA, false, kMin, 1},
    {"c", "cent", kA, true, kMin, 1},
    {"\xC2\xA2", "cent", kA, false, kMin, 1},  // ¢
    {"penny", "penny", kA, false, kMin, 1},
    {"pennies", "cent", kA, false, kMin, 1},
    {"pence", "penny", kA, false, kMin, 1},
    {"p", "penny", kA, true, kMin, 1},
    {"sen", "sen", kA, false, kMin, 1},
    {"sens", "sen", kA, false, kMin, 1},
    {"kopiyka", "kopiyka", kA, false, kMin, 1},
    {"kopiykas", "kopiyka", kA, false, kMin, 1},
    {"kopecks", "kopeck", kA, false, kMin, 1},
    // Coins and slang amounts.
    {"nickel", "USD", kA, false, kCoin, 0.05},
    {"nickels", "USD", kA, false, kCoin, 0.05},
    {"dime", "USD", kA, false, kCoin, 0.1},
    {"dimes", "USD", kA, false, kCoin, 0.1},
    {"grand", "USD", kA, false, kCoin, 1000},
};

}  // namespace

absl::Span<const CurrencyEntry> Currencies() { return kCurrencies; }

}  // namespace lexicon
}  // namespace factwire
