#include "ingest-service/extract/lexicon/units.h"

namespace factwire {
namespace lexicon {
namespace {

using v1::Dimension;
constexpr Dimension kMass = v1::DIMENSION_MASS;
constexpr Dimension kLength = v1::DIMENSION_LENGTH;
constexpr Dimension kArea = v1::DIMENSION_AREA;
constexpr Dimension kVolume = v1::DIMENSION_VOLUME;
constexpr Dimension kDuration = v1::DIMENSION_DURATION;
constexpr Dimension kSpeed = v1::DIMENSION_SPEED;
constexpr Dimension kTemperature = v1::DIMENSION_TEMPERATURE;
constexpr Dimension kPercent = v1::DIMENSION_PERCENT;
constexpr Dimension kOther = v1::DIMENSION_OTHER;
constexpr UnitSystem kM = UnitSystem::kMetric;
constexpr UnitSystem kI = UnitSystem::kImperial;
constexpr UnitSystem kN = UnitSystem::kNone;
constexpr UnitUse kFree = UnitUse::kFree;
constexpr UnitUse kAdj = UnitUse::kAdjacent;
constexpr UnitUse kAmb = UnitUse::kAmbiguous;

// surface, unit, dimension, factor to base, base, system, case-sensitive, use,
// offset.
constexpr UnitEntry kUnits[] = {
    // Mass (base kg). A "ton" is a US short ton; a "tonne" is a metric ton.
    {"mg", "mg", kMass, 1e-6, "kg", kM, false, kFree, 0},
    {"milligram", "mg", kMass, 1e-6, "kg", kM, false, kFree, 0},
    {"milligrams", "mg", kMass, 1e-6, "kg", kM, false, kFree, 0},
    {"mcg", "mcg", kMass, 1e-9, "kg", kM, false, kFree, 0},
    {"microgram", "mcg", kMass, 1e-9, "kg", kM, false, kFree, 0},
    {"micrograms", "mcg", kMass, 1e-9, "kg", kM, false, kFree, 0},
    {"g", "g", kMass, 1e-3, "kg", kM, true, kFree, 0},
    {"g.", "g", kMass, 1e-3, "kg", kM, true, kFree, 0},
    {"gs", "g", kMass, 1e-3, "kg", kM, true, kFree, 0},
    {"gram", "g", kMass, 1e-3, "kg", kM, false, kFree, 0},
    {"grams", "g", kMass, 1e-3, "kg", kM, false, kFree, 0},
    {"gramme", "g", kMass, 1e-3, "kg", kM, false, kFree, 0},
    {"grammes", "g", kMass, 1e-3, "kg", kM, false, kFree, 0},
    {"kg", "kg", kMass, 1, "kg", kM, false, kFree, 0},
    {"kgs", "kg", kMass, 1, "kg", kM, false, kFree, 0},
    {"k.g.", "kg", kMass, 1, "kg", kM, false, kFree, 0},
    {"k.gs", "kg", kMass, 1, "kg", kM, false, kFree, 0},
    {"kilo", "kg", kMass, 1, "kg", kM, false, kFree, 0},
    {"kilos", "kg", kMass, 1, "kg", kM, false, kFree, 0},
    {"kilogram", "kg", kMass, 1, "kg", kM, false, kFree, 0},
    {"kilograms", "kg", kMass, 1, "kg", kM, false, kFree, 0},
    {"kilogramme", "kg", kMass, 1, "kg", kM, false, kFree, 0},
    {"kilogrammes", "kg", kMass, 1, "kg", kM, false, kFree, 0},
    {"ton", "ton", kMass, 907.18474, "kg", kI, false, kFree, 0},
    {"tons", "ton", kMass, 907.18474, "kg", kI, false, kFree, 0},
    {"short ton", "ton", kMass, 907.18474, "kg", kI, false, kFree, 0},
    {"short tons", "ton", kMass, 907.18474, "kg", kI, false, kFree, 0},
    {"long ton", "long ton", kMass, 1016.0469088, "kg", kI, false, kFree, 0},
    {"long tons", "long ton", kMass, 1016.0469088, "kg", kI, false, kFree, 0},
    {"tonne", "tonne", kMass, 1000, "kg", kM, false, kFree, 0},
    {"tonnes", "tonne", kMass, 1000, "kg", kM, false, kFree, 0},
    {"metric ton", "tonne", kMass, 1000, "kg", kM, false, kFree, 0},
    {"metric tons", "tonne", kMass, 1000, "kg", kM, false, kFree, 0},
    {"t", "tonne", kMass, 1000, "kg", kM, false, kAmb, 0},
    // Gem weight: a metric carat is 200 mg ("5.1 million carats of diamonds").
    {"carat", "carat", kMass, 2e-4, "kg", kM, false, kFree, 0},
    {"carats", "carat", kMass, 2e-4, "kg", kM, false, kFree, 0},
    // A quintal is 100 kg, the unit Indian crop prices are quoted in ("Rs
    // 2,425 per quintal").
    {"quintal", "quintal", kMass, 100, "kg", kM, false, kFree, 0},
    {"quintals", "quintal", kMass, 100, "kg", kM, false, kFree, 0},
    {"lb", "lb", kMass, 0.45359237, "kg", kI, false, kFree, 0},
    {"lbs", "lb", kMass, 0.45359237, "kg", kI, false, kFree, 0},
    {"lb.", "lb", kMass, 0.45359237, "kg", kI, false, kFree, 0},
    {"lbs.", "lb", kMass, 0.45359237, "kg", kI, false, kFree, 0},
    {"pound", "lb", kMass, 0.45359237, "kg", kI, false, kAmb, 0},
    {"pounds", "lb", kMass, 0.45359237, "kg", kI, false, kAmb, 0},
    {"oz", "ounce", kMass, 0.028349523125, "kg", kI, false, kFree, 0},
    {"ounce", "ounce", kMass, 0.028349523125, "kg", kI, false, kFree, 0},
    {"ounces", "ounce", kMass, 0.028349523125, "kg", kI, false, kFree, 0},
    {"stone", "stone", kMass, 6.35029318, "kg", kI, false, kAmb, 0},
    // Explosive yield, in tonnes of TNT: "a 15-kiloton bomb".
    {"kiloton", "kiloton", kMass, 1e6, "kg", kM, false, kFree, 0},
    {"kilotons", "kiloton", kMass, 1e6, "kg", kM, false, kFree, 0},
    {"kilotonne", "kiloton", kMass, 1e6, "kg", kM, false, kFree, 0},
    {"kilotonnes", "kiloton", kMass, 1e6, "kg", kM, false, kFree, 0},
    {"megaton", "megaton", kMass, 1e9, "kg", kM, false, kFree, 0},
    {"megatons", "megaton", kMass, 1e9, "kg", kM, false, kFree, 0},
    {"megatonne", "megaton", kMass, 1e9, "kg", kM, false, kFree, 0},
    {"megatonnes", "megaton", kMass, 1e9, "kg", kM, false, kFree, 0},
    // Length (base m).
    {"pm", "picometre", kLength, 1e-12, "m", kM, false, kAmb, 0},  // "2.1 pm"
    {"picometre", "picometre", kLength, 1e-12, "m", kM, false, kFree, 0},
    {"picometres", "picometre", kLength, 1e-12, "m", kM, false, kFree, 0},
    {"picometer", "picometre", kLength, 1e-12, "m", kM, false, kFree, 0},
    {"picometers", "picometre", kLength, 1e-12, "m", kM, false, kFree, 0},
    {"am", "attometre", kLength, 1e-18, "m", kM, false, kAmb, 0},
    {"nm", "nanometre", kLength, 1e-9, "m", kM, false, kFree, 0},
    {"nanometre", "nanometre", kLength, 1e-9, "m", kM, false, kFree, 0},
    {"nanometres", "nanometre", kLength, 1e-9, "m", kM, false, kFree, 0},
    {"nanometer", "nanometre", kLength, 1e-9, "m", kM, false, kFree, 0},
    {"nanometers", "nanometre", kLength, 1e-9, "m", kM, false, kFree, 0},
    {"micrometre", "micrometre", kLength, 1e-6, "m", kM, false, kFree, 0},
    {"micrometres", "micrometre", kLength, 1e-6, "m", kM, false, kFree, 0},
    {"micrometer", "micrometre", kLength, 1e-6, "m", kM, false, kFree, 0},
    {"micrometers", "micrometre", kLength, 1e-6, "m", kM, false, kFree, 0},
    {"micron", "micrometre", kLength, 1e-6, "m", kM, false, kFree, 0},
    {"microns", "micrometre", kLength, 1e-6, "m", kM, false, kFree, 0},
    {"mm", "mm", kLength, 1e-3, "m", kM, false, kFree, 0},
    {"millimetre", "mm", kLength, 1e-3, "m", kM, false, kFree, 0},
    {"millimetres", "mm", kLength, 1e-3, "m", kM, false, kFree, 0},
    {"millimeter", "mm", kLength, 1e-3, "m", kM, false, kFree, 0},
    {"millimeters", "mm", kLength, 1e-3, "m", kM, false, kFree, 0},
    {"cm", "cm", kLength, 1e-2, "m", kM, false, kFree, 0},
    {"cms", "cm", kLength, 1e-2, "m", kM, false, kFree, 0},
    {"centimetre", "cm", kLength, 1e-2, "m", kM, false, kFree, 0},
    {"centimetres", "cm", kLength, 1e-2, "m", kM, false, kFree, 0},
    {"centimeter", "cm", kLength, 1e-2, "m", kM, false, kFree, 0},
    {"centimeters", "cm", kLength, 1e-2, "m", kM, false, kFree, 0},
    {"m", "m", kLength, 1, "m", kM, true, kAmb, 0},
    {"metre", "m", kLength, 1, "m", kM, false, kFree, 0},
    {"metres", "m", kLength, 1, "m", kM, false, kFree, 0},
    {"meter", "m", kLength, 1, "m", kM, false, kFree, 0},
    {"meters", "m", kLength, 1, "m", kM, false, kFree, 0},
    {"km", "km", kLength, 1e3, "m", kM, false, kFree, 0},
    {"kms", "km", kLength, 1e3, "m", kM, false, kFree, 0},
    {"kilometre", "km", kLength, 1e3, "m", kM, false, kFree, 0},
    {"kilometres", "km", kLength, 1e3, "m", kM, false, kFree, 0},
    {"kilometer", "km", kLength, 1e3, "m", kM, false, kFree, 0},
    {"kilometers", "km", kLength, 1e3, "m", kM, false, kFree, 0},
    {"in", "in", kLength, 0.0254, "m", kI, false, kAmb, 0},
    {"in.", "in", kLength, 0.0254, "m", kI, false, kAmb, 0},
    {"inch", "in", kLength, 0.0254, "m", kI, false, kFree, 0},
    {"inches", "in", kLength, 0.0254, "m", kI, false, kFree, 0},
    {"\"", "in", kLength, 0.0254, "m", kI, false, kAdj, 0},
    {"''", "in", kLength, 0.0254, "m", kI, false, kAdj, 0},
    {"\xE2\x80\xB3", "in", kLength, 0.0254, "m", kI, false, kAdj, 0},
    {"ft", "ft", kLength, 0.3048, "m", kI, false, kFree, 0},
    {"ft.", "ft", kLength, 0.3048, "m", kI, false, kFree, 0},
    {"foot", "ft", kLength, 0.3048, "m", kI, false, kFree, 0},
    {"feet", "ft", kLength, 0.3048, "m", kI, false, kFree, 0},
    {"'", "ft", kLength, 0.3048, "m", kI, false, kAdj, 0},
    {"\xE2\x80\xB2", "ft", kLength, 0.3048, "m", kI, false, kAdj, 0},
    {"yd", "yd", kLength, 0.9144, "m", kI, false, kFree, 0},
    {"yds", "yd", kLength, 0.9144, "m", kI, false, kFree, 0},
    {"yard", "yd", kLength, 0.9144, "m", kI, false, kFree, 0},
    {"yards", "yd", kLength, 0.9144, "m", kI, false, kFree, 0},
    {"mi", "mi", kLength, 1609.344, "m", kI, false, kFree, 0},
    {"mile", "mi", kLength, 1609.344, "m", kI, false, kFree, 0},
    {"miles", "mi", kLength, 1609.344, "m", kI, false, kFree, 0},
    {"nautical mile", "nmi", kLength, 1852, "m", kI, false, kFree, 0},
    {"nautical miles", "nmi", kLength, 1852, "m", kI, false, kFree, 0},
    {"light year", "light year", kLength, 9.4607304725808e15, "m", kN, false,
     kFree, 0},
    {"light years", "light year", kLength, 9.4607304725808e15, "m", kN, false,
     kFree, 0},
    {"light-years", "light year", kLength, 9.4607304725808e15, "m", kN, false,
     kFree, 0},
    // Area (base m2); square and cubic forms of lengths come from PowerUnits().
    {"hectare", "hectare", kArea, 1e4, "m2", kM, false, kFree, 0},
    {"hectares", "hectare", kArea, 1e4, "m2", kM, false, kFree, 0},
    {"ha", "hectare", kArea, 1e4, "m2", kM, false, kFree, 0},
    {"acre", "acre", kArea, 4046.8564224, "m2", kI, false, kFree, 0},
    {"acres", "acre", kArea, 4046.8564224, "m2", kI, false, kFree, 0},
    // Land measures of the Middle East, Egypt and Sudan: the dunum (1,000
    // square metres, also "dunam", "donum") and the feddan (4,200).
    {"dunum", "dunum", kArea, 1e3, "m2", kN, false, kFree, 0},
    {"dunums", "dunum", kArea, 1e3, "m2", kN, false, kFree, 0},
    {"dunam", "dunum", kArea, 1e3, "m2", kN, false, kFree, 0},
    {"dunams", "dunum", kArea, 1e3, "m2", kN, false, kFree, 0},
    {"donum", "dunum", kArea, 1e3, "m2", kN, false, kFree, 0},
    {"donums", "dunum", kArea, 1e3, "m2", kN, false, kFree, 0},
    {"feddan", "feddan", kArea, 4200, "m2", kN, false, kFree, 0},
    {"feddans", "feddan", kArea, 4200, "m2", kN, false, kFree, 0},
    // Volume (base l).
    {"ml", "ml", kVolume, 1e-3, "l", kM, false, kFree, 0},
    {"mls", "ml", kVolume, 1e-3, "l", kM, false, kFree, 0},
    {"millilitre", "ml", kVolume, 1e-3, "l", kM, false, kFree, 0},
    {"millilitres", "ml", kVolume, 1e-3, "l", kM, false, kFree, 0},
    {"milliliter", "ml", kVolume, 1e-3, "l", kM, false, kFree, 0},
    {"milliliters", "ml", kVolume, 1e-3, "l", kM, false, kFree, 0},
    {"cl", "centilitre", kVolume, 1e-2, "l", kM, false, kFree, 0},
    {"centilitre", "centilitre", kVolume, 1e-2, "l", kM, false, kFree, 0},
    {"centilitres", "centilitre", kVolume, 1e-2, "l", kM, false, kFree, 0},
    {"centiliter", "centilitre", kVolume, 1e-2, "l", kM, false, kFree, 0},
    {"centiliters", "centilitre", kVolume, 1e-2, "l", kM, false, kFree, 0},
    {"cc", "cc", kVolume, 1e-3, "l", kM, false, kFree, 0},
    {"l", "l", kVolume, 1, "l", kM, false, kAmb, 0},
    {"litre", "l", kVolume, 1, "l", kM, false, kFree, 0},
    {"litres", "l", kVolume, 1, "l", kM, false, kFree, 0},
    {"liter", "l", kVolume, 1, "l", kM, false, kFree, 0},
    {"liters", "l", kVolume, 1, "l", kM, false, kFree, 0},
    {"hl", "hectolitre", kVolume, 100, "l", kM, false, kFree, 0},
    {"hectolitre", "hectolitre", kVolume, 100, "l", kM, false, kFree, 0},
    {"hectolitres", "hectolitre", kVolume, 100, "l", kM, false, kFree, 0},
    {"hectoliter", "hectolitre", kVolume, 100, "l", kM, false, kFree, 0},
    {"hectoliters", "hectolitre", kVolume, 100, "l", kM, false, kFree, 0},
    // Water allocations and reservoirs: "240 megalitres", "450GL" ("ML"
    // stays millilitres: "750ML" bottles).
    {"kilolitre", "kilolitre", kVolume, 1e3, "l", kM, false, kFree, 0},
    {"kilolitres", "kilolitre", kVolume, 1e3, "l", kM, false, kFree, 0},
    {"kiloliter", "kilolitre", kVolume, 1e3, "l", kM, false, kFree, 0},
    {"kiloliters", "kilolitre", kVolume, 1e3, "l", kM, false, kFree, 0},
    {"megalitre", "megalitre", kVolume, 1e6, "l", kM, false, kFree, 0},
    {"megalitres", "megalitre", kVolume, 1e6, "l", kM, false, kFree, 0},
    {"megaliter", "megalitre", kVolume, 1e6, "l", kM, false, kFree, 0},
    {"megaliters", "megalitre", kVolume, 1e6, "l", kM, false, kFree, 0},
    {"gigalitre", "gigalitre", kVolume, 1e9, "l", kM, false, kFree, 0},
    {"gigalitres", "gigalitre", kVolume, 1e9, "l", kM, false, kFree, 0},
    {"gigaliter", "gigalitre", kVolume, 1e9, "l", kM, false, kFree, 0},
    {"gigaliters", "gigalitre", kVolume, 1e9, "l", kM, false, kFree, 0},
    {"GL", "gigalitre", kVolume, 1e9, "l", kM, true, kAdj, 0},
    {"gal", "gal", kVolume, 3.785411784, "l", kI, false, kFree, 0},
    {"gals", "gal", kVolume, 3.785411784, "l", kI, false, kFree, 0},
    {"gallon", "gal", kVolume, 3.785411784, "l", kI, false, kFree, 0},
    {"gallons", "gal", kVolume, 3.785411784, "l", kI, false, kFree, 0},
    // Water rights and reservoirs (US West): one acre covered one foot deep.
    {"acre-foot", "acre-ft", kVolume, 1233481.83754752, "l", kI, false, kFree,
     0},
    {"acre-feet", "acre-ft", kVolume, 1233481.83754752, "l", kI, false, kFree,
     0},
    {"acre foot", "acre-ft", kVolume, 1233481.83754752, "l", kI, false, kFree,
     0},
    {"acre feet", "acre-ft", kVolume, 1233481.83754752, "l", kI, false, kFree,
     0},
    {"pint", "pint", kVolume, 0.473176473, "l", kI, false, kFree, 0},
    {"pints", "pint", kVolume, 0.473176473, "l", kI, false, kFree, 0},
    {"quart", "quart", kVolume, 0.946352946, "l", kI, false, kFree, 0},
    {"quarts", "quart", kVolume, 0.946352946, "l", kI, false, kFree, 0},
    {"cup", "cup", kVolume, 0.2365882365, "l", kI, false, kFree, 0},
    {"cups", "cup", kVolume, 0.2365882365, "l", kI, false, kFree, 0},
    {"tbsp", "tablespoon", kVolume, 0.01478676478125, "l", kI, false, kFree, 0},
    {"tablespoon", "tablespoon", kVolume, 0.01478676478125, "l", kI, false,
     kFree, 0},
    {"tablespoons", "tablespoon", kVolume, 0.01478676478125, "l", kI, false,
     kFree, 0},
    {"tsp", "teaspoon", kVolume, 0.00492892159375, "l", kI, false, kFree, 0},
    {"teaspoon", "teaspoon", kVolume, 0.00492892159375, "l", kI, false, kFree,
     0},
    {"teaspoons", "teaspoon", kVolume, 0.00492892159375, "l", kI, false, kFree,
     0},
    {"fl oz", "fluid ounce", kVolume, 0.0295735295625, "l", kI, false, kFree,
     0},
    {"fl. oz.", "fluid ounce", kVolume, 0.0295735295625, "l", kI, false,
     kFree, 0},
    {"fl. oz", "fluid ounce", kVolume, 0.0295735295625, "l", kI, false, kFree,
     0},
    {"fluid ounce", "fluid ounce", kVolume, 0.0295735295625, "l", kI, false,
     kFree, 0},
    {"fluid ounces", "fluid ounce", kVolume, 0.0295735295625, "l", kI, false,
     kFree, 0},
    {"bushel", "bushel", kVolume, 35.23907016688, "l", kI, false, kFree, 0},
    {"bushels", "bushel", kVolume, 35.23907016688, "l", kI, false, kFree, 0},
    {"barrel", "barrel", kVolume, 158.987294928, "l", kI, false, kFree, 0},
    {"barrels", "barrel", kVolume, 158.987294928, "l", kI, false, kFree, 0},
    {"bbl", "barrel", kVolume, 158.987294928, "l", kI, false, kFree, 0},
    // Time (base s).
    {"second", "second", kDuration, 1, "s", kN, false, kAmb, 0},
    {"seconds", "second", kDuration, 1, "s", kN, false, kFree, 0},
    {"sec", "second", kDuration, 1, "s", kN, false, kFree, 0},
    {"secs", "second", kDuration, 1, "s", kN, false, kFree, 0},
    {"minute", "minute", kDuration, 60, "s", kN, false, kFree, 0},
    {"minutes", "minute", kDuration, 60, "s", kN, false, kFree, 0},
    {"min", "minute", kDuration, 60, "s", kN, false, kFree, 0},
    {"mins", "minute", kDuration, 60, "s", kN, false, kFree, 0},
    {"hour", "hour", kDuration, 3600, "s", kN, false, kFree, 0},
    {"hours", "hour", kDuration, 3600, "s", kN, false, kFree, 0},
    {"hr", "hour", kDuration, 3600, "s", kN, false, kFree, 0},
    {"hrs", "hour", kDuration, 3600, "s", kN, false, kFree, 0},
    {"h", "hour", kDuration, 3600, "s", kN, true, kAmb, 0},
    {"day", "day", kDuration, 86400, "s", kN, false, kFree, 0},
    {"days", "day", kDuration, 86400, "s", kN, false, kFree, 0},
    {"week", "week", kDuration, 604800, "s", kN, false, kFree, 0},
    {"weeks", "week", kDuration, 604800, "s", kN, false, kFree, 0},
    {"fortnight", "fortnight", kDuration, 1209600, "s", kN, false, kFree, 0},
    {"fortnights", "fortnight", kDuration, 1209600, "s", kN, false, kFree, 0},
    // Stays and sporting or fishing seasons, normalized in their own unit: a
    // season has no fixed length, and a night of a stay is not 24 hours.
    {"night", "night", kDuration, 1, "night", kN, false, kFree, 0},
    {"nights", "night", kDuration, 1, "night", kN, false, kFree, 0},
    {"season", "season", kDuration, 1, "season", kN, false, kFree, 0},
    {"seasons", "season", kDuration, 1, "season", kN, false, kFree, 0},
    // Seasons of the year counted, each one a year ("three summers", "two
    // winters"); plurals only, and not "springs" or "falls" (water).
    {"summers", "year", kDuration, 31556952, "s", kN, false, kFree, 0},
    {"winters", "year", kDuration, 31556952, "s", kN, false, kFree, 0},
    {"autumns", "year", kDuration, 31556952, "s", kN, false, kFree, 0},
    {"month", "month", kDuration, 2629746, "s", kN, false, kFree, 0},
    {"months", "month", kDuration, 2629746, "s", kN, false, kFree, 0},
    {"year", "year", kDuration, 31556952, "s", kN, false, kFree, 0},
    {"years", "year", kDuration, 31556952, "s", kN, false, kFree, 0},
    {"yr", "year", kDuration, 31556952, "s", kN, false, kFree, 0},
    {"yrs", "year", kDuration, 31556952, "s", kN, false, kFree, 0},
    {"decade", "decade", kDuration, 315569520, "s", kN, false, kFree, 0},
    {"decades", "decade", kDuration, 315569520, "s", kN, false, kFree, 0},
    {"Ma", "megayear", kDuration, 31556952e6, "s", kN, true, kAmb, 0},
    {"megaannum", "megayear", kDuration, 31556952e6, "s", kN, false, kFree, 0},
    {"Ga", "gigayear", kDuration, 31556952e9, "s", kN, true, kAmb, 0},
    {"gigaannum", "gigayear", kDuration, 31556952e9, "s", kN, false, kFree, 0},
    {"century", "century", kDuration, 3155695200, "s", kN, false, kFree, 0},
    {"centuries", "century", kDuration, 3155695200, "s", kN, false, kFree, 0},
    // Speed (base m/s), named like the composed rates ("litre per
    // kilometre").
    {"km/h", "kilometre per hour", kSpeed, 1 / 3.6, "m/s", kM, false, kFree, 0},
    {"km/hr", "kilometre per hour", kSpeed, 1 / 3.6, "m/s", kM, false, kFree,
     0},
    {"kmh", "kilometre per hour", kSpeed, 1 / 3.6, "m/s", kM, false, kFree, 0},
    {"kph", "kilometre per hour", kSpeed, 1 / 3.6, "m/s", kM, false, kFree, 0},
    {"km per hour", "kilometre per hour", kSpeed, 1 / 3.6, "m/s", kM, false,
     kFree, 0},
    {"km an hour", "kilometre per hour", kSpeed, 1 / 3.6, "m/s", kM, false,
     kFree, 0},
    {"kilometres per hour", "kilometre per hour", kSpeed, 1 / 3.6, "m/s", kM,
     false, kFree, 0},
    {"kilometers per hour", "kilometre per hour", kSpeed, 1 / 3.6, "m/s", kM,
     false, kFree, 0},
    {"kilometres an hour", "kilometre per hour", kSpeed, 1 / 3.6, "m/s", kM,
     false, kFree, 0},
    {"kilometers an hour", "kilometre per hour", kSpeed, 1 / 3.6, "m/s", kM,
     false, kFree, 0},
    {"mph", "mile per hour", kSpeed, 0.44704, "m/s", kI, false, kFree, 0},
    {"miles per hour", "mile per hour", kSpeed, 0.44704, "m/s", kI, false,
     kFree, 0},
    {"miles an hour", "mile per hour", kSpeed, 0.44704, "m/s", kI, false, kFree,
     0},
    {"m/s", "metre per second", kSpeed, 1, "m/s", kM, false, kFree, 0},
    {"metres per second", "metre per second", kSpeed, 1, "m/s", kM, false,
     kFree, 0},
    {"meters per second", "metre per second", kSpeed, 1, "m/s", kM, false,
     kFree, 0},
    {"knot", "knot", kSpeed, 0.514444, "m/s", kI, false, kFree, 0},
    {"knots", "knot", kSpeed, 0.514444, "m/s", kI, false, kFree, 0},
    // Temperature (base celsius).
    {"\xC2\xB0"
     "c",
     "celsius", kTemperature, 1, "celsius", kM, false, kFree, 0},
    {"\xC2\xBA"
     "c",
     "celsius", kTemperature, 1, "celsius", kM, false, kFree, 0},
    {"degrees celsius", "celsius", kTemperature, 1, "celsius", kM, false, kFree,
     0},
    {"degree celsius", "celsius", kTemperature, 1, "celsius", kM, false, kFree,
     0},
    {"degrees centigrade", "celsius", kTemperature, 1, "celsius", kM, false,
     kFree, 0},
    {"degrees c", "celsius", kTemperature, 1, "celsius", kM, false, kFree, 0},
    {"celsius", "celsius", kTemperature, 1, "celsius", kM, false, kFree, 0},
    {"C", "celsius", kTemperature, 1, "celsius", kM, true, kAmb, 0},
    {"\xC2\xB0"
     "f",
     "fahrenheit", kTemperature, 5.0 / 9, "celsius", kI, false, kFree,
     -160.0 / 9},
    {"\xC2\xBA"
     "f",
     "fahrenheit", kTemperature, 5.0 / 9, "celsius", kI, false, kFree,
     -160.0 / 9},
    {"degrees fahrenheit", "fahrenheit", kTemperature, 5.0 / 9, "celsius", kI,
     false, kFree, -160.0 / 9},
    {"degree fahrenheit", "fahrenheit", kTemperature, 5.0 / 9, "celsius", kI,
     false, kFree, -160.0 / 9},
    {"degrees f", "fahrenheit", kTemperature, 5.0 / 9, "celsius", kI, false,
     kFree, -160.0 / 9},
    {"fahrenheit", "fahrenheit", kTemperature, 5.0 / 9, "celsius", kI, false,
     kFree, -160.0 / 9},
    {"F", "fahrenheit", kTemperature, 5.0 / 9, "celsius", kI, true, kAmb,
     -160.0 / 9},
    {"kelvin", "kelvin", kTemperature, 1, "celsius", kM, false, kFree, -273.15},
    // "573.15K": only where the sentence speaks of temperature (otherwise a
    // thousand, see number_parser.cc).
    {"K", "kelvin", kTemperature, 1, "celsius", kM, true, kAdj, -273.15},
    {"kelvins", "kelvin", kTemperature, 1, "celsius", kM, false, kFree,
     -273.15},
    // "37 ° celsius", "70 º Fahrenheit": the sign set apart from the number.
    {"\xC2\xB0 celsius", "celsius", kTemperature, 1, "celsius", kM, false,
     kFree, 0},
    {"\xC2\xBA celsius", "celsius", kTemperature, 1, "celsius", kM, false,
     kFree, 0},
    {"\xC2\xB0 centigrade", "celsius", kTemperature, 1, "celsius", kM, false,
     kFree, 0},
    {"\xC2\xB0 fahrenheit", "fahrenheit", kTemperature, 5.0 / 9, "celsius",
     kI, false, kFree, -160.0 / 9},
    {"\xC2\xBA fahrenheit", "fahrenheit", kTemperature, 5.0 / 9, "celsius",
     kI, false, kFree, -160.0 / 9},
    {"deg c", "celsius", kTemperature, 1, "celsius", kM, false, kFree, 0},
    {"deg f", "fahrenheit", kTemperature, 5.0 / 9, "celsius", kI, false, kFree,
     -160.0 / 9},
    {"deg", "degree", kTemperature, 1, "degree", kN, false, kFree, 0},
    {"deg.", "degree", kTemperature, 1, "degree", kN, false, kFree, 0},
    {"degs", "degree", kTemperature, 1, "degree", kN, false, kFree, 0},
    {"\xC2\xB0", "degree", kTemperature, 1, "degree", kN, false, kAdj, 0},
    {"\xC2\xBA", "degree", kTemperature, 1, "degree", kN, false, kAdj, 0},
    {"degrees", "degree", kTemperature, 1, "degree", kN, false, kFree, 0},
    {"degree", "degree", kTemperature, 1, "degree", kN, false, kFree, 0},
    // Percent.
    {"%", "percent", kPercent, 1, "percent", kN, false, kFree, 0},
    {"percent", "percent", kPercent, 1, "percent", kN, false, kFree, 0},
    {"per cent", "percent", kPercent, 1, "percent", kN, false, kFree, 0},
    {"per-cent", "percent", kPercent, 1, "percent", kN, false, kFree, 0},
    {"pct", "percent", kPercent, 1, "percent", kN, false, kFree, 0},
    // British business pages: "rose 9pc".
    {"pc", "percent", kPercent, 1, "percent", kN, true, kAdj, 0},
    {"percentage point", "percentage point", kPercent, 1, "percentage point",
     kN, false, kFree, 0},
    {"percentage points", "percentage point", kPercent, 1, "percentage point",
     kN, false, kFree, 0},
    {"basis points", "basis point", kPercent, 0.01, "percentage point", kN,
     false, kFree, 0},
    {"basis-point", "basis point", kPercent, 0.01, "percentage point", kN,
     false, kFree, 0},
    {"basis point", "basis point", kPercent, 0.01, "percentage point", kN,
     false, kFree, 0},
    {"bps", "basis point", kPercent, 0.01, "percentage point", kN, false, kFree,
     0},
    // A property tax rate: a dollar per $1,000 of assessed value ("a 2.8-mill
    // levy"), OTHER as it is not written in percent (normalized, a tenth of
    // one). Only against the number, as "two mills" are factories.
    {"mill", "mill", kOther, 0.1, "percent", kN, false, kAdj, 0},
    {"mills", "mill", kOther, 0.1, "percent", kN, false, kAdj, 0},
    {"\xE2\x80\xB0", "per mille", kPercent, 0.1, "percent", kN, false, kFree,
     0},
    // Sound levels: a logarithmic scale, so normalized in its own unit ("a
    // limit of 45 decibels at night", "85 dB").
    {"decibel", "decibel", kOther, 1, "decibel", kN, false, kFree, 0},
    {"decibels", "decibel", kOther, 1, "decibel", kN, false, kFree, 0},
    {"dB", "decibel", kOther, 1, "decibel", kN, true, kFree, 0},
    {"dBA", "decibel", kOther, 1, "decibel", kN, true, kFree, 0},
    // Energy, power, data, frequency and other units seen in news copy.
    {"W", "watt", kOther, 1, "watt", kM, true, kAmb, 0},
    {"watt", "watt", kOther, 1, "watt", kM, false, kFree, 0},
    {"watts", "watt", kOther, 1, "watt", kM, false, kFree, 0},
    {"kW", "kilowatt", kOther, 1e3, "watt", kM, true, kFree, 0},
    {"kilowatt", "kilowatt", kOther, 1e3, "watt", kM, false, kFree, 0},
    {"kilowatts", "kilowatt", kOther, 1e3, "watt", kM, false, kFree, 0},
    {"MW", "megawatt", kOther, 1e6, "watt", kM, true, kFree, 0},
    {"megawatt", "megawatt", kOther, 1e6, "watt", kM, false, kFree, 0},
    {"megawatts", "megawatt", kOther, 1e6, "watt", kM, false, kFree, 0},
    {"GW", "gigawatt", kOther, 1e9, "watt", kM, true, kFree, 0},
    {"gigawatt", "gigawatt", kOther, 1e9, "watt", kM, false, kFree, 0},
    {"gigawatts", "gigawatt", kOther, 1e9, "watt", kM, false, kFree, 0},
    {"terawatt", "terawatt", kOther, 1e12, "watt", kM, false, kFree, 0},
    {"terawatts", "terawatt", kOther, 1e12, "watt", kM, false, kFree, 0},
    {"Wh", "watt hour", kOther, 3600, "joule", kM, true, kFree, 0},
    {"kWh", "kilowatt hour", kOther, 3.6e6, "joule", kM, false, kFree, 0},
    {"kilowatt hours", "kilowatt hour", kOther, 3.6e6, "joule", kM, false,
     kFree, 0},
    {"kilowatt-hours", "kilowatt hour", kOther, 3.6e6, "joule", kM, false,
     kFree, 0},
    {"MWh", "megawatt hour", kOther, 3.6e9, "joule", kM, false, kFree, 0},
    {"megawatt hours", "megawatt hour", kOther, 3.6e9, "joule", kM, false,
     kFree, 0},
    {"GWh", "gigawatt hour", kOther, 3.6e12, "joule", kM, false, kFree, 0},
    {"TWh", "terawatt hour", kOther, 3.6e15, "joule", kM, false, kFree, 0},
    // The spelled-out energy units, singular and plural, spaced or hyphenated
    // ("a 2,000-megawatt-hour battery", "40 gigawatt-hours").
    {"kilowatt hour", "kilowatt hour", kOther, 3.6e6, "joule", kM, false,
     kFree, 0},
    {"kilowatt-hour", "kilowatt hour", kOther, 3.6e6, "joule", kM, false,
     kFree, 0},
    {"megawatt hour", "megawatt hour", kOther, 3.6e9, "joule", kM, false,
     kFree, 0},
    {"megawatt-hour", "megawatt hour", kOther, 3.6e9, "joule", kM, false,
     kFree, 0},
    {"megawatt-hours", "megawatt hour", kOther, 3.6e9, "joule", kM, false,
     kFree, 0},
    {"gigawatt hour", "gigawatt hour", kOther, 3.6e12, "joule", kM, false,
     kFree, 0},
    {"gigawatt hours", "gigawatt hour", kOther, 3.6e12, "joule", kM, false,
     kFree, 0},
    {"gigawatt-hour", "gigawatt hour", kOther, 3.6e12, "joule", kM, false,
     kFree, 0},
    {"gigawatt-hours", "gigawatt hour", kOther, 3.6e12, "joule", kM, false,
     kFree, 0},
    {"terawatt hour", "terawatt hour", kOther, 3.6e15, "joule", kM, false,
     kFree, 0},
    {"terawatt hours", "terawatt hour", kOther, 3.6e15, "joule", kM, false,
     kFree, 0},
    {"terawatt-hour", "terawatt hour", kOther, 3.6e15, "joule", kM, false,
     kFree, 0},
    {"terawatt-hours", "terawatt hour", kOther, 3.6e15, "joule", kM, false,
     kFree, 0},
    // Electric potential ("a 400 kV line", "240 volts", "11-kilovolt cables").
    {"V", "volt", kOther, 1, "volt", kM, true, kAmb, 0},
    {"volt", "volt", kOther, 1, "volt", kM, false, kFree, 0},
    {"volts", "volt", kOther, 1, "volt", kM, false, kFree, 0},
    {"kV", "kilovolt", kOther, 1e3, "volt", kM, true, kFree, 0},
    {"kilovolt", "kilovolt", kOther, 1e3, "volt", kM, false, kFree, 0},
    {"kilovolts", "kilovolt", kOther, 1e3, "volt", kM, false, kFree, 0},
    {"joule", "joule", kOther, 1, "joule", kM, false, kFree, 0},
    {"joules", "joule", kOther, 1, "joule", kM, false, kFree, 0},
    {"J", "joule", kOther, 1, "joule", kM, true, kAmb, 0},
    {"eV", "electronvolt", kOther, 1.602176634e-19, "joule", kM, true, kFree,
     0},
    {"keV", "kiloelectronvolt", kOther, 1.602176634e-16, "joule", kM, true,
     kFree, 0},
    {"MeV", "megaelectronvolt", kOther, 1.602176634e-13, "joule", kM, true,
     kFree, 0},
    {"GeV", "gigaelectronvolt", kOther, 1.602176634e-10, "joule", kM, true,
     kFree, 0},
    {"TeV", "teraelectronvolt", kOther, 1.602176634e-7, "joule", kM, true,
     kFree, 0},
    {"calorie", "calorie", kOther, 4.184, "joule", kN, false, kFree, 0},
    {"calories", "calorie", kOther, 4.184, "joule", kN, false, kFree, 0},
    {"kcal", "kilocalorie", kOther, 4184, "joule", kN, false, kFree, 0},
    {"british thermal unit", "british thermal unit", kOther, 1055.06, "joule",
     kI, false, kFree, 0},
    {"british thermal units", "british thermal unit", kOther, 1055.06, "joule",
     kI, false, kFree, 0},
    {"btu", "british thermal unit", kOther, 1055.06, "joule", kI, false, kFree,
     0},
    {"horsepower", "horsepower", kOther, 745.7, "watt", kI, false, kFree, 0},
    {"hp", "horsepower", kOther, 745.7, "watt", kI, false, kFree, 0},
    {"Hz", "hertz", kOther, 1, "hertz", kM, true, kFree, 0},
    {"hertz", "hertz", kOther, 1, "hertz", kM, false, kFree, 0},
    {"kHz", "kilohertz", kOther, 1e3, "hertz", kM, false, kFree, 0},
    {"MHz", "megahertz", kOther, 1e6, "hertz", kM, false, kFree, 0},
    {"GHz", "gigahertz", kOther, 1e9, "hertz", kM, false, kFree, 0},
    {"b", "bit", kOther, 1, "bit", kN, true, kAmb, 0},
    {"bit", "bit", kOther, 1, "bit", kN, false, kFree, 0},
    {"bits", "bit", kOther, 1, "bit", kN, false, kFree, 0},
    {"kb", "kilobit", kOther, 1e3, "bit", kN, true, kFree, 0},
    {"byte", "byte", kOther, 8, "bit", kN, false, kFree, 0},
    {"bytes", "byte", kOther, 8, "bit", kN, false, kFree, 0},
    {"KB", "kilobyte", kOther, 8e3, "bit", kN, true, kFree, 0},
    {"kB", "kilobyte", kOther, 8e3, "bit", kN, true, kFree, 0},
    {"kilobyte", "kilobyte", kOther, 8e3, "bit", kN, false, kFree, 0},
    {"kilobytes", "kilobyte", kOther, 8e3, "bit", kN, false, kFree, 0},
    {"MB", "megabyte", kOther, 8e6, "bit", kN, true, kFree, 0},
    {"megabyte", "megabyte", kOther, 8e6, "bit", kN, false, kFree, 0},
    {"megabytes", "megabyte", kOther, 8e6, "bit", kN, false, kFree, 0},
    {"GB", "gigabyte", kOther, 8e9, "bit", kN, true, kFree, 0},
    {"gigabyte", "gigabyte", kOther, 8e9, "bit", kN, false, kFree, 0},
    {"gigabytes", "gigabyte", kOther, 8e9, "bit", kN, false, kFree, 0},
    {"TB", "terabyte", kOther, 8e12, "bit", kN, true, kFree, 0},
    {"terabyte", "terabyte", kOther, 8e12, "bit", kN, false, kFree, 0},
    {"terabytes", "terabyte", kOther, 8e12, "bit", kN, false, kFree, 0},
    {"petabyte", "petabyte", kOther, 8e15, "bit", kN, false, kFree, 0},
    {"petabytes", "petabyte", kOther, 8e15, "bit", kN, false, kFree, 0},
    {"exabyte", "exabyte", kOther, 8e18, "bit", kN, false, kFree, 0},
    {"exabytes", "exabyte", kOther, 8e18, "bit", kN, false, kFree, 0},
    {"kibibyte", "kibibyte", kOther, 8192, "bit", kN, false, kFree, 0},
    {"kibibytes", "kibibyte", kOther, 8192, "bit", kN, false, kFree, 0},
    {"Gy", "gray", kOther, 1, "gray", kM, true, kFree, 0},
    {"mGy", "milligray", kOther, 1e-3, "gray", kM, true, kFree, 0},
    {"mSv", "millisievert", kOther, 1e-3, "sievert", kM, true, kFree, 0},
    {"tpd", "ton per day", kOther, 1, "ton per day", kN, false, kFree, 0},
    // Squared seconds, for accelerations written as rates ("9.8 m/s2").
    {"s2", "square second", kOther, 1, "s2", kN, true, kAdj, 0},
    {"s\xC2\xB2", "square second", kOther, 1, "s2", kN, true, kAdj, 0},
    {"s^2", "square second", kOther, 1, "s2", kN, true, kAdj, 0},
    {"m/s2", "metre per square second", kOther, 1, "m/s2", kM, false, kFree, 0},
    {"m/s\xC2\xB2", "metre per square second", kOther, 1, "m/s2", kM, false,
     kFree, 0},
    {"m/s^2", "metre per square second", kOther, 1, "m/s2", kM, false, kFree,
     0},
    // Concentrations ("419 parts per million").
    {"ppm", "part per million", kOther, 1, "part per million", kN, false, kFree,
     0},
    {"parts per million", "part per million", kOther, 1, "part per million", kN,
     false, kFree, 0},
    {"ppb", "part per billion", kOther, 1e-3, "part per million", kN, false,
     kFree, 0},
    {"parts per billion", "part per billion", kOther, 1e-3, "part per million",
     kN, false, kFree, 0},
    // An earthquake's size ("a 7.8 magnitude quake", "magnitude 7.8").
    {"magnitude", "magnitude", kOther, 1, "magnitude", kN, false, kFree, 0},
};

constexpr PowerUnitEntry kPowerUnits[] = {
    {"km", "square kilometre", "cubic kilometre", 1e3, kM},
    {"kms", "square kilometre", "cubic kilometre", 1e3, kM},
    {"kilometre", "square kilometre", "cubic kilometre", 1e3, kM},
    {"kilometres", "square kilometre", "cubic kilometre", 1e3, kM},
    {"kilometer", "square kilometre", "cubic kilometre", 1e3, kM},
    {"kilometers", "square kilometre", "cubic kilometre", 1e3, kM},
    {"m", "square metre", "cubic metre", 1, kM},
    {"metre", "square metre", "cubic metre", 1, kM},
    {"metres", "square metre", "cubic metre", 1, kM},
    {"meter", "square metre", "cubic metre", 1, kM},
    {"meters", "square metre", "cubic metre", 1, kM},
    {"cm", "square centimetre", "cubic centimetre", 1e-2, kM},
    {"centimetre", "square centimetre", "cubic centimetre", 1e-2, kM},
    {"centimetres", "square centimetre", "cubic centimetre", 1e-2, kM},
    {"centimeter", "square centimetre", "cubic centimetre", 1e-2, kM},
    {"centimeters", "square centimetre", "cubic centimetre", 1e-2, kM},
    {"mm", "square millimetre", "cubic millimetre", 1e-3, kM},
    {"mi", "square mile", "cubic mile", 1609.344, kI},
    {"mile", "square mile", "cubic mile", 1609.344, kI},
    {"miles", "square mile", "cubic mile", 1609.344, kI},
    {"ft", "square foot", "cubic foot", 0.3048, kI},
    {"foot", "square foot", "cubic foot", 0.3048, kI},
    {"feet", "square foot", "cubic foot", 0.3048, kI},
    {"yd", "square yard", "cubic yard", 0.9144, kI},
    {"yard", "square yard", "cubic yard", 0.9144, kI},
    {"yards", "square yard", "cubic yard", 0.9144, kI},
    {"in", "square inch", "cubic inch", 0.0254, kI},
    {"inch", "square inch", "cubic inch", 0.0254, kI},
    {"inches", "square inch", "cubic inch", 0.0254, kI},
};

// Unit codes that are symbols, and their names.
struct UnitName {
  const char* code;
  const char* name;
};

constexpr UnitName kUnitNames[] = {
    {"mg", "milligram"}, {"mcg", "microgram"}, {"g", "gram"},
    {"kg", "kilogram"},  {"lb", "pound"},      {"km", "kilometre"},
    {"m", "metre"},      {"cm", "centimetre"}, {"mm", "millimetre"},
    {"mi", "mile"},      {"ft", "foot"},       {"in", "inch"},
    {"yd", "yard"},      {"l", "litre"},       {"ml", "millilitre"},
    {"gal", "gallon"},
};

// Unit codes of bulk or time whose plural also counts things: cups served,
// nights stayed, seasons played ("dozens of cups of tea" counts cups).
constexpr absl::string_view kCountedUnitCodes[] = {"cup", "night", "season"};

// Prepositions before a singular "km"/"mile" and a number that make it a
// post along a road or river ("at kilometre 38", "past mile 19").
constexpr absl::string_view kPostPrepositions[] = {"at", "to", "from",
                                                   "near", "past"};

// Words before a unit that make it one of many, not a post ("every mile",
// "each km", "per kilometre", "a mile").
constexpr absl::string_view kEachUnitWords[] = {"every", "each", "per", "a",
                                                "an"};

// Words that make a sentence about votes, seats, polls, ratings, rates or
// shares, so that its bare "points" are percentage points ("won the seat by six
// or seven points", "the poll gives her a lead of 4 points", "the jobless rate
// fell 0.3 points"). "share" only in the singular: "shares" are stock.
constexpr absl::string_view kPercentagePointCues[] = {
    "poll",         "polls",         "polling",     "pollster", "pollsters",
    "survey",       "surveys",       "vote",        "votes",    "voter",
    "voters",       "voting",        "ballot",      "ballots",  "election",
    "elections",    "electorate",    "caucus",      "caucuses", "approval",
    "rating",       "ratings",       "share",       "favorability",
    "favourability"};

// Words that make points percentage points only in their own clause, as they
// are common outside polls too: "the jobless rate fell 0.4 points", "held
// the seat by six points"; not "filled all 50,000 seats as the Chiefs won by
// 14 points" or "fell 40 points, though the interest rate held".
constexpr absl::string_view kClausePointCues[] = {"rate", "seat", "seats",
                                                  "primary"};

// Clause cues that are also adjectives: before a noun they modify it and
// name no contest ("the primary school team won by 20 points").
constexpr absl::string_view kAdjectivalPointCues[] = {"primary"};

// Nouns of a margin or a move that a hyphened "N-point" measures in
// percentage points in a sentence about votes or polls ("a 16-point lead",
// "a 9-point swing", "a four-point dip");
// a plan, a scale or a programme counts its points instead.
constexpr absl::string_view kPointMarginNouns[] = {
    "lead",    "margin",  "swing",   "gap",  "deficit", "advantage",
    "edge",    "loss",    "defeat",  "victory", "win",  "increase",
    "rise",    "gain",    "jump",    "drop", "dip",     "decline",
    "fall",    "slide",   "bounce",  "boost"};

// Words opening another clause, past which a percentage-point cue no longer
// governs the points ("filled all 50,000 seats as the Chiefs won by 14
// points", "fell 40 points, though the interest rate held").
constexpr absl::string_view kPointClauseBreaks[] = {
    "as", "but", "though", "although", "while", "whereas", "because"};

// Words naming a stock index, whose points are no percentage points ("the
// Dow fell 24 points as rates rose").
constexpr absl::string_view kIndexPointWords[] = {
    "index",  "indices", "indexes", "dow",   "ftse",  "nasdaq", "nikkei",
    "sensex", "dax",     "cac",     "stoxx", "kospi", "hang",   "asx"};

// Adjectives between a number and a unit of time ("nine straight days").
constexpr absl::string_view kRunAdjectives[] = {
    "straight", "consecutive", "successive", "full",
    "more",     "further",     "extra",      "whole",
    // the kind of calendar the period keeps ("two academic years", "five
    // working days", "three fiscal quarters")
    "academic", "financial",   "fiscal",     "calendar",
    "working",  "business"};

// Nouns of an earthquake, whose decimal before them is its magnitude.
constexpr absl::string_view kQuakeNouns[] = {
    "quake",   "quakes",  "earthquake", "earthquakes",
    "tremor",  "tremors", "aftershock", "aftershocks"};

// Units of time restated in a finer unit (RestatedUnit).
constexpr UnitRestatement kRestatedUnits[] = {
    {"decade", "year", 10, false},
    {"century", "year", 100, false},
    {"hour", "minute", 60, true},
};

}  // namespace

const UnitRestatement* RestatedUnit(absl::string_view code) {
  for (const UnitRestatement& r : kRestatedUnits) {
    if (code == r.unit) return &r;
  }
  return nullptr;
}

absl::string_view LongUnitName(absl::string_view code) {
  for (const UnitName& n : kUnitNames) {
    if (code == n.code) return n.name;
  }
  return code;
}

bool IsRatePreposition(absl::string_view word) { return word == "per"; }

bool IsPostUnit(absl::string_view code) { return code == "km" || code == "mi"; }

bool IsPostPreposition(absl::string_view word) {
  for (const absl::string_view w : kPostPrepositions) {
    if (w == word) return true;
  }
  return false;
}

bool IsPercentagePointCue(absl::string_view word) {
  for (const absl::string_view w : kPercentagePointCues) {
    if (w == word) return true;
  }
  return false;
}

bool IsClausePointCue(absl::string_view word) {
  for (const absl::string_view w : kClausePointCues) {
    if (w == word) return true;
  }
  return false;
}

bool IsAdjectivalPointCue(absl::string_view word) {
  for (const absl::string_view w : kAdjectivalPointCues) {
    if (w == word) return true;
  }
  return false;
}

bool IsPointMarginNoun(absl::string_view word) {
  for (const absl::string_view w : kPointMarginNouns) {
    if (w == word) return true;
  }
  return false;
}

bool IsPointClauseBreak(absl::string_view word) {
  for (const absl::string_view w : kPointClauseBreaks) {
    if (w == word) return true;
  }
  return false;
}

bool IsIndexPointWord(absl::string_view word) {
  for (const absl::string_view w : kIndexPointWords) {
    if (w == word) return true;
  }
  return false;
}

bool IsEachUnitWord(absl::string_view word) {
  for (const absl::string_view w : kEachUnitWords) {
    if (w == word) return true;
  }
  return false;
}

bool IsRunAdjective(absl::string_view word) {
  for (const absl::string_view w : kRunAdjectives) {
    if (w == word) return true;
  }
  return false;
}

bool IsQuakeNoun(absl::string_view word) {
  for (const absl::string_view w : kQuakeNouns) {
    if (w == word) return true;
  }
  return false;
}

bool IsBulkOrTimeUnit(const UnitEntry& unit) {
  using factwire::v1::Dimension;
  const Dimension d = unit.dimension;
  if (d != Dimension::DIMENSION_MASS && d != Dimension::DIMENSION_LENGTH &&
      d != Dimension::DIMENSION_AREA && d != Dimension::DIMENSION_VOLUME &&
      d != Dimension::DIMENSION_DURATION) {
    return false;
  }
  for (const absl::string_view code : kCountedUnitCodes) {
    if (code == unit.unit) return false;
  }
  return true;
}

absl::Span<const UnitEntry> Units() { return kUnits; }

absl::Span<const PowerUnitEntry> PowerUnits() { return kPowerUnits; }

}  // namespace lexicon
}  // namespace factwire
