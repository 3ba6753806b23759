#include "ingest-service/extract/lexicon/currencies.h"

#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"

#include "ingest-service/extract/lexicon/word_set.h"

namespace factwire {
namespace lexicon {
namespace {

constexpr unsigned kB = kBefore;
constexpr unsigned kA = kAfter;
constexpr unsigned kBA = kBefore | kAfter;
constexpr MoneyKind kMaj = MoneyKind::kMajor;
constexpr MoneyKind kMin = MoneyKind::kMinor;
constexpr MoneyKind kCoin = MoneyKind::kCoin;

// surface, code, places, case-sensitive, kind, factor, acronym, letter,
// also_unit, trailing_sign.
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
    // Dollars of the Caribbean, Central America, the Pacific and Africa with
    // their country's letters glued before the sign ("J$2.3 billion", "TT$40m").
    {"J$", "JMD", kBA, true, kMaj, 1},
    {"JA$", "JMD", kBA, true, kMaj, 1},
    {"TT$", "TTD", kBA, true, kMaj, 1},
    {"EC$", "XCD", kBA, true, kMaj, 1},
    {"Bds$", "BBD", kBA, true, kMaj, 1},
    {"BDS$", "BBD", kBA, true, kMaj, 1},
    {"BD$", "BMD", kBA, true, kMaj, 1},
    {"BZ$", "BZD", kBA, true, kMaj, 1},
    {"BS$", "BSD", kBA, true, kMaj, 1},
    {"CI$", "KYD", kBA, true, kMaj, 1},
    {"G$", "GYD", kBA, true, kMaj, 1},
    {"GY$", "GYD", kBA, true, kMaj, 1},
    {"SR$", "SRD", kBA, true, kMaj, 1},
    {"RD$", "DOP", kBA, true, kMaj, 1},
    {"FJ$", "FJD", kBA, true, kMaj, 1},
    {"F$", "FJD", kBA, true, kMaj, 1},  // Fijian press: "F$2.5 million"
    {"SI$", "SBD", kBA, true, kMaj, 1},
    {"WS$", "WST", kBA, true, kMaj, 1},
    {"T$", "TOP", kBA, true, kMaj, 1},
    {"BN$", "BND", kBA, true, kMaj, 1},
    {"N$", "NAD", kBA, true, kMaj, 1},
    {"L$", "LRD", kBA, true, kMaj, 1},
    {"LD$", "LRD", kBA, true, kMaj, 1},
    {"Z$", "ZWL", kBA, true, kMaj, 1},
    {"MOP$", "MOP", kBA, true, kMaj, 1},
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
    {"\xE2\x82\xB1", "PHP", kBA, false, kMaj, 1},  // ₱
    {"\xE2\x82\xAB", "VND", kBA, false, kMaj, 1},  // ₫
    {"\xE2\x82\xA1", "CRC", kBA, false, kMaj, 1},  // ₡
    {"\xE2\x82\xAE", "MNT", kBA, false, kMaj, 1},  // ₮
    {"\xE2\x82\xAD", "LAK", kBA, false, kMaj, 1},  // ₭
    {"\xE2\x82\xB2", "PYG", kBA, false, kMaj, 1},  // ₲
    {"\xE2\x82\xB8", "KZT", kBA, false, kMaj, 1},  // ₸
    {"\xE2\x82\xBC", "AZN", kBA, false, kMaj, 1},  // ₼
    {"\xE2\x82\xBE", "GEL", kBA, false, kMaj, 1},  // ₾
    // The crowns as the Financial Times writes them before an amount
    // ("SKr4.1bn", "NKr250", "DKr1.2bn").
    {"SKr", "SEK", kB, true, kMaj, 1},
    {"NKr", "NOK", kB, true, kMaj, 1},
    {"DKr", "DKK", kB, true, kMaj, 1},
    {"N", "NGN", kB, true, kMaj, 1, false, true},  // Nigerian press
    {"R", "ZAR", kB, true, kMaj, 1, false, true},  // South African press
    // The loti of Lesotho and the lilangeni of Eswatini: country letters
    // (CurrencyEntry::country_letter).
    {"M", "LSL", kB, true, kMaj, 1, false, false, false, false, false, false,
     true},
    {"E", "SZL", kB, true, kMaj, 1, false, false, false, false, false, false,
     true},
    // East and West African press prefixes ("KSh 48", "TSh 2,000", "GH₵ 5").
    {"KSh", "KES", kB, true, kMaj, 1},
    {"Ksh", "KES", kB, true, kMaj, 1},
    {"KShs", "KES", kB, true, kMaj, 1},
    {"Kshs", "KES", kB, true, kMaj, 1},
    {"TSh", "TZS", kB, true, kMaj, 1},
    {"Tsh", "TZS", kB, true, kMaj, 1},
    {"USh", "UGX", kB, true, kMaj, 1},
    // The shilling of Kenya, Tanzania, Uganda or Somalia ("Sh2.4 billion",
    // "Sh2,150 a kilogramme"): the country the text names decides, Kenya's
    // when it names none.
    {"Sh", "shilling", kB, true, kMaj, 1},
    // The kwacha of Zambia or Malawi, or the kina of Papua New Guinea ("K18
    // million"): a letter, so money only before an amount shaped like money;
    // the country the text names decides, Zambia's when it names none.
    {"K", "kwacha", kB, true, kMaj, 1, false, true},
    // The pula of Botswana or the peso of the Philippines ("P2.9 billion"): a
    // letter, so money only before an amount shaped like money; the country
    // the text names decides, the Philippines' when it names none.
    {"P", "P", kB, true, kMaj, 1, false, true},
    {"Shs", "UGX", kB, true, kMaj, 1},  // Ugandan press: "Shs45 billion"
    {"MK", "MWK", kB, true, kMaj, 1},   // Malawian press: "MK1,050", "MK210 billion"
    {"Tk", "BDT", kB, true, kMaj, 1},   // Bangladeshi press: "Tk 1,200 crore"
    {"TL", "TRY", kA, true, kMaj, 1, false, false, false, true},  // "60 TL"
    {"GH\xE2\x82\xB5", "GHS", kB, true, kMaj, 1},  // GH₵
    {"GH\xC2\xA2", "GHS", kB, true, kMaj, 1},      // GH¢
    {"Rp", "IDR", kB, true, kMaj, 1},
    {"Nu", "BTN", kB, true, kMaj, 1},   // Bhutanese press: "Nu 1,200"
    {"Nu.", "BTN", kB, true, kMaj, 1},  // "Nu. 4.8 billion"
    // The rupee of India, Pakistan, Sri Lanka or Nepal: the country the text
    // names decides (RegionalCurrencies()), India's when it names none.
    {"Rs", "rupee", kBA, true, kMaj, 1},
    {"Rs.", "rupee", kB, true, kMaj, 1},
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
    {"TZS", "TZS", kBA, true, kMaj, 1},
    {"UGX", "UGX", kBA, true, kMaj, 1},
    {"GHS", "GHS", kBA, true, kMaj, 1},
    {"ZMW", "ZMW", kBA, true, kMaj, 1},
    {"PKR", "PKR", kBA, true, kMaj, 1},
    {"BDT", "BDT", kBA, true, kMaj, 1},
    {"THB", "THB", kBA, true, kMaj, 1},
    {"IDR", "IDR", kBA, true, kMaj, 1},
    {"PHP", "PHP", kBA, true, kMaj, 1, true},
    {"VND", "VND", kBA, true, kMaj, 1},
    {"ARS", "ARS", kBA, true, kMaj, 1},
    {"CLP", "CLP", kBA, true, kMaj, 1},
    {"COP", "COP", kBA, true, kMaj, 1, true},
    {"CZK", "CZK", kBA, true, kMaj, 1},
    {"HUF", "HUF", kBA, true, kMaj, 1},
    {"RON", "RON", kA, true, kMaj, 1},  // before digits: "RON 95" petrol
    {"ISK", "ISK", kBA, true, kMaj, 1},
    // The rest of ISO 4217's codes, written before or after an amount
    // ("RWF 1,500", "KGS 9.2 billion"). Left out: codes that are English words
    // or common acronyms before a number (ALL, AMD, BAM, BOB, BSD, CDF, CRC,
    // CUP, CVE, GEL, IRR, MGA, MOP, NIO, NPR, PEN, SCR, SDG, SOS, SSP, STN, TMT,
    // TOP); their names after the amount still read.
    {"AFN", "AFN", kBA, true, kMaj, 1},
    {"ANG", "ANG", kBA, true, kMaj, 1},
    {"AOA", "AOA", kBA, true, kMaj, 1},
    {"AWG", "AWG", kBA, true, kMaj, 1},
    {"AZN", "AZN", kBA, true, kMaj, 1},
    {"BBD", "BBD", kBA, true, kMaj, 1},
    {"BHD", "BHD", kBA, true, kMaj, 1},
    {"BIF", "BIF", kBA, true, kMaj, 1},
    {"BMD", "BMD", kBA, true, kMaj, 1},
    {"BND", "BND", kBA, true, kMaj, 1},
    {"BTN", "BTN", kBA, true, kMaj, 1},
    {"BWP", "BWP", kBA, true, kMaj, 1},
    {"BYN", "BYN", kBA, true, kMaj, 1},
    {"BZD", "BZD", kBA, true, kMaj, 1},
    {"DJF", "DJF", kBA, true, kMaj, 1},
    {"DOP", "DOP", kBA, true, kMaj, 1},
    {"DZD", "DZD", kBA, true, kMaj, 1},
    {"ERN", "ERN", kBA, true, kMaj, 1},
    {"ETB", "ETB", kBA, true, kMaj, 1},
    {"FJD", "FJD", kBA, true, kMaj, 1},
    {"GMD", "GMD", kBA, true, kMaj, 1},
    {"GNF", "GNF", kBA, true, kMaj, 1},
    {"GTQ", "GTQ", kBA, true, kMaj, 1},
    {"GYD", "GYD", kBA, true, kMaj, 1},
    {"HNL", "HNL", kBA, true, kMaj, 1},
    {"HTG", "HTG", kBA, true, kMaj, 1},
    {"IQD", "IQD", kBA, true, kMaj, 1},
    {"JMD", "JMD", kBA, true, kMaj, 1},
    {"JOD", "JOD", kBA, true, kMaj, 1},
    {"KGS", "KGS", kBA, true, kMaj, 1},
    {"KHR", "KHR", kBA, true, kMaj, 1},
    {"KMF", "KMF", kBA, true, kMaj, 1},
    {"KYD", "KYD", kBA, true, kMaj, 1},
    {"KZT", "KZT", kBA, true, kMaj, 1},
    {"LAK", "LAK", kBA, true, kMaj, 1},
    {"LKR", "LKR", kBA, true, kMaj, 1},
    {"LRD", "LRD", kBA, true, kMaj, 1},
    {"LSL", "LSL", kBA, true, kMaj, 1},
    {"LYD", "LYD", kBA, true, kMaj, 1},
    {"MDL", "MDL", kBA, true, kMaj, 1},
    {"MKD", "MKD", kBA, true, kMaj, 1},
    {"MMK", "MMK", kBA, true, kMaj, 1},
    {"MRU", "MRU", kBA, true, kMaj, 1},
    {"MUR", "MUR", kBA, true, kMaj, 1},
    {"MVR", "MVR", kBA, true, kMaj, 1},
    {"MWK", "MWK", kBA, true, kMaj, 1},
    {"MZN", "MZN", kBA, true, kMaj, 1},
    {"NAD", "NAD", kBA, true, kMaj, 1},
    {"OMR", "OMR", kBA, true, kMaj, 1},
    {"PAB", "PAB", kBA, true, kMaj, 1},
    {"PGK", "PGK", kBA, true, kMaj, 1},
    {"PYG", "PYG", kBA, true, kMaj, 1},
    {"RSD", "RSD", kBA, true, kMaj, 1},
    {"RWF", "RWF", kBA, true, kMaj, 1},
    {"SBD", "SBD", kBA, true, kMaj, 1},
    {"SLE", "SLE", kBA, true, kMaj, 1},
    {"SRD", "SRD", kBA, true, kMaj, 1},
    {"SYP", "SYP", kBA, true, kMaj, 1},
    {"SZL", "SZL", kBA, true, kMaj, 1},
    {"TJS", "TJS", kBA, true, kMaj, 1},
    {"TND", "TND", kBA, true, kMaj, 1},
    {"TTD", "TTD", kBA, true, kMaj, 1},
    {"UYU", "UYU", kBA, true, kMaj, 1},
    {"UZS", "UZS", kBA, true, kMaj, 1},
    {"VES", "VES", kBA, true, kMaj, 1},
    {"VUV", "VUV", kBA, true, kMaj, 1},
    {"WST", "WST", kBA, true, kMaj, 1},
    {"XAF", "XAF", kBA, true, kMaj, 1},
    {"XCD", "XCD", kBA, true, kMaj, 1},
    {"XOF", "XOF", kBA, true, kMaj, 1},
    {"XPF", "XPF", kBA, true, kMaj, 1},
    {"YER", "YER", kBA, true, kMaj, 1},
    {"ZWL", "ZWL", kBA, true, kMaj, 1},
    // Signs central and northern European copy writes after the amount
    // ("110 zł", "55 Kč", "300 lei", "450 Ft"). "kr" is the crown of
    // Norway, Sweden, Denmark or Iceland: the country the text names decides.
    {"kr", "kr", kBA, true, kMaj, 1, false, false, false, true},
    {"kr.", "kr", kBA, true, kMaj, 1, false, false, false, true},
    // The crown as English wire copy names it ("78 crowns a kilogram"), of the
    // country the text names as "kr" is; after digits only, as "won five
    // crowns" is a sporting title.
    {"crowns", "kr", kA, false, kMaj, 1, false, false, false, false, true},
    {"z\xC5\x82", "PLN", kA, false, kMaj, 1},        // zł
    {"K\xC4\x8D", "CZK", kA, true, kMaj, 1},         // Kč
    // The leu of Romania or Moldova: the country the text names decides
    // (RegionalCurrencies()), Romania's when it names none.
    {"lei", "leu", kA, true, kMaj, 1},
    {"leu", "leu", kA, true, kMaj, 1},
    {"Ft", "HUF", kA, true, kMaj, 1, false, false, true, true},
    {"leva", "BGN", kA, false, kMaj, 1},
    // The crown as Icelandic and Faroese copy write it after the amount:
    // Iceland's, or the Faroe Islands' (Danish kroner) where the text names
    // them (RegionalCurrencies()).
    {"kr\xC3\xB3na", "krona", kA, false, kMaj, 1},    // króna
    {"kr\xC3\xB3nur", "krona", kA, false, kMaj, 1},   // krónur
    {"kronur", "krona", kA, false, kMaj, 1},
    // Albania's lek (singular and plural "lek", also "lekë"), after the amount.
    {"lek", "ALL", kA, false, kMaj, 1, false, false, false, false, true},
    {"lek\xC3\xAB", "ALL", kA, false, kMaj, 1},       // lekë
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
    {"rupee", "rupee", kA, false, kMaj, 1},
    {"rupees", "rupee", kA, false, kMaj, 1},
    {"Pakistani rupees", "PKR", kA, false, kMaj, 1},
    {"Swiss franc", "CHF", kA, false, kMaj, 1},
    {"Swiss francs", "CHF", kA, false, kMaj, 1},
    // The franc of Switzerland, Rwanda, Burundi, Congo or Guinea: the country
    // the text names decides (RegionalCurrencies()), Switzerland's when none.
    {"franc", "franc", kA, false, kMaj, 1},
    {"francs", "franc", kA, false, kMaj, 1},
    // The peso of Mexico, Argentina, Chile, Colombia, Uruguay, the
    // Philippines, Cuba or the Dominican Republic: the country the text names
    // decides (RegionalCurrencies()), Mexico's when it names none.
    {"peso", "peso", kA, false, kMaj, 1},
    {"pesos", "peso", kA, false, kMaj, 1},
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
    // The dirham of the UAE or of Morocco: the country the text names
    // decides (RegionalCurrencies()), the UAE's when it names none.
    {"dirham", "dirham", kA, false, kMaj, 1},
    {"dirhams", "dirham", kA, false, kMaj, 1},
    {"Dh", "dirham", kB, true, kMaj, 1},   // "Dh5bn", "Dh250"
    {"Dhs", "dirham", kB, true, kMaj, 1},  // "Dhs1.2 billion", "Dhs 450"
    // The Gulf press's own signs before an amount: "RO 720" (Omani rial),
    // "QR 5 million" (Qatari riyal), "KD 250" (Kuwaiti dinar); placed signs
    // (CurrencyEntry::placed_sign).
    {"RO", "OMR", kB, true, kMaj, 1, false, false, false, false, false, true},
    {"QR", "QAR", kB, true, kMaj, 1, false, false, false, false, false, true},
    {"KD", "KWD", kB, true, kMaj, 1, false, false, false, false, false, true},
    // Signs of the same kind elsewhere: "JD2.50" (Jordanian dinar), "Rf 150"
    // (Maldivian rufiyaa), "VT 3.1 million" (Vanuatu vatu).
    {"JD", "JOD", kB, true, kMaj, 1, false, false, false, false, false, true},
    {"Rf", "MVR", kB, true, kMaj, 1, false, false, false, false, false, true},
    {"VT", "VUV", kB, true, kMaj, 1, false, false, false, false, false, true},
    {"UAE dirham", "AED", kA, false, kMaj, 1},
    {"UAE dirhams", "AED", kA, false, kMaj, 1},
    {"Emirati dirham", "AED", kA, false, kMaj, 1},
    {"Emirati dirhams", "AED", kA, false, kMaj, 1},
    {"Moroccan dirham", "MAD", kA, false, kMaj, 1},
    {"Moroccan dirhams", "MAD", kA, false, kMaj, 1},
    {"MAD", "MAD", kBA, true, kMaj, 1, true},
    {"Omani rial", "OMR", kA, false, kMaj, 1},
    {"Omani rials", "OMR", kA, false, kMaj, 1},
    {"Iranian rial", "IRR", kA, false, kMaj, 1},
    {"Iranian rials", "IRR", kA, false, kMaj, 1},
    {"Jordanian dinar", "JOD", kA, false, kMaj, 1},
    {"Jordanian dinars", "JOD", kA, false, kMaj, 1},
    {"Iraqi dinar", "IQD", kA, false, kMaj, 1},
    {"Iraqi dinars", "IQD", kA, false, kMaj, 1},
    {"Bahraini dinar", "BHD", kA, false, kMaj, 1},
    {"Bahraini dinars", "BHD", kA, false, kMaj, 1},
    {"Tunisian dinar", "TND", kA, false, kMaj, 1},
    {"Tunisian dinars", "TND", kA, false, kMaj, 1},
    {"Algerian dinar", "DZD", kA, false, kMaj, 1},
    {"Algerian dinars", "DZD", kA, false, kMaj, 1},
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
    // The krone of Norway, or of Denmark (with Greenland and the Faroes) where
    // the text names it (RegionalCurrencies()).
    {"krone", "krone", kA, false, kMaj, 1},
    {"kroner", "krone", kA, false, kMaj, 1},
    {"zloty", "PLN", kA, false, kMaj, 1},
    {"zlotys", "PLN", kA, false, kMaj, 1},
    {"zlotych", "PLN", kA, false, kMaj, 1},
    {"z\xC5\x82oty", "PLN", kA, false, kMaj, 1},  // złoty
    {"z\xC5\x82otych", "PLN", kA, false, kMaj, 1},  // złotych
    {"lira", "TRY", kA, false, kMaj, 1},
    {"naira", "NGN", kA, false, kMaj, 1},
    {"cedi", "GHS", kA, false, kMaj, 1},
    {"cedis", "GHS", kA, false, kMaj, 1},
    // The kwacha of Zambia or Malawi: the country the text names decides,
    // Zambia's when it names none (the family the "K" sign shares, whose
    // rows also hold Papua New Guinea's places for the kina's "K"; the kina
    // is written "kina" in words, so a story there rarely says "kwacha").
    {"kwacha", "kwacha", kA, false, kMaj, 1},
    // Currencies named with their country: the country decides.
    {"Indian rupees", "INR", kA, false, kMaj, 1},
    {"Sri Lankan rupees", "LKR", kA, false, kMaj, 1},
    {"Nepalese rupees", "NPR", kA, false, kMaj, 1},
    {"Mexican pesos", "MXN", kA, false, kMaj, 1},
    {"Philippine pesos", "PHP", kA, false, kMaj, 1},
    {"Argentine pesos", "ARS", kA, false, kMaj, 1},
    {"Chilean pesos", "CLP", kA, false, kMaj, 1},
    {"Colombian pesos", "COP", kA, false, kMaj, 1},
    {"Danish kroner", "DKK", kA, false, kMaj, 1},
    {"Faroese kr\xC3\xB3nur", "DKK", kA, false, kMaj, 1},  // Faroese krónur
    {"Faroese kr\xC3\xB3na", "DKK", kA, false, kMaj, 1},
    {"Icelandic kr\xC3\xB3nur", "ISK", kA, false, kMaj, 1},
    {"Norwegian kroner", "NOK", kA, false, kMaj, 1},
    {"Norwegian crowns", "NOK", kA, false, kMaj, 1},
    {"Swedish crowns", "SEK", kA, false, kMaj, 1},
    {"Danish crowns", "DKK", kA, false, kMaj, 1},
    {"Icelandic crowns", "ISK", kA, false, kMaj, 1},
    {"Czech crowns", "CZK", kA, false, kMaj, 1},
    {"Swedish kronor", "SEK", kA, false, kMaj, 1},
    {"Swedish krona", "SEK", kA, false, kMaj, 1},
    {"Turkish lira", "TRY", kA, false, kMaj, 1},
    {"Japanese yen", "JPY", kA, false, kMaj, 1},
    {"Chinese yuan", "CNY", kA, false, kMaj, 1},
    {"South African rand", "ZAR", kA, false, kMaj, 1},
    {"Kenyan shillings", "KES", kA, false, kMaj, 1},
    // The shilling of Kenya, Tanzania, Uganda or Somalia named after the
    // amount ("fetched about 40,000 shillings"): the country the text names
    // decides (RegionalCurrencies()), Kenya's when none; Britain's has no
    // code.
    {"shilling", "shilling", kA, false, kMaj, 1},
    {"shillings", "shilling", kA, false, kMaj, 1},
    {"Saudi riyal", "SAR", kA, false, kMaj, 1},
    {"baht", "THB", kA, false, kMaj, 1},
    {"rupiah", "IDR", kA, false, kMaj, 1},
    {"reais", "BRL", kA, false, kMaj, 1},
    {"forint", "HUF", kA, false, kMaj, 1},
    {"forints", "HUF", kA, false, kMaj, 1},
    {"koruna", "CZK", kA, false, kMaj, 1},
    {"korunas", "CZK", kA, false, kMaj, 1},
    // Currencies of the rest of the world, by the names English copy gives
    // them (singular and plural), after the amount: "310 million guaranies".
    {"guarani", "PYG", kA, false, kMaj, 1},
    {"guaranis", "PYG", kA, false, kMaj, 1},
    {"guaran\xC3\xAD", "PYG", kA, false, kMaj, 1},          // guaraní
    {"guaran\xC3\xAD" "es", "PYG", kA, false, kMaj, 1},        // guaraníes
    {"guaranies", "PYG", kA, false, kMaj, 1},
    {"pa'anga", "TOP", kA, false, kMaj, 1},
    {"pa\xE2\x80\x99" "anga", "TOP", kA, false, kMaj, 1},     // pa’anga
    {"pula", "BWP", kA, false, kMaj, 1},
    {"tenge", "KZT", kA, false, kMaj, 1},
    {"Kyrgyz som", "KGS", kA, false, kMaj, 1},
    // The som of Kyrgyzstan or Uzbekistan: the country the text names decides
    // (RegionalCurrencies()); the name when it names none.
    {"som", "som", kA, false, kMaj, 1},
    {"soms", "som", kA, false, kMaj, 1},
    {"Uzbek som", "UZS", kA, false, kMaj, 1},
    {"lari", "GEL", kA, false, kMaj, 1},
    {"dram", "AMD", kA, false, kMaj, 1, false, false, false, false, true},
    {"drams", "AMD", kA, false, kMaj, 1, false, false, false, false, true},
    // The escudo of Cape Verde, the one escudo in use.
    {"escudo", "CVE", kA, false, kMaj, 1},
    {"escudos", "CVE", kA, false, kMaj, 1},
    {"manat", "AZN", kA, false, kMaj, 1},
    {"manats", "AZN", kA, false, kMaj, 1},
    {"denars", "MKD", kA, false, kMaj, 1},
    {"dong", "VND", kA, false, kMaj, 1},
    {"\xC4\x91\xE1\xBB\x93ng", "VND", kA, false, kMaj, 1},  // đồng
    {"kip", "LAK", kA, false, kMaj, 1},
    {"riel", "KHR", kA, false, kMaj, 1},
    {"riels", "KHR", kA, false, kMaj, 1},
    {"kyat", "MMK", kA, false, kMaj, 1},
    {"kyats", "MMK", kA, false, kMaj, 1},
    {"taka", "BDT", kA, false, kMaj, 1},
    {"afghani", "AFN", kA, false, kMaj, 1},
    {"afghanis", "AFN", kA, false, kMaj, 1},
    {"rufiyaa", "MVR", kA, false, kMaj, 1},
    {"ngultrum", "BTN", kA, false, kMaj, 1},
    {"birr", "ETB", kA, false, kMaj, 1},
    {"nakfa", "ERN", kA, false, kMaj, 1},
    {"dalasi", "GMD", kA, false, kMaj, 1},
    {"leones", "SLE", kA, false, kMaj, 1},
    {"ariary", "MGA", kA, false, kMaj, 1},
    {"kwanzas", "AOA", kA, false, kMaj, 1},
    {"meticais", "MZN", kA, false, kMaj, 1},
    {"metical", "MZN", kA, false, kMaj, 1},
    {"emalangeni", "SZL", kA, false, kMaj, 1},
    {"lilangeni", "SZL", kA, false, kMaj, 1},
    {"maloti", "LSL", kA, false, kMaj, 1},
    {"ouguiya", "MRU", kA, false, kMaj, 1},
    {"lempiras", "HNL", kA, false, kMaj, 1},
    {"quetzales", "GTQ", kA, false, kMaj, 1},
    {"colones", "CRC", kA, false, kMaj, 1},
    {"balboas", "PAB", kA, false, kMaj, 1},
    {"soles", "PEN", kA, false, kMaj, 1},
    // South Korea's won and Peru's sol: English words too (CurrencyEntry::
    // scaled_word).
    {"won", "KRW", kA, false, kMaj, 1, false, false, false, false, false, false, false, true},
    {"sol", "PEN", kA, false, kMaj, 1, false, false, false, false, false, false, false, true},
    {"bolivianos", "BOB", kA, false, kMaj, 1},
    {"vatu", "VUV", kA, false, kMaj, 1},
    {"tala", "WST", kA, false, kMaj, 1},
    {"kina", "PGK", kA, false, kMaj, 1},
    {"Rwandan franc", "RWF", kA, false, kMaj, 1},
    {"Rwandan francs", "RWF", kA, false, kMaj, 1},
    {"Burundian francs", "BIF", kA, false, kMaj, 1},
    {"Congolese francs", "CDF", kA, false, kMaj, 1},
    {"Guinean francs", "GNF", kA, false, kMaj, 1},
    {"Djiboutian francs", "DJF", kA, false, kMaj, 1},
    // The CFA franc of West Africa (XOF) or of Central Africa (XAF): the
    // country the text names decides, West Africa's when it names none.
    {"CFA franc", "cfa", kA, false, kMaj, 1},
    {"CFA francs", "cfa", kA, false, kMaj, 1},
    {"somoni", "TJS", kA, false, kMaj, 1},
    {"bitcoin", "BTC", kA, false, kMaj, 1},
    {"bitcoins", "BTC", kA, false, kMaj, 1},
    // Minor units.
    {"cent", "cent", kA, false, kMin, 1},
    {"cents", "cent", kA, false, kMin, 1},
    {"U.S. cents", "cent", kA, false, kMin, 1},  // "71.05 U.S. cents"
    {"US cents", "cent", kA, false, kMin, 1},
    {"euro cents", "cent", kA, false, kMin, 1},
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
    {"kopeck", "kopeck", kA, false, kMin, 1},
    {"kopeks", "kopeck", kA, false, kMin, 1},
    // The hundredth of the Swedish krona and of the Danish and Norwegian
    // krone ("78 öre per kilowatt hour", "50 øre"), of the rupee ("75
    // paise") and of the peso and real ("50 centavos").
    {"\xC3\xB6re", "\xC3\xB6re", kA, false, kMin, 1},  // öre
    {"\xC3\xB8re", "\xC3\xB8re", kA, false, kMin, 1},  // øre
    {"paise", "paisa", kA, false, kMin, 1},
    {"centavos", "centavo", kA, false, kMin, 1},
    // The hundredths African, Gulf and Asian copy writes after an amount:
    // the naira's kobo, the cedi's pesewas, the dinar's or dirham's fils,
    // the riyal's halalas, the pula's thebe, the loti's lisente, the
    // kwacha's ngwee and tambala, the baht's satang ("50 kobo", "80
    // pesewas").
    {"kobo", "kobo", kA, false, kMin, 1},
    {"pesewas", "pesewa", kA, false, kMin, 1},
    {"fils", "fils", kA, false, kMin, 1},
    {"halalas", "halala", kA, false, kMin, 1},
    {"thebe", "thebe", kA, false, kMin, 1},
    {"lisente", "lisente", kA, false, kMin, 1},
    {"ngwee", "ngwee", kA, false, kMin, 1},
    {"tambala", "tambala", kA, false, kMin, 1},
    {"satang", "satang", kA, false, kMin, 1},
    {"dirams", "diram", kA, false, kMin, 1},  // the somoni's
    // Coins and slang amounts.
    {"nickel", "USD", kA, false, kCoin, 0.05},
    {"nickels", "USD", kA, false, kCoin, 0.05},
    {"dime", "USD", kA, false, kCoin, 0.1},
    {"dimes", "USD", kA, false, kCoin, 0.1},
    {"grand", "USD", kA, false, kCoin, 1000},
};

// family, place word, code. Countries, their people's adjective and cities
// no other country of the family has.
constexpr RegionalCurrency kRegional[] = {
    {"dirham", "uae", "AED"},        {"dirham", "emirates", "AED"},
    {"dirham", "emirati", "AED"},    {"dirham", "emiratis", "AED"},
    {"dirham", "dubai", "AED"},      {"dirham", "dhabi", "AED"},
    {"dirham", "sharjah", "AED"},    {"dirham", "ajman", "AED"},
    {"dirham", "morocco", "MAD"},    {"dirham", "moroccan", "MAD"},
    {"dirham", "moroccans", "MAD"},  {"dirham", "rabat", "MAD"},
    {"dirham", "casablanca", "MAD"}, {"dirham", "marrakech", "MAD"},
    {"dirham", "marrakesh", "MAD"},  {"dirham", "tangier", "MAD"},
    {"dirham", "fez", "MAD"},        {"dirham", "agadir", "MAD"},
    {"riyal", "saudi", "SAR"},       {"riyal", "saudis", "SAR"},
    {"riyal", "riyadh", "SAR"},      {"riyal", "jeddah", "SAR"},
    {"riyal", "mecca", "SAR"},       {"riyal", "qatar", "QAR"},
    {"riyal", "qatari", "QAR"},      {"riyal", "qataris", "QAR"},
    {"riyal", "doha", "QAR"},        {"riyal", "yemen", "YER"},
    {"riyal", "yemeni", "YER"},      {"riyal", "sanaa", "YER"},
    {"riyal", "oman", "OMR"},        {"riyal", "omani", "OMR"},
    {"riyal", "muscat", "OMR"},      {"riyal", "iran", "IRR"},
    {"riyal", "iranian", "IRR"},     {"riyal", "tehran", "IRR"},
    {"rial", "oman", "OMR"},         {"rial", "omani", "OMR"},
    {"rial", "muscat", "OMR"},       {"rial", "iran", "IRR"},
    {"rial", "iranian", "IRR"},      {"rial", "iranians", "IRR"},
    {"rial", "tehran", "IRR"},       {"rial", "yemen", "YER"},
    {"rial", "yemeni", "YER"},       {"rial", "sanaa", "YER"},
    {"rial", "saudi", "SAR"},        {"rial", "riyadh", "SAR"},
    {"rial", "qatar", "QAR"},        {"rial", "qatari", "QAR"},
    {"rial", "doha", "QAR"},         {"dinar", "kuwait", "KWD"},
    {"dinar", "kuwaiti", "KWD"},     {"dinar", "iraq", "IQD"},
    {"dinar", "iraqi", "IQD"},       {"dinar", "iraqis", "IQD"},
    {"dinar", "baghdad", "IQD"},     {"dinar", "basra", "IQD"},
    {"dinar", "erbil", "IQD"},       {"dinar", "jordan", "JOD"},
    {"dinar", "jordanian", "JOD"},   {"dinar", "jordanians", "JOD"},
    {"dinar", "amman", "JOD"},       {"dinar", "bahrain", "BHD"},
    {"dinar", "bahraini", "BHD"},    {"dinar", "manama", "BHD"},
    {"dinar", "tunisia", "TND"},     {"dinar", "tunisian", "TND"},
    {"dinar", "tunisians", "TND"},   {"dinar", "tunis", "TND"},
    {"dinar", "algeria", "DZD"},     {"dinar", "algerian", "DZD"},
    {"dinar", "algerians", "DZD"},   {"dinar", "algiers", "DZD"},
    {"dinar", "libya", "LYD"},       {"dinar", "libyan", "LYD"},
    {"dinar", "libyans", "LYD"},     {"dinar", "benghazi", "LYD"},
    {"dinar", "serbia", "RSD"},      {"dinar", "serbian", "RSD"},
    {"dinar", "belgrade", "RSD"},
    {"rupee", "pakistan", "PKR"},    {"rupee", "pakistani", "PKR"},
    {"rupee", "pakistanis", "PKR"},  {"rupee", "pkr", "PKR"},
    {"rupee", "karachi", "PKR"},     {"rupee", "lahore", "PKR"},
    {"rupee", "islamabad", "PKR"},   {"rupee", "rawalpindi", "PKR"},
    {"rupee", "peshawar", "PKR"},    {"rupee", "quetta", "PKR"},
    {"rupee", "multan", "PKR"},      {"rupee", "faisalabad", "PKR"},
    {"rupee", "lanka", "LKR"},       {"rupee", "lankan", "LKR"},
    {"rupee", "lankans", "LKR"},     {"rupee", "lkr", "LKR"},
    {"rupee", "colombo", "LKR"},     {"rupee", "kandy", "LKR"},
    {"rupee", "jaffna", "LKR"},      {"rupee", "nepal", "NPR"},
    {"rupee", "nepali", "NPR"},      {"rupee", "nepalese", "NPR"},
    {"rupee", "npr", "NPR"},         {"rupee", "kathmandu", "NPR"},
    {"rupee", "pokhara", "NPR"},     {"rupee", "mauritius", "MUR"},
    {"rupee", "mauritian", "MUR"},   {"rupee", "mauritians", "MUR"},
    {"rupee", "port louis", "MUR"},  {"rupee", "curepipe", "MUR"},
    {"rupee", "seychelles", "SCR"},  {"rupee", "seychellois", "SCR"},   {"rupee", "india", "INR"},
    {"rupee", "indian", "INR"},      {"rupee", "indians", "INR"},
    {"rupee", "inr", "INR"},         {"rupee", "delhi", "INR"},
    {"rupee", "mumbai", "INR"},      {"rupee", "kolkata", "INR"},
    {"rupee", "chennai", "INR"},     {"rupee", "bengaluru", "INR"},
    {"kr", "norway", "NOK"},         {"kr", "norwegian", "NOK"},
    {"kr", "norwegians", "NOK"},     {"kr", "nok", "NOK"},
    {"kr", "oslo", "NOK"},           {"kr", "bergen", "NOK"},
    {"kr", "trondheim", "NOK"},      {"kr", "stavanger", "NOK"},
    {"kr", "sweden", "SEK"},         {"kr", "swedish", "SEK"},
    {"kr", "swedes", "SEK"},         {"kr", "sek", "SEK"},
    {"kr", "stockholm", "SEK"},      {"kr", "gothenburg", "SEK"},
    {"kr", "uppsala", "SEK"},        {"kr", "denmark", "DKK"},
    {"kr", "danish", "DKK"},         {"kr", "danes", "DKK"},
    {"kr", "dkk", "DKK"},            {"kr", "copenhagen", "DKK"},
    {"kr", "aarhus", "DKK"},         {"kr", "odense", "DKK"},
    {"kr", "iceland", "ISK"},        {"kr", "icelandic", "ISK"},
    {"kr", "isk", "ISK"},            {"kr", "reykjavik", "ISK"},
    {"kr", "czech", "CZK"},          {"kr", "prague", "CZK"},
    {"krone", "norway", "NOK"},      {"krone", "norwegian", "NOK"},
    {"krone", "oslo", "NOK"},        {"krone", "denmark", "DKK"},
    {"krone", "danish", "DKK"},      {"krone", "danes", "DKK"},
    {"krone", "dkk", "DKK"},         {"krone", "copenhagen", "DKK"},
    {"krone", "aarhus", "DKK"},      {"krone", "odense", "DKK"},
    {"krone", "greenland", "DKK"},   {"krone", "greenlandic", "DKK"},
    {"krone", "nuuk", "DKK"},        {"krone", "faroe", "DKK"},
    {"krone", "faroese", "DKK"},     {"krone", "faroes", "DKK"},
    {"krona", "faroe", "DKK"},       {"krona", "faroese", "DKK"},
    {"krona", "faroes", "DKK"},      {"krona", "t\xC3\xB3rshavn", "DKK"},
    {"krona", "torshavn", "DKK"},    {"krona", "klaksv\xC3\xADk", "DKK"},
    {"shilling", "kenya", "KES"},        {"shilling", "kenyan", "KES"},
    {"shilling", "kenyans", "KES"},      {"shilling", "nairobi", "KES"},
    {"shilling", "mombasa", "KES"},      {"shilling", "kisumu", "KES"},
    {"shilling", "nakuru", "KES"},       {"shilling", "eldoret", "KES"},
    {"shilling", "tanzania", "TZS"},     {"shilling", "tanzanian", "TZS"},
    {"shilling", "tanzanians", "TZS"},   {"shilling", "dodoma", "TZS"},
    {"shilling", "dar", "TZS"},          {"shilling", "arusha", "TZS"},
    {"shilling", "mwanza", "TZS"},       {"shilling", "zanzibar", "TZS"},
    {"shilling", "mtwara", "TZS"},       {"shilling", "tanga", "TZS"},
    {"shilling", "uganda", "UGX"},       {"shilling", "ugandan", "UGX"},
    {"shilling", "ugandans", "UGX"},     {"shilling", "kampala", "UGX"},
    {"shilling", "entebbe", "UGX"},      {"shilling", "somalia", "SOS"},
    {"shilling", "somali", "SOS"},       {"shilling", "mogadishu", "SOS"},
    // Britain's shilling, a coin until 1971: no code, and no Kenyan one
    // ("in London a pint cost 2 shillings").
    {"shilling", "britain", "shilling"}, {"shilling", "british", "shilling"},
    {"shilling", "britons", "shilling"}, {"shilling", "uk", "shilling"},
    {"shilling", "england", "shilling"}, {"shilling", "london", "shilling"},
    {"shilling", "scotland", "shilling"}, {"shilling", "wales", "shilling"},
    {"kwacha", "zambia", "ZMW"},         {"kwacha", "zambian", "ZMW"},
    {"kwacha", "zambians", "ZMW"},       {"kwacha", "lusaka", "ZMW"},
    {"kwacha", "ndola", "ZMW"},          {"kwacha", "kitwe", "ZMW"},
    {"kwacha", "copperbelt", "ZMW"},     {"kwacha", "kabwe", "ZMW"},
    {"kwacha", "chingola", "ZMW"},       {"kwacha", "livingstone", "ZMW"},
    {"kwacha", "malawi", "MWK"},         {"kwacha", "malawian", "MWK"},
    {"kwacha", "malawians", "MWK"},      {"kwacha", "lilongwe", "MWK"},
    {"kwacha", "blantyre", "MWK"},       {"kwacha", "mzuzu", "MWK"},
    {"kwacha", "zomba", "MWK"},          {"kwacha", "papua", "PGK"},
    {"kwacha", "moresby", "PGK"},        {"kwacha", "lae", "PGK"},
    {"leu", "moldova", "MDL"},           {"leu", "moldovan", "MDL"},
    {"leu", "moldovans", "MDL"},         {"leu", "chisinau", "MDL"},
    {"leu", "balti", "MDL"},             {"leu", "cahul", "MDL"},
    {"leu", "orhei", "MDL"},             {"leu", "comrat", "MDL"},
    {"som", "kyrgyzstan", "KGS"},        {"som", "kyrgyz", "KGS"},
    {"som", "bishkek", "KGS"},           {"som", "osh", "KGS"},
    {"som", "uzbekistan", "UZS"},        {"som", "uzbek", "UZS"},
    {"som", "uzbeks", "UZS"},            {"som", "tashkent", "UZS"},
    {"som", "samarkand", "UZS"},         {"som", "bukhara", "UZS"},
    {"franc", "rwanda", "RWF"},          {"franc", "rwandan", "RWF"},
    {"franc", "rwandans", "RWF"},        {"franc", "kigali", "RWF"},
    {"franc", "burundi", "BIF"},         {"franc", "burundian", "BIF"},
    {"franc", "bujumbura", "BIF"},       {"franc", "gitega", "BIF"},
    {"franc", "congolese", "CDF"},       {"franc", "kinshasa", "CDF"},
    {"franc", "lubumbashi", "CDF"},      {"franc", "guinea", "GNF"},
    {"franc", "guinean", "GNF"},         {"franc", "conakry", "GNF"},
    {"franc", "djibouti", "DJF"},        {"franc", "djiboutian", "DJF"},
    {"P", "botswana", "BWP"},            {"P", "batswana", "BWP"},
    {"P", "motswana", "BWP"},            {"P", "gaborone", "BWP"},
    {"P", "francistown", "BWP"},         {"P", "maun", "BWP"},
    {"P", "kasane", "BWP"},              {"P", "selebi", "BWP"},
    {"P", "philippines", "PHP"},         {"P", "philippine", "PHP"},
    {"P", "filipino", "PHP"},            {"P", "filipinos", "PHP"},
    {"P", "manila", "PHP"},              {"P", "cebu", "PHP"},
    {"P", "davao", "PHP"},               {"P", "quezon", "PHP"},
    {"peso", "mexico", "MXN"},           {"peso", "mexican", "MXN"},
    {"peso", "mexicans", "MXN"},         {"peso", "guadalajara", "MXN"},
    {"peso", "monterrey", "MXN"},        {"peso", "argentina", "ARS"},
    {"peso", "argentine", "ARS"},        {"peso", "argentines", "ARS"},
    {"peso", "argentinian", "ARS"},      {"peso", "buenos aires", "ARS"},
    {"peso", "patagonia", "ARS"},        {"peso", "chubut", "ARS"},
    // Not "Mendoza" or "Rosario", which are also people's names.
    {"peso", "neuquen", "ARS"},          {"peso", "chile", "CLP"},
    {"peso", "chilean", "CLP"},          {"peso", "chileans", "CLP"},
    {"peso", "valparaiso", "CLP"},       {"peso", "antofagasta", "CLP"},
    {"peso", "colombia", "COP"},         {"peso", "colombian", "COP"},
    {"peso", "colombians", "COP"},       {"peso", "bogota", "COP"},
    {"peso", "medellin", "COP"},         {"peso", "barranquilla", "COP"},
    {"peso", "uruguay", "UYU"},          {"peso", "uruguayan", "UYU"},
    {"peso", "montevideo", "UYU"},       {"peso", "philippines", "PHP"},
    {"peso", "philippine", "PHP"},       {"peso", "filipino", "PHP"},
    {"peso", "filipinos", "PHP"},        {"peso", "manila", "PHP"},
    {"peso", "cebu", "PHP"},             {"peso", "davao", "PHP"},
    {"peso", "cuba", "CUP"},             {"peso", "cuban", "CUP"},
    {"peso", "havana", "CUP"},           {"peso", "dominican", "DOP"},
    {"peso", "santo domingo", "DOP"},
    // The places of the one country a letter writes the currency of ("R" the
    // rand, "N" the naira, "M" the loti), keyed by its code: what makes an
    // amount money by its cents alone ("R21.90" in a story from Durban), or
    // at all for a country letter ("M4.6 million" in one from Maseru).
    // Two words: "Africa" alone is the continent ("the African Union").
    {"ZAR", "south africa", "ZAR"},      {"ZAR", "south african", "ZAR"},
    {"ZAR", "south africans", "ZAR"},    {"ZAR", "johannesburg", "ZAR"},
    {"ZAR", "pretoria", "ZAR"},          {"ZAR", "durban", "ZAR"},
    {"ZAR", "soweto", "ZAR"},            {"ZAR", "gauteng", "ZAR"},
    {"ZAR", "sandton", "ZAR"},           {"ZAR", "tshwane", "ZAR"},
    {"ZAR", "bloemfontein", "ZAR"},      {"ZAR", "polokwane", "ZAR"},
    {"ZAR", "limpopo", "ZAR"},           {"ZAR", "kwazulu", "ZAR"},
    {"NGN", "nigeria", "NGN"},           {"NGN", "nigerian", "NGN"},
    {"NGN", "nigerians", "NGN"},         {"NGN", "lagos", "NGN"},
    {"NGN", "abuja", "NGN"},             {"NGN", "kano", "NGN"},
    {"NGN", "ibadan", "NGN"},            {"NGN", "enugu", "NGN"},
    {"LSL", "lesotho", "LSL"},           {"LSL", "basotho", "LSL"},
    {"LSL", "mosotho", "LSL"},           {"LSL", "maseru", "LSL"},
    {"LSL", "leribe", "LSL"},            {"LSL", "mafeteng", "LSL"},
    {"LSL", "teyateyaneng", "LSL"},      {"SZL", "eswatini", "SZL"},
    {"SZL", "swaziland", "SZL"},         {"SZL", "swazi", "SZL"},
    {"SZL", "swazis", "SZL"},            {"SZL", "mbabane", "SZL"},
    {"SZL", "manzini", "SZL"},
    // The places of the country a Gulf sign writes the currency of ("RO
    // 720" in a story from Muscat), keyed by its code.
    {"OMR", "oman", "OMR"},              {"OMR", "omani", "OMR"},
    {"OMR", "omanis", "OMR"},            {"OMR", "muscat", "OMR"},
    {"OMR", "salalah", "OMR"},           {"OMR", "sohar", "OMR"},
    {"OMR", "nizwa", "OMR"},             {"QAR", "qatar", "QAR"},
    {"QAR", "qatari", "QAR"},            {"QAR", "qataris", "QAR"},
    {"QAR", "doha", "QAR"},              {"QAR", "lusail", "QAR"},
    {"KWD", "kuwait", "KWD"},            {"KWD", "kuwaiti", "KWD"},
    {"KWD", "kuwaitis", "KWD"},
    {"JOD", "jordan", "JOD"},            {"JOD", "jordanian", "JOD"},
    {"JOD", "jordanians", "JOD"},        {"JOD", "amman", "JOD"},
    {"JOD", "irbid", "JOD"},             {"JOD", "zarqa", "JOD"},
    {"JOD", "aqaba", "JOD"},             {"MVR", "maldives", "MVR"},
    {"MVR", "maldivian", "MVR"},         {"MVR", "maldivians", "MVR"},
    {"MVR", "addu", "MVR"},              {"MVR", "hulhumale", "MVR"},
    {"VUV", "vanuatu", "VUV"},           {"VUV", "port vila", "VUV"},
    {"VUV", "luganville", "VUV"},        {"VUV", "ni-vanuatu", "VUV"},
    // The franc of the Central African CFA zone (bare "francs" too, and
    // "CFA francs"), and of the West African one.
    {"franc", "cameroon", "XAF"},        {"franc", "cameroonian", "XAF"},
    {"franc", "douala", "XAF"},          {"franc", "yaounde", "XAF"},
    {"franc", "gabon", "XAF"},           {"franc", "gabonese", "XAF"},
    {"franc", "libreville", "XAF"},      {"franc", "chad", "XAF"},
    {"franc", "chadian", "XAF"},         {"franc", "bangui", "XAF"},
    {"franc", "malabo", "XAF"},          {"franc", "brazzaville", "XAF"},
    {"franc", "senegal", "XOF"},         {"franc", "senegalese", "XOF"},
    {"franc", "dakar", "XOF"},           {"franc", "abidjan", "XOF"},
    {"franc", "ivorian", "XOF"},         {"franc", "bamako", "XOF"},
    {"franc", "malian", "XOF"},          {"franc", "ouagadougou", "XOF"},
    {"franc", "burkina", "XOF"},         {"franc", "niamey", "XOF"},
    {"franc", "cotonou", "XOF"},         {"franc", "benin", "XOF"},
    {"franc", "togo", "XOF"},            {"franc", "lome", "XOF"},
    {"cfa", "cameroon", "XAF"},          {"cfa", "cameroonian", "XAF"},
    {"cfa", "douala", "XAF"},            {"cfa", "yaounde", "XAF"},
    {"cfa", "gabon", "XAF"},             {"cfa", "gabonese", "XAF"},
    {"cfa", "libreville", "XAF"},        {"cfa", "chad", "XAF"},
    {"cfa", "chadian", "XAF"},           {"cfa", "bangui", "XAF"},
    {"cfa", "malabo", "XAF"},            {"cfa", "brazzaville", "XAF"},
    {"cfa", "central african", "XAF"},
};

// The currency families a country decides (kRegional), each with the code it
// takes when the text names no country of it: the family's own name where
// there is no usual one ("riyal": Saudi, Qatari, Yemeni...).
struct RegionalFamily {
  absl::string_view family;
  absl::string_view fallback;
};
constexpr RegionalFamily kRegionalFamilies[] = {
    {"dirham", "AED"},   {"riyal", "riyal"},  {"rial", "rial"},
    {"dinar", "dinar"},  {"rupee", "INR"},    {"kr", "kr"},
    {"shilling", "KES"}, {"kwacha", "ZMW"},   {"franc", "CHF"},
    {"P", "PHP"},        {"leu", "RON"},      {"som", "som"},
    {"krona", "ISK"},    {"peso", "MXN"},     {"krone", "NOK"},
    {"cfa", "XOF"},
};

// Words of a sentence quoting a market or an exchange rate, where a currency
// letter's cents are a price ("shares closed at R21.02").
constexpr absl::string_view kMarketCueWords[] = {
    "shares", "stock",   "stocks", "traded", "trades",
    "trading", "bourse", "currency", "forex"};

// Verbs of a day's price before "at" ("closed at R21.02", "opened at").
constexpr absl::string_view kClosingPriceVerbs[] = {
    "closed", "opened", "ended", "finished", "settled"};

// A count of drink measures below this is a serving ("2 drams each"); a
// price in drams is at least this much.
constexpr double kDrinkServingCountLimit = 10;

// Words after a small count of drink measures that share them out ("poured 2
// drams each").
constexpr const char* kDrinkServingWords[] = {"each", "apiece"};

}  // namespace

absl::Span<const CurrencyEntry> Currencies() { return kCurrencies; }

bool IsDrinkServing(double value, absl::string_view next) {
  return value < kDrinkServingCountLimit &&
         InWordLists<kDrinkServingWords>(next);
}

bool IsMarketCueWord(absl::string_view word) {
  return InWordLists<kMarketCueWords>(word);
}

bool IsClosingPriceVerb(absl::string_view word) {
  return InWordLists<kClosingPriceVerbs>(word);
}

namespace {

using FamilyKey = std::pair<absl::string_view, absl::string_view>;

// kRegional indexed once: the code of each (family, place), and each
// (family, code) pair a place gives.
struct RegionalIndex {
  absl::flat_hash_map<FamilyKey, absl::string_view> code_of_place;
  absl::flat_hash_set<FamilyKey> family_codes;
};

// The index of kRegional, built on first use and kept for the process (a
// leaked static: no destructor runs at exit).
const RegionalIndex& Regional() {
  static const RegionalIndex* const index = [] {
    auto* built = new RegionalIndex;
    for (const RegionalCurrency& r : kRegional) {
      built->code_of_place.emplace(FamilyKey(r.family, r.place), r.code);
      built->family_codes.emplace(r.family, r.code);
    }
    return built;
  }();
  return *index;
}

}  // namespace

absl::string_view RegionalPlaceCode(absl::string_view family,
                                    absl::string_view place) {
  const auto& map = Regional().code_of_place;
  const auto it = map.find(FamilyKey(family, place));
  return it == map.end() ? absl::string_view() : it->second;
}

bool WritesCurrency(absl::string_view family, absl::string_view code) {
  return family == code ||
         Regional().family_codes.contains(FamilyKey(family, code));
}

absl::Span<const RegionalCurrency> RegionalCurrencies() { return kRegional; }

bool IsRegionalCurrency(absl::string_view code) {
  for (const RegionalFamily& f : kRegionalFamilies) {
    if (f.family == code) return true;
  }
  return false;
}

absl::string_view RegionalDefault(absl::string_view family) {
  for (const RegionalFamily& f : kRegionalFamilies) {
    if (f.family == family) return f.fallback;
  }
  return family;
}

}  // namespace lexicon
}  // namespace factwire
