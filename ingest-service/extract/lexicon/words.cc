// Word classes used by the extractor: titles, honorifics, organisation words,
// countries, pronouns, speaking nouns, abbreviations and function words. One list
// per class, lowercase.
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "ingest-service/extract/lexicon/lexicon.h"
#include "ingest-service/extract/lexicon/affiliation_words.h"
#include "ingest-service/extract/lexicon/word_set.h"

namespace factwire {
namespace {

struct ClassList {
  uint32_t classes;
  const char* words;  // space-separated
};

constexpr ClassList kLists[] = {
    {kTitle,
     "president vice prime minister premier chancellor secretary senator sen. "
     "representative rep. congressman congresswoman governor gov. lt. lt mayor "
     "ambassador judge justice general gen. admiral adm. colonel col. captain capt. "
     "commander cmdr. lieutenant major maj. sergeant sgt. corporal cpl. constable const. "
     "cst. officer inspector insp. superintendent supt. chief commissioner director "
     "dr. dr professor prof. prof rev. reverend "
     // Professional honorifics before a name ("Eng. Samir Haddad", "Arch. Lina
     // Farouk", "Engr. Jose Reyes").
     "eng. engr. arch. pope king queen prince princess sheikh "
     "ceo chairman chairwoman chair spokesman spokeswoman spokesperson "
     "minister-president "
     "attorney sheriff deputy detective det. pvt. private cardinal archbishop bishop "
     "rabbi imam "
     // Heads of local councils in South Asia ("Sarpanch Ravi Naik", "Mukhiya").
     "sarpanch mukhiya "
     "speaker leader whip councillor councilman councilwoman councilmember alderman treasurer "
     "foreign interior defence defense finance health justice trade home economy "
     "director-general secretary-general attorney-general lieutenant-governor "
     // The offices named "<office>-General" ("Auditor-General Jane Roe",
     // "Solicitor-General", "Registrar-General").
     "auditor-general solicitor-general inspector-general comptroller-general "
     "accountant-general surveyor-general registrar-general postmaster-general "
     "paymaster-general governor-general adjutant-general quartermaster-general "
     "receiver-general controller-general procurator-general advocate-general "
     "judge-advocate-general vicar-general "
     "editor-in-chief commander-in-chief vice-president vice-chair co-chair "
     "cllr cllr. coun. prosecutor coach counsel barrister solicitor magistrate "
     "administrator "
     // Legal, religious and military titles written before a name ("Advocate
     // Lineo Mosala", "Vicar Ruth Obi", "Brigadier Tom Ashe", "Fr. Luis Paz").
     "advocate notary registrar vicar deacon fr. mufti ayatollah "
     "brigadier brig. marshal commodore "
     // Local offices ("County Clerk Rosa Whitby", "Maricopa County Recorder",
     // "County Supervisor Joel Anderson").
     "clerk recorder assessor comptroller controller auditor supervisor "
     // Members of parliaments before a name ("Labour MP Judith Carrow").
     "mp mep msp mla "
     // Sports roles before a name ("Substitute Luca Fenwick", "striker Jo Ames").
     "substitute striker goalkeeper defender midfielder winger manager boss"},
    {kTitleModifier,
     "former acting deputy interim then-president outgoing incoming "
     "then late assistant associate senior vice co-founder executive republican "
     // Adjectives that stand before a party and a title ("Presumptive Democratic
     // nominee", "Longtime Republican strategist").
     "presumptive prospective likely longtime embattled incumbent veteran "
     "democratic democrat gop conservative liberal progressive independent "
     "presidential american mexican canadian chinese british french german "
     "russian israeli iranian iraqi syrian turkish ukrainian european "
     // The domain of a C-suite title ("Chief Financial Officer Hannah Vogt",
     // "Chief Scientific Officer", "Chief Operating Officer").
     "financial operating scientific technology marketing investment information "
     "commercial digital "
     // -ing words that stand inside titles ("managing director", "presiding
     // judge", "commanding officer").
     "managing presiding commanding supervising founding"},
    {kHonorific, "mr. mrs. ms. miss mr mrs ms mx. sir dame lord lady"},
    {kOrgWord,
     "police department ministry council agency administration commission committee "
     "centers "
     "party university college institute institution association bank court house "
     "office service services force bureau inc. inc corp. corp company co. ltd. ltd "
     "group times news post journal reuters press network foundation center centre "
     "organization organisation union federation board authority agency's fund "
     "corporation industries airlines laboratories labs army navy guard senate "
     "congress parliament cabinet government administration's "
     "school hospital clinic church club league caucus coalition campaign "
     "commission's council's department's ministry's fbi cia dea rcmp nato "
     "cnn bbc nbc abc cbs msnbc npr afp gop nasa cdc fda epa irs nsa "
     "pentagon kremlin whitehall treasury society trust charity alliance chamber tribunal "
     "secretariat directorate nations europol interpol forum guild "
     // Heads of airport operators' names ("Chitose Skyport said").
     "skyport airport "
     // Bodies that run a programme and bear its name ("World Food Programme said").
     "programme program "
     // Farmers' and members' cooperatives ("Tokachi Dairy Cooperative said").
     "cooperative co-operative co-op "
     // Local councils of South Asia ("Kolva Panchayat", "Margao Municipality").
     "panchayat municipality"},
    {kCountry,
     "mexico canada china u.s. usa america united states britain uk u.k. england "
     "france germany italy spain russia ukraine india japan korea iran iraq israel "
     "syria turkey brazil argentina colombia venezuela cuba pakistan afghanistan "
     "egypt australia beijing washington ottawa moscow kyiv london paris berlin tokyo "
     "europe ireland scotland wales poland sweden norway denmark finland netherlands "
     "belgium switzerland austria greece portugal nigeria kenya ethiopia "
     "saudi arabia qatar taiwan vietnam indonesia philippines "
     // More countries; words of multi-word ones ("North Korea", "Sri Lanka"). Given
     // names that are also countries (Jordan, Chad, Georgia) are left out.
     "north south new east sri lanka zealand africa sudan kingdom emirates arab "
     "costa rica salvador czech republic dominican ivory coast sierra leone papua "
     "guinea bosnia herzegovina macedonia timor burkina faso cape verde puerto rico "
     "hong kong albania algeria andorra angola armenia azerbaijan bahamas bahrain "
     "bangladesh barbados belarus belize benin bhutan bolivia botswana brunei "
     "bulgaria burundi cambodia cameroon chile comoros congo croatia cyprus "
     "djibouti ecuador eritrea estonia eswatini fiji gabon gambia ghana grenada "
     "guatemala guyana haiti honduras hungary iceland jamaica kazakhstan kiribati "
     "kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya "
     "liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali "
     "malta mauritania mauritius micronesia moldova monaco mongolia montenegro "
     "morocco mozambique myanmar burma namibia nauru nepal nicaragua niger oman "
     "palau palestine panama paraguay peru romania rwanda samoa senegal serbia "
     "seychelles singapore slovakia slovenia somalia suriname tajikistan tanzania "
     "thailand togo tonga tunisia turkmenistan tuvalu uganda uruguay uzbekistan "
     "vanuatu yemen zambia zimbabwe "
     // Capitals that stand for governments ("Tehran said").
     "tehran pyongyang seoul brussels kabul baghdad damascus cairo riyadh ankara "
     "jerusalem havana caracas canberra warsaw rome madrid delhi islamabad "
     // US states that stand for state governments ("Texas sued").
     "alabama alaska arizona arkansas california colorado connecticut delaware "
     "florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine "
     "maryland massachusetts michigan minnesota mississippi missouri montana "
     "nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont "
     "wisconsin wyoming carolina dakota hampshire jersey rhode"},
    // Nations that end their government bodies' names ("Statistics Canada",
    // "Historic England", "Tourism Australia"). Countries that are common surnames
    // (Israel, France, Wales, Ireland) are left out: "Jimmy Wales" is a person.
    {kNation,
     "canada england scotland australia zealand britain mexico china india japan "
     "germany italy spain russia ukraine brazil argentina colombia nigeria kenya "
     "norway sweden denmark finland netherlands belgium switzerland austria greece "
     "portugal singapore malaysia indonesia philippines pakistan bangladesh egypt "
     "ghana uganda tanzania zambia zimbabwe iceland estonia latvia lithuania "
     "botswana namibia mozambique malawi rwanda ethiopia senegal cameroon peru "
     "ecuador bolivia morocco tunisia thailand vietnam taiwan "
     "romania hungary bulgaria croatia serbia slovenia slovakia luxembourg cyprus "
     "malta fiji jamaica"},
    {kStaffGroup, "analysts economists researchers experts strategists scientists"},
    {kPersonPronoun, "he she"},
    {kOtherPronoun, "they we i it you who"},
    {kSpeakerNoun,
     "officials official experts expert analysts analyst authorities sources source "
     "reports report spokesman spokeswoman spokesperson police critics critic "
     "researchers researcher scientists scientist economists economist observers "
     "advocates advocate witnesses witness residents resident lawyers lawyer "
     "attorneys investigators investigator prosecutors prosecutor aides aide "
     "diplomats diplomat insiders insider people person statement study survey "
     "documents data media reporters activists leaders lawmakers legislators "
     "democrats republicans supporters opponents agency government ministry "
     "administration campaign organizers doctors officers regulators executives "
     "estimates polls poll figures records filings newspaper paper magazine website "
     "site network station outlet group organization company firm committee panel "
     "court judge lawsuit complaint memo letter release indictment ruling headline "
     "article story editorial column book man woman voter voters host moderator "
     "audience crowd protesters demonstrators candidate candidates staffers adviser "
     "advisers allies rivals spokesmen analysis research review audit census groups unions residents farmers teachers workers "
     "scientists doctors nurses parents students supporter professor student official's "
     "governor "
     "senator president chairman ceo "
     "congressman congresswoman mayor minister secretary director chief "
     "commission office board museum institute foundation tweet ad message "
     // Groups named by a capitalised plural ("Democrats said"): anonymous groups.
     "muslims jews christians catholics evangelicals latinos hispanics immigrants "
     "conservatives liberals progressives independents fans players members "
     "customers passengers patients users shoppers commuters drivers locals "
     "villagers neighbours neighbors families victims survivors employees staff "
     "volunteers historians "
     // People named by their trade or plight as a group ("Herders said",
     // "Campaigners say", "Ministers said"): a capitalised plural opening a
     // sentence is no surname when it is one of these.
     "campaigners herders growers traders importers exporters buyers sellers "
     "forecasters tenants landlords homeowners renters households consumers "
     "producers retailers shopkeepers fishermen miners pensioners ministers "
     // Trades of the farm, the mill and the market ("Millers said the harvest
     // was lost", "Dealers say").
     "millers bakers butchers brewers weavers ranchers planters smallholders "
     "merchants vendors dealers brokers truckers dockers loggers labourers laborers "
     // Bodies of a kind named by their field ("Aid agencies said", "Several
     // charities warned"; not "companies", "firms": "U.S. companies are ...").
     "agencies charities"},
    {kAbbreviation,
     "inc. corp. co. ltd. jr. sr. st. mt. ft. no. vs. etc. approx. est. jan. feb. "
     "mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. a.m. p.m. u.s. u.k. u.n. "
     "e.u. d.c. ph.d. i.e. e.g. mr. mrs. ms. dr. prof. sen. rep. gov. gen. lt. col. "
     "capt. sgt. cpl. const. cst. insp. supt. rev. adm. cmdr. maj. det. pvt. mx. "
     "eng. engr. arch. coun. cllr. "
     "ave. blvd. dept. univ. assn. bros. messrs. hon. rs. nos."},
    {kNumberAbbreviation, "no. nos."},
    {kStarter,
     "the a an he she it they we i but and or so yet this that these those there "
     "his her its their our in on at as if when while after before since however "
     "meanwhile still also then mr. mrs. ms. dr. some many most one"},
    {kNotName,
     "the a an he she it they we i but and or so yet this that these those there "
     "his her its their our in on at as if when while after before since however "
     "meanwhile still also then some many most one according despite under with "
     "without for from by to of over amid among although though because unlike "
     "like during until unless what which who whom whose where why how all both "
     "each every no not nor only even just here now today yesterday tomorrow "
     "said says asked added experts officials critics analysts authorities police "
     "looking recognizing given following unfortunately fortunately instead "
     "indeed overall ultimately enhanced more less other another such my your "
     "once further first second third last next my oh yes well between through "
     "across against behind beyond within upon toward towards around inside outside "
     "near via per amid citing speaking asked "
     // Sentence openers that are never names ("Perhaps the", "Wait until").
     "perhaps likewise wait see pause led hours moreover furthermore nevertheless "
     "nonetheless hence thus ask imagine consider remember note signs any "
     // Sentence adverbs that open a new item ("Elsewhere, former champion ...").
     "elsewhere separately additionally alternatively "
     // An adverb of place opening a return to a scene ("Back in Kastelli,
     // Tzanakis has sold ...").
     "back "
     // Adjectives of nearness that open a sentence before a name ("Neighbouring
     // Kitui County said", "Nearby Ruiru Council"): no part of it.
     "neighbouring neighboring nearby adjacent surrounding"},
    {kTitleHead,
     "chief director head president minister secretary spokesman spokeswoman "
     "spokesperson professor analyst official officer expert fellow member leader "
     "founder co-founder chairman chairwoman chair ceo executive manager adviser "
     // Hyphened posts ("the guild's vice-president"), titles already.
     "vice-president vice-chair co-chair vice-minister vice-governor vice-mayor "
     "vice-chancellor vice-chairman vice-chairwoman vice-premier "
     "advisor researcher economist strategist commissioner governor senator "
     "representative ambassador lawyer attorney editor correspondent reporter "
     "columnist author co-author coauthor scientist historian consultant partner "
     "administrator "
     "coordinator agent inspector detective sergeant corporal constable mayor "
     "judge candidate nominee deputy assistant associate vice aide counsel "
     "superintendent general colonel captain lieutenant commander pollster coach "
     // Occupations that stand before a name ("actor Lars Brenner").
     "actor actress singer writer artist novelist poet musician player striker "
     "midfielder defender goalkeeper nurse teacher farmer pilot magistrate barrister "
     "solicitor engineer architect surgeon foreman forewoman boss champion "
     // Crew and trade posts with no agent ending ("coxswain Erwan Kerbrat",
     // "mechanic Luis Paz", "lifeguard Ana Reis").
     "coxswain helmsman deckhand boatswain mechanic lifeguard "
     // Trades of the people a story meets ("fisherman Denis Cassivi", "retired
     // postman Derek Hollis", "promoter Frankie Dunn"; not "guide" or
     // "shepherd", verbs: "his promise to guide the country").
     "fisherman fisherwoman miner postman postwoman herder promoter trainer "
     // Sciences and forecasting ("Glaciologist Matthias Huss", "Forecaster Glen
     // Abara") and health posts ("Epidemiologist Ana Ruiz").
     "forecaster meteorologist climatologist glaciologist seismologist volcanologist "
     "geologist hydrologist oceanographer ecologist biologist epidemiologist virologist "
     "immunologist physicist chemist astronomer statistician demographer sociologist "
     "psychologist criminologist physician pediatrician paediatrician psychiatrist "
     "cardiologist oncologist paramedic firefighter "
     // Broadcast roles ("Joe Scarborough, host of MSNBC's “Morning Joe,”").
     "host co-host anchor presenter commentator "
     // Opposition portfolio holders ("Education critic Wayne Balcaen").
     "critic "
     // School, museum, church and park posts ("principal Ann Oake").
     "principal headteacher headmaster headmistress dean provost curator chaplain "
     "pastor trustee warden ranger "
     // Scottish court posts ("the procurator fiscal depute").
     "depute"},
    {kFiller,
     "also has have had later then recently previously publicly repeatedly further "
     "once would will may might could did does not never often frequently "
     "reportedly subsequently earlier again first initially quickly simply long "
     "just specifically officially privately openly even always still already "
     "only in turn now is are was were be been being am"},
    // Poll answers: "47 percent said", "Six in 10 say", "a third said".
    {kProportion,
     "percent pct half third thirds quarter quarters fifth fifths majority minority"},
    {kNumberWord,
     "one two three four five six seven eight nine ten eleven twelve twenty thirty "
     "forty fifty sixty seventy eighty ninety"},
    // "Critics, however, say": adverbs set off by commas inside a clause.
    {kSentenceAdverb,
     "however meanwhile though too instead nonetheless nevertheless moreover "
     "furthermore therefore also"},
    // After a name, not part of it: "Andrew Menary KC", "Jane Doe MP".
    {kPostNominal, "kc qc mp mep msp mla mpp obe mbe cbe kbe dbe frs phd ph.d."},
    {kNameConnector,
     "of on for the and de des del della van von der da al bin la le du y & ten ter den dos "
     "das di ibn"},
    {kDeterminer,
     "the a an some many several numerous most few other two three four five "
     "this that these those his her its their our senior top leading local federal "
     "u.s. unnamed anonymous"},
    {kTimeWord,
     "monday tuesday wednesday thursday friday saturday sunday january february "
     "march april may june july august september october november december today "
     "yesterday tomorrow tonight last week month year morning evening afternoon"},
    // Kinds of organisation, for "Harbor Watch, a local advocacy group" and for
    // "the agency" meaning the "... Transit Authority" named earlier.
    {kOrgKindPublic,
     "agency authority administration bureau department ministry office commission "
     "service regulator council committee board court tribunal legislature "
     "parliament government inspectorate directorate secretariat watchdog "
     // Local councils ("the village panchayat", "the town municipality").
     "panchayat municipality"},
    {kOrgKindBusiness,
     "company firm corporation corp. corp inc. inc co. ltd. ltd llc plc conglomerate "
     "business manufacturer automaker carmaker retailer airline airlines insurer "
     "lender bank startup start-up utility giant chipmaker drugmaker provider "
     "consultancy brokerage forwarder refiner supermarket chain"},
    {kOrgKindGroup,
     "group coalition association organization organisation union federation "
     "alliance foundation charity nonprofit non-profit society league network "
     "institute think-tank campaign party caucus club movement collective "
     "cooperative co-operative co-op consortium syndicate forum guild"},
    {kOrgKindInstitution,
     "hospital clinic hospice university college school academy museum library "
     "laboratory observatory"},
    {kLeadVerb,
     "heads leads directs runs chairs manages oversees founded co-founded cofounded "
     "headed led directed ran chaired managed oversaw co-chairs"},
    {kAffiliationPrep, "at from of with for"},
    {kRelative, "who which whose whom where"},
    {kAdverbial,
     "on in at during last this a an the statement statements interview interviews "
     "reporters conference news press email emails call phone video post tweet "
     "speech remarks briefing hearing earlier later recently also then again "
     "separately privately publicly told week weekend night morning evening afternoon "
     "friday's ago after before when while to with by of her his their its"},
};

std::vector<ClassEntry> BuildEntries() {
  std::vector<ClassEntry> entries;
  static std::vector<std::string>* storage = new std::vector<std::string>();
  for (const ClassList& list : kLists) {
    const char* p = list.words;
    while (*p != '\0') {
      while (*p == ' ') ++p;
      const char* start = p;
      while (*p != '\0' && *p != ' ') ++p;
      if (p > start) storage->emplace_back(start, p - start);
    }
  }
  size_t k = 0;
  for (const ClassList& list : kLists) {
    const char* p = list.words;
    while (*p != '\0') {
      while (*p == ' ') ++p;
      const char* start = p;
      while (*p != '\0' && *p != ' ') ++p;
      if (p > start) entries.push_back(ClassEntry{(*storage)[k++].c_str(), list.classes});
    }
  }
  return entries;
}

// Last words of businesses' names ("AGL Energy", "Pacific Gas and Electric").
constexpr absl::string_view kBusinessHeads[] = {
    "Energy", "Energies", "Hydro", "Electric", "Electricity", "Gas", "Water", "Air",
    "Telecom", "Telecoms", "Telecommunications", "Communications", "Airways",
    "Motors", "Automotive", "Aerospace", "Pharmaceuticals", "Pharma", "Therapeutics",
    "Biosciences", "Biotech", "Holdings", "Capital", "Partners", "Ventures",
    "Technologies", "Systems", "Solutions", "Logistics", "Petroleum", "Minerals",
    "Mining", "Resources", "Railways", "Utilities", "Insurance", "Securities",
    "Investments", "Investors", "Media", "Networks", "Foods", "Steel", "Chemicals",
    "Semiconductor", "Semiconductors", "Electronics", "Software", "Studios",
    "Entertainment", "Hotels", "Resorts", "Shipping", "Brewing", "Robotics",
    "Analytics", "Renewables", "Economics", "Financial", "Bancorp", "Homes",
    "Supermarkets", "Stores", "Retail", "Lending", "Mortgages", "Textiles", "Industries",
    // Trades and goods ("Tarsk Fertiliser", "Dovrel Timber", "Kelso Grain").
    "Fertiliser", "Fertilisers", "Fertilizer", "Fertilizers", "Timber", "Grain", "Grains",
    "Cement", "Metals", "Seafood", "Dairy", "Plastics", "Packaging", "Freight",
    // Works and trades ("Kafue Copper Smelting", "Kier Construction").
    "Smelting", "Refining", "Milling", "Engineering", "Construction", "Manufacturing",
    // Transport operators ("Hebridean Coastal Ferries", "Rio Plata Terminals",
    // "Kyushu Sky Terminal").
    "Ferries", "Terminals", "Terminal",
    // Holding companies ("Khaleej Logistics Holding"). (Not "Power": "Samantha
    // Power" is a person.)
    "Holding",
    // Spanish and Portuguese for "Industries" ("Eolika Industrias").
    "Industrias", "Indústrias",
    // Life sciences ("Arnel Biologics", "Tovell Diagnostics").
    "Biologics", "Biopharma", "Biopharmaceuticals", "Diagnostics", "Genomics",
    "Vaccines", "Biotherapeutics"};
// Legal forms that end a company's registered name ("Halvorsen Marine ASA",
// "Weber Antriebe GmbH", "Tanjung Sawit Bhd"), as written there; capitals that
// are common words in lowercase ("AS", "SA") count only in this case.
constexpr absl::string_view kLegalForms[] = {
    "ASA", "AS", "A/S", "S/A", "ApS", "AB", "Oy", "Oyj", "GmbH", "AG", "KGaA", "SE",
    "NV", "BV", "SpA", "SARL", "SAS", "Srl", "Bhd", "Berhad", "Tbk", "Pty",
    "LLC", "LLP", "PLC", "Plc", "KK",
    // Spanish, Portuguese, French and Swiss companies ("Vinos del Valle SA").
    "SA"};
// Legal forms written before a business's name, not after it ("AS Tallinna
// Vesi", "PT Pertamina", "OOO Stroygaz"): Estonian, Indonesian, Russian,
// Lithuanian, Latvian and foundations' forms, exact bytes.
constexpr absl::string_view kLegalFormPrefixes[] = {
    "AS", "SA", "PT", "OOO", "OAO", "ZAO", "PAO", "AO", "UAB", "SIA", "JSC", "PJSC"};
// Words that open an organisation's name in French, Italian, Spanish,
// Portuguese and Dutch, where the kind of body comes first ("Unione Agricola
// Sarda", "Huileries du Sahel", "Sociedad Minera Andina"), exact bytes, besides
// the heads of institutions IsForeignOrgOpener() also reads
// (affiliation_words.cc kForeignInstitutionHeads: "Banque", "Ministère",
// "Universidad", "Mairie"; one word in one list). The English-looking "Union"
// is left out ("Union Minister ...").
constexpr absl::string_view kForeignOrgOpeners[] = {
    "Unione", "Società", "Compagnia", "Banca", "Cassa", "Consorzio", "Federazione",
    "Associazione", "Azienda", "Groupe", "Fédération", "Huileries", "Sucreries",
    "Laiteries", "Brasseries", "Minoteries", "Ciments", "Sociedad", "Compañía",
    "Empresa", "Empresas", "Grupo", "Caja", "Federación", "Federação", "Stichting",
    "Vereniging",
    // Chambers, committees, unions, ministries, friends' societies and
    // movements ("Groupement des Exportateurs", "Cámara de Comercio", "Amis de
    // la Plaine").
    "Groupement", "Amis", "Amigos", "Cámara", "Câmara", "Chambre", "Comité",
    "Syndicat", "Sindicato", "Unión", "União", "Confédération", "Confederación",
    "Confederação", "Agence", "Agencia", "Agência", "Comisión", "Comissão",
    "Commissione", "Observatoire", "Observatorio", "Mouvement", "Movimiento",
    "Movimento", "Collectif", "Colectivo", "Coletivo", "Régie", "Caixa",
    "Associació", "Sociedade", "Mutuelle"};
// Articles that may open a body's name in French, Spanish, Portuguese or
// Italian before its kind ("Les Amis de la Plaine", "La Cámara ...").
constexpr absl::string_view kForeignArticles[] = {"Les", "Le", "La", "Los", "Las",
                                                  "El", "Os", "Il"};
// The last word of a name of a group of islands or a stretch of land or coast
// ("Faroe Islands", "Pacific Coast"): a place's name, never a person's; no
// surname ("Bay", "Hill", "Rivers" may be one).
constexpr absl::string_view kPlaceFeatureTails[] = {
    "Islands", "Isles", "Coast", "Peninsula", "Valley", "Highlands", "Mountains",
    "Archipelago", "Lowlands", "Plateau"};
// Head words of legislatures' names ("House of Representatives", "National
// Assembly"), exact bytes: a member of one holds a seat, a title.
constexpr absl::string_view kLegislatureHeads[] = {
    "House", "Parliament", "Assembly", "Senate", "Congress", "Legislature",
    "Diet", "Knesset", "Bundestag", "Duma", "Majlis", "Storting", "Riigikogu"};
// Words that may stand before a legislature's head in its name ("National
// Assembly", "Legislative Council"... "State Senate", "People's Congress"),
// exact bytes.
constexpr absl::string_view kLegislatureModifiers[] = {
    "National", "Legislative", "General", "State", "Federal", "Provincial",
    "Regional", "Constituent", "People's", "Upper", "Lower", "European",
    "Scottish", "Welsh", "U.S.", "US"};
// Last words of the names of places people go to, not bodies that speak
// ("New Civic Hall", "Tafawa Balewa Square"), exact bytes.
constexpr absl::string_view kVenueHeads[] = {
    "Hall", "Square", "Stadium", "Arena", "Bridge", "Airport", "Station", "Plaza",
    "Park", "Avenue", "Road", "Boulevard", "Beach", "Island"};
// Lowercase kinds of area after a place's name ("the Medina district", "the
// Medina and Tilene districts").
constexpr absl::string_view kAreaKinds[] = {
    "district", "districts", "province", "provinces", "region", "regions",
    "county", "counties", "village", "villages", "island", "islands",
    "municipality", "municipalities", "borough", "boroughs", "prefecture",
    "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods",
    "suburb", "suburbs", "township", "townships", "constituency"};
// Lowercase heads of bodies someone holds a post in, besides the kinds of
// organisation and the body nouns ("executive director of the forecast
// centre").
constexpr absl::string_view kPostBodyHeads[] = {"centre", "center"};
// Verbs of leading a body and the post of the one who does ("who chairs the
// committee": its chair); past tenses only where the post outlives the act.
constexpr std::pair<absl::string_view, absl::string_view> kLeadVerbPosts[] = {
    {"chairs", "chair"},       {"co-chairs", "co-chair"},  {"heads", "head"},
    {"leads", "leader"},       {"directs", "director"},    {"manages", "manager"},
    {"founded", "founder"},    {"co-founded", "co-founder"}, {"cofounded", "co-founder"}};
// Labels of a picture's caption or credit line ("Photo: Ari Jonsson",
// "(Image: Reuters)"; exact bytes, lowercase): before a colon they name no one.
constexpr absl::string_view kCreditLabels[] = {
    "photo", "photos", "photograph", "photography", "picture", "pictures", "pic",
    "image", "images", "illustration", "graphic", "caption", "credit",
    // A writer's credit ("Text: Ann Lee, farming correspondent").
    "text", "words",
    // A match report's officials ("Referee: Ann Lee (Wales)").
    "referee", "umpire", "umpires", "officials"};
// Labels of a line of scores (the parts of a match) or of a page's date stamp
// (see IsScoreOrStampLabel).
constexpr absl::string_view kScoreOrStampLabels[] = {
    "halves", "quarters", "periods", "sets", "innings", "score", "scores",
    "result", "results", "updated", "modified", "edited", "filed", "published",
    "posted", "issued", "released", "created", "dated", "date"};
// Plural agent nouns that end compounds naming a trade or a people
// ("dock|workers", "ship|owners", "share|holders", "is|landers"): the compound
// is a plural of people, never a surname.
constexpr absl::string_view kPeoplePluralTails[] = {
    "workers", "owners", "makers", "holders", "keepers", "growers", "dwellers",
    "goers", "landers", "builders", "fighters", "farmers", "fishers"};
// Those who speak for the body they belong to ("a spokesman for the ministry",
// "a Treasury official"; exact bytes): what they say, the body says.
constexpr absl::string_view kBodyVoices[] = {
    "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen",
    "spokespeople", "spokespersons", "representative", "representatives",
    "official", "officials"};
// Plural nouns of people who hold posts at a body ("officials at the
// ministry", "executives at the bank"), exact bytes: "at" after one names
// their employer (not "a witness at the committee", "fans at the stadium").
constexpr absl::string_view kEmployeePlurals[] = {
    "officials", "executives", "employees", "staffers", "workers", "managers",
    "directors", "officers", "representatives", "spokespeople", "engineers",
    "doctors", "nurses", "lawyers", "teachers", "scientists", "insiders"};
// Plurals of kinds of body that, opening a sentence, are many bodies speaking
// or acting, no name ("Co-operatives say traders are offering less", "Unions
// plan a strike"), exact bytes.
constexpr absl::string_view kBodyKindPlurals[] = {
    "co-operatives", "cooperatives", "co-ops", "unions", "associations", "charities",
    "councils", "agencies", "ministries", "municipalities", "federations"};
// Verbs of leading that also mean being ahead of others ("who leads the
// Premier League in goals"), exact bytes.
constexpr absl::string_view kAheadLeadVerbs[] = {"leads", "led"};
// Nouns of a standing one is ahead in, not a body one runs ("who leads the
// Diamond League standings", "leads the race"), exact bytes.
constexpr absl::string_view kStandingNouns[] = {
    "standings", "table", "tables", "race", "polls", "poll", "rankings",
    "ranking", "charts", "chart", "leaderboard", "field", "pack", "tally",
    "count", "scoring", "voting", "betting"};
// Last words of public bodies' names ("Australian Energy Market Operator").
constexpr absl::string_view kPublicHeads[] = {
    "Operator", "Regulator", "Exchange", "Observatory", "Ombudsman", "Registry",
    "Reserve", "Mint", "Inspectorate", "Convention", "Conference",
    // A city's public transport body ("Halifax Transit", "Metro Transit").
    "Transit"};

// Last words of groups' names ("Grand Canyon Chapter", "Human Rights Watch").
// ("Vuntut Gwitchin First Nation", "Navajo Nation": a people's government.)
constexpr absl::string_view kGroupHeads[] = {"Chapter", "Watch",      "Project", "Initiative",
                                             "Forum",   "Collective", "Nation"};
// Last words of sports clubs' names ("Eastbridge United", "Hollins Rovers"),
// which a club's short name repeats ("United manager Claire Hebden").
constexpr absl::string_view kClubHeads[] = {
    "United", "City", "Rovers", "Athletic", "Wanderers", "Albion", "Rangers",
    "Hotspur", "Town", "County", "Villa", "Thistle", "Argyle", "Orient", "Celtic",
    "Dynamo", "Olympic", "FC", "AFC"};
// Letters that mark a sports club's name, before or after its town's ("FC
// Kestrel", "Kestrel BK", "IF Brommapojkarna", "Vasby IK"); exact bytes. Not
// the letters of a state or province ("SC", "BC").
constexpr absl::string_view kClubMarks[] = {"FC", "AFC", "CF", "AC", "BK", "IF",
                                            "IK", "SK", "FK", "FF", "HC", "HK", "SV"};
// Sports that close a club's name after its town's ("Insjon Bandy", "Carlow
// Hockey", "Lyon Handball"); exact bytes.
constexpr absl::string_view kClubSports[] = {"Bandy",   "Hockey",    "Handball", "Basket",
                                             "Volley",  "Floorball", "Rugby",    "Innebandy",
                                             "Cricket", "Netball"};
// Lowercase words that only a story about a sport writes ("coach", "league",
// "referee"): they tell a club's letters ("FC", "SK") or sport ("Bandy") from
// a person's initials or surname ("SK Sharma", "Ann Bandy").
constexpr absl::string_view kSportsStoryWords[] = {
    "club",    "coach",   "league",     "match",        "squad",   "striker",
    "referee", "cup",     "derby",      "fixture",      "stadium", "goalkeeper",
    "playoff", "playoffs", "tournament", "championship", "midfielder"};
// Endings of abstract nouns ("electricity", "production", "investment",
// "tourism", "ownership", "occupancy", "emergency") and of their plurals
// ("shipments", "regulations") that no person's name of eight letters or more
// has.
constexpr absl::string_view kAbstractNounSuffixes[] = {
    "ity", "tion", "sion", "ment", "ism", "ship", "ancy", "ency",
    "tions", "ments", "isms", "ships"};
// Plural party names ("Progressive Conservatives", "Liberal Democrats", "Senate
// Republicans", "the Greens") are their parties, not people.
constexpr absl::string_view kPartyPlurals[] = {
    "Conservatives", "Democrats", "Republicans", "Liberals", "Greens", "Socialists",
    "Nationals", "Nationalists", "Unionists", "Progressives", "Tories", "Libertarians",
    "Communists", "Dems"};

// Capitalised titles of an elected or public office held before a name ("Sen.
// Dale Hoskins", "Rep. Luisa Ortega", "Foreign Minister"): an appositive
// describing the holder ("the bill's sponsor", "a three-term congresswoman") does
// not replace them. (Not "Dr.", "Professor" or ranks: "a structural engineer" is
// what Dr. Evelyn Marsh does.)
constexpr absl::string_view kOfficeTitles[] = {
    "Sen.", "Senator", "Rep.", "Representative", "Congressman", "Congresswoman",
    "Gov.", "Governor", "Mayor", "President", "Premier", "Chancellor", "Minister",
    "Secretary", "Speaker", "Leader", "Councillor", "Cllr", "Councilman",
    "Councilwoman", "Councilmember", "Alderman", "Assemblyman", "Assemblywoman", "Delegate", "MP"};

// Capitalised prepositions inside groups' names ("Doctors Without Borders",
// "Mothers Against Drunk Driving").
// Government portfolios before "ministry" or "department" ("the economy
// ministry", "the health department").
constexpr absl::string_view kPortfolios[] = {
    "foreign", "interior", "defence", "defense", "finance", "health", "justice",
    "trade", "home", "economy", "economic", "education", "environment", "energy",
    "transport", "agriculture", "labour", "labor", "culture", "treasury", "commerce",
    "industry", "housing", "fisheries", "tourism", "immigration", "welfare"};

// Lowercase particles inside a name that are left out of kNameConnector because
// their capitalised forms are acronyms or legal forms ("Rhys ab Owen", "Dafydd
// ap Gwilym", "Ibrahim ag Alhassane"; not "AP", "Siemens AG"), or are too rare
// to need a class ("Mohamed ould Cheikh", "Fatima bint Saeed", "Karl zu
// Lenning", "Anna af Klint", "Ute vom Brocke").
constexpr absl::string_view kLowercaseParticles[] = {"ab", "ap", "ag", "ould", "bint",
                                                     "zu", "af", "vom"};

// Lowercase particles joined by a hyphen to a capitalised surname
// ("al-Kathiri", "el-Baz", "bin-Talal", "ash-Shami"): the surname is a name.
constexpr absl::string_view kHyphenedParticles[] = {"al", "el", "ad", "an", "ar", "as",
                                                    "ash", "at", "az", "ud", "ul",
                                                    "bin", "ibn", "bint", "ben"};

// Words before a title that join it as the rank's kind ("Battalion Chief",
// "Division Chief", "Station Commander"): an organisation before them is where
// the holder works ("Cal Fire Battalion Chief Marisol Duarte").
constexpr absl::string_view kRankWords[] = {"Battalion", "Division", "Station", "Brigade",
                                            "Platoon", "Squadron", "Shift", "Regiment"};

// Last words of a jurisdiction's name before an office ("San Diego County
// Supervisor", "New York City Mayor", "Marin County Sheriff"): the
// jurisdiction is where the holder serves.
constexpr absl::string_view kJurisdictionHeads[] = {
    "County", "City", "Borough", "Township", "Parish", "Province", "Municipality",
    "Shire", "Region", "Prefecture", "Canton", "Town", "Village"};

// Honorifics of a scholar or a comrade, also titles alone ("Dr", "Prof.").
constexpr absl::string_view kScholarlyHonorifics[] = {"Dr", "Dr.", "Prof", "Prof.",
                                                      "Comrade"};

// Honorifics of a degree that name no post ("Dr Ana Ruiz"): alone before a name
// they are no title ("Prof." is one: a professor holds a chair).
constexpr absl::string_view kDegreeHonorifics[] = {"Dr", "Dr."};

// A police force named by its kind ("Police said", "Lima police said", "the
// gendarmerie said"): an institution, no group of people.
constexpr absl::string_view kPoliceForces[] = {"police",       "Police",      "gendarmerie",
                                               "Gendarmerie",  "carabinieri", "Carabinieri",
                                               "constabulary", "Constabulary"};

// Prepositions before a place's name ("a shelter in Saint-Jean-sur-Richelieu").
constexpr absl::string_view kPlacePrepositions[] = {"in", "at", "near", "from", "outside",
                                                    "around", "across", "throughout"};

// Prepositions before a street's name where a person is found ("a baker on Mill
// Lane").
constexpr absl::string_view kAddressPrepositions[] = {"on"};

// Parties named by one capitalised word before a member's title ("Labour MP",
// "Green MSP"); not those that are also title modifiers ("Republican Sen.").
constexpr absl::string_view kPartyNames[] = {
    "Labour", "Conservative", "Tory", "Green", "Liberal", "SNP", "Plaid", "DUP",
    "SDLP", "Reform", "Alliance", "Fianna", "Fine", "Likud", "Labor", "NDP", "ANC",
    "AfD", "CDU", "SPD", "FDP", "UKIP", "Unionist", "Nationalist", "Socialist"};

// Lowercase modifiers after "the" that make "the ... ministry" no name of one
// body ("the same agency", "the new regulator", "the relevant department").
constexpr absl::string_view kNotBodyModifiers[] = {
    "same", "new", "other", "whole", "entire", "old", "current", "relevant",
    "responsible", "appropriate", "previous", "next", "main", "only", "own", "very",
    "respective", "competent", "separate", "various", "overall", "said", "proposed",
    "planned", "powerful", "influential", "sprawling", "embattled", "troubled"};

// Kinds of public body that, named in lowercase after "the" and a modifier, name
// one body ("the economy ministry", "the health department"); not "the editorial
// board" or "the budget office", which belong to someone unnamed.
constexpr absl::string_view kLowercaseBodyHeads[] = {
    "ministry", "department", "regulator", "agency", "council", "commission",
    "authority", "inspectorate", "directorate", "office", "service"};
// Kinds of institution besides kLowercaseBodyHeads that, named in lowercase
// after "the" and a modifier, are a body that speaks for itself ("the regional
// flood forecast centre", "the Cusco regional government", "the Spanish
// football federation", "the statistics bureau"); not groups of people ("the
// farmers forum", "the coalition").
constexpr absl::string_view kInstitutionHeads[] = {
    "bureau", "centre", "center", "government", "administration", "federation"};
// Fields a public service or office works in besides the portfolios, before
// its kind in lowercase ("the meteorological service", "the veterinary
// authority", "the public works ministry", "the national disaster office").
constexpr absl::string_view kBodyFields[] = {
    "meteorological", "meteorology", "weather", "veterinary", "disaster", "statistics",
    "statistical", "works", "tax", "revenue", "customs", "forestry", "wildlife",
    "ambulance", "fire", "prison", "prisons", "probation", "electoral", "election",
    "aviation", "maritime", "mining", "emergency", "hydrological", "hydrology",
    "geological", "seismological", "antitrust", "competition", "telecommunications"};
// Words for the reach of a public body before its field ("the national
// disaster office", "the federal health agency", "the public works ministry").
// ("the state agriculture department" is left as written: a fixture's gold
// lists no such source.)
constexpr absl::string_view kBodyScopes[] = {"national", "federal", "public", "regional",
                                             "provincial", "municipal"};
// Office holders whose office is a body after "the" and their "'s" ("the
// prime minister's office", "the governor's office", "the mayor's office",
// "the prosecutor's office", "the attorney general's office").
constexpr absl::string_view kOfficeHolders[] = {
    "minister", "president", "governor", "mayor", "premier", "chancellor",
    "taoiseach", "presidency", "prosecutor", "comptroller", "controller",
    "auditor", "ombudsman", "sheriff", "coroner", "treasurer", "registrar",
    "commissioner", "general"};

// Lowercase owners whose "'s" before a portfolio's body makes it a public body
// ("the city's transport department", "the province's education ministry"): a
// place or a government, not a firm, a group or a title ("the company's
// finance department", "the minister's health department" are no public body).
constexpr absl::string_view kPublicBodyOwners[] = {
    "city", "town", "village", "state", "province", "county", "country", "nation",
    "region", "district", "municipality", "borough", "territory", "island", "capital",
    "parish", "shire", "prefecture", "canton", "council", "government"};


constexpr absl::string_view kNamePrepositions[] = {"Without", "Against", "Beyond",
                                                   "Across", "For", "Of"};

// Capitalised plurals of amounts and spans that open phrases, not names
// ("Thousands of Oromos", "Years of delay").
constexpr absl::string_view kAmountPlurals[] = {
    "Thousands", "Hundreds", "Millions", "Billions", "Dozens", "Tens", "Scores",
    "Lots", "Tons", "Hours", "Days", "Weeks", "Months", "Years", "Decades",
    "Centuries", "Parts", "Members", "Most", "Some", "Many", "Sets", "Rows"};

// Nationality adjectives that stand for a nation's state before its public
// bodies ("the Scottish government", "the French foreign ministry").
constexpr absl::string_view kNationalities[] = {
    "American", "British", "English", "Scottish", "Welsh", "Irish", "French",
    "German", "Italian", "Spanish", "Portuguese", "Dutch", "Belgian", "Swiss",
    "Austrian", "Danish", "Swedish", "Norwegian", "Finnish", "Icelandic", "Polish",
    "Czech", "Slovak", "Hungarian", "Romanian", "Bulgarian", "Greek", "Turkish",
    "Russian", "Ukrainian", "Belarusian", "Georgian", "Armenian", "Estonian",
    "Latvian", "Lithuanian", "Serbian", "Croatian", "Slovenian", "Albanian",
    "Canadian", "Mexican", "Brazilian", "Argentine", "Argentinian", "Chilean",
    "Colombian", "Peruvian", "Venezuelan", "Cuban", "Chinese", "Japanese", "Korean",
    "Taiwanese", "Vietnamese", "Thai", "Indonesian", "Malaysian", "Filipino",
    "Indian", "Pakistani", "Bangladeshi", "Afghan", "Iranian", "Iraqi", "Syrian",
    "Lebanese", "Israeli", "Palestinian", "Jordanian", "Saudi", "Egyptian",
    "Libyan", "Tunisian", "Algerian", "Moroccan", "Nigerian", "Kenyan",
    "Ethiopian", "Ghanaian", "Ugandan", "Tanzanian", "Zimbabwean", "Australian",
    "Qatari", "Emirati", "Kuwaiti", "Yemeni", "Sudanese", "Somali"};

// Last words of a named part of a business ("Deloitte's Sports Business Group",
// "Siemens' Mobility Division").
constexpr absl::string_view kBusinessParts[] = {"Group", "Division", "Unit", "Subsidiary"};

// Superlatives of size that rank bodies ("the third-largest brewer", "Europe's
// biggest carrier").
constexpr absl::string_view kSizeSuperlatives[] = {"largest", "biggest"};

// First-person pronouns and determiners, as they open a quote or run in it.
constexpr absl::string_view kFirstPersonWords[] = {"I",  "me", "Me", "my",  "My", "we",
                                                   "We", "us", "Us", "our", "Our"};

// Adjectives of a continent or family of nations: "the European Union", "the
// African Union", "the Arab League" are unions of states.
constexpr absl::string_view kContinentAdjectives[] = {
    "European", "African", "Asian", "Arab", "Soviet", "Eurasian", "Caribbean",
    "Andean", "Nordic", "Baltic", "Pacific"};

// Words for a business that may also be someone's job ("letter carrier"): a
// business only right before a one-word name ("Danish carrier Maersk").
constexpr absl::string_view kBusinessBeforeName[] = {
    "carrier", "broadcaster", "shipper", "exporter", "importer", "distributor",
    "wholesaler", "miner", "operator", "publisher", "producer", "developer", "broker",
    // Bodies and services that are no one's job ("industry body Nasscom", "the
    // comparison site Farely").
    "body", "site", "website", "platform"};

// Roles a business plays for another ("The chain's main lender, Barclays,",
// "its landlord, Grosvenor,"): the one-word name after them is the business's.
constexpr absl::string_view kBusinessRoles[] = {
    "lender", "insurer", "reinsurer", "underwriter", "landlord", "owner", "parent",
    "buyer", "bidder", "supplier", "auditor", "creditor", "bank", "carrier",
    "operator", "distributor", "wholesaler", "broker", "publisher", "developer",
    "partner"};

// Ends of a place's compound before a name: where someone or something sits
// ("Arica-based Pesquera Punta Norte", "Texas-based Matt Mackowiak") or, only for
// a business, trades or is owned ("Oslo-listed Nordvik Salmon", "Kremlin-owned
// Gazprom").
constexpr absl::string_view kPlaceCompoundEnds[] = {"based"};
constexpr absl::string_view kBusinessCompoundEnds[] = {"headquartered", "listed",
                                                       "registered", "owned"};

// Last words of posts held inside an organisation ("chief executive", "chief
// medical officer", "finance director", "spokeswoman"): named before a person
// and no organisation, the post is at the one the story is about.
constexpr absl::string_view kOrganisationPosts[] = {
    "executive", "officer", "director", "chairman", "chairwoman", "chair",
    "chairperson", "spokesman", "spokeswoman", "spokesperson", "founder",
    "co-founder", "ceo", "cfo", "coo", "cto"};

// What only an organisation has after an owner's 's ("Tallow's chief
// executive", "Fenmore's shareholders", "Carran's board"): no person's. One
// word, or two ("chief executive", not "executive" alone: "executive actions").
constexpr absl::string_view kOrganisationHoldings[] = {
    "chief executive", "managing director", "ceo", "cfo", "shareholders", "shareholder",
    "stockholders", "board", "headquarters", "subsidiary", "subsidiaries", "workforce",
    "employees", "customers", "stores", "shops", "branches", "factories", "plants",
    "shares", "revenue", "revenues", "profit", "profits", "turnover", "chairman",
    "chairwoman", "chairperson"};

// Levels of government before an office title ("State Sen. Rita Vance", "State
// Attorney Maria Lenz", "Federal Judge X"): part of the title, never the verb
// "state" opening a sentence.
constexpr absl::string_view kOfficeLevels[] = {"State", "Federal", "Provincial",
                                               "Territorial", "Municipal"};

// Capitalised words after an office title that qualify it ("Mayor Pro Tem",
// "President Pro Tempore", "Professor Emeritus", "Governor Elect").
constexpr absl::string_view kTitleSuffixes[] = {"Pro", "Tem", "Tempore", "Emeritus",
                                                "Emerita", "Elect", "Designate"};

// Posts held for a constituency after "for" ("the member for Eastwood", "the
// MP for Dunmore", "Senator for Tasmania"): the place is the seat, part of the
// title, not an employer.
constexpr absl::string_view kSeatPosts[] = {
    "member", "Member", "MP", "MSP", "MLA", "MPP", "MHA", "TD", "senator", "Senator",
    "representative", "Representative", "councillor", "Councillor"};

// Second words of parties' names after a kPartyNames word ("Liberal Democrat",
// "Plaid Cymru", "Fine Gael", "Liberal National").
constexpr absl::string_view kPartySecondWords[] = {
    "Democrat", "Democrats", "Democratic", "Cymru", "Gael", "F\xC3\xA1il", "Fail",
    "National", "Unionist"};

// Posts a party's member holds for it besides a seat (kSeatPosts): "Liberal
// housing critic", "Green spokeswoman", "Labour candidate" (not "Labor
// Secretary", a portfolio; not "Conservative radio host", an outlook).
constexpr absl::string_view kPartyPosts[] = {
    "critic", "spokesman", "spokeswoman", "spokesperson", "candidate", "whip", "MEP"};

// Prepositions between a post and its field inside a title ("head of
// policy", "spokeswoman for transport", "spokesman on finance").
constexpr absl::string_view kTitlePrepositions[] = {"of", "for", "on"};

constexpr absl::string_view kWorkPlaceVerbs[] = {
    "works", "teaches", "studies", "researches", "lectures", "practises", "practices"};

}  // namespace

namespace lexicon {

bool IsWorkPlaceVerb(absl::string_view word) { return InWordLists<kWorkPlaceVerbs>(word); }

bool IsForeignOrgOpener(absl::string_view word) {
  return InWordLists<kForeignOrgOpeners>(word) || IsForeignInstitutionHead(word);
}

bool IsForeignArticle(absl::string_view word) { return InWordLists<kForeignArticles>(word); }

bool IsPlaceFeatureTail(absl::string_view word) {
  return InWordLists<kPlaceFeatureTails>(word);
}

bool IsOfficeLevel(absl::string_view word) { return InWordLists<kOfficeLevels>(word); }

bool IsTitleSuffix(absl::string_view word) { return InWordLists<kTitleSuffixes>(word); }

bool IsSeatPost(absl::string_view word) { return InWordLists<kSeatPosts>(word); }

bool IsPartyPost(absl::string_view word) { return InWordLists<kSeatPosts, kPartyPosts>(word); }

bool IsLegalFormPrefix(absl::string_view word) { return InWordLists<kLegalFormPrefixes>(word); }

bool IsPostBodyHead(absl::string_view word) { return InWordLists<kPostBodyHeads>(word); }

bool IsVenueHead(absl::string_view word) { return InWordLists<kVenueHeads>(word); }

bool IsAreaKind(absl::string_view word) { return InWordLists<kAreaKinds>(word); }

bool IsLegislatureModifier(absl::string_view word) {
  return InWordLists<kLegislatureModifiers>(word);
}

bool IsLegislatureHead(absl::string_view word) { return InWordLists<kLegislatureHeads>(word); }

bool IsEmployeePlural(absl::string_view word) { return InWordLists<kEmployeePlurals>(word); }

bool IsCreditLabel(absl::string_view word) { return InWordLists<kCreditLabels>(word); }

bool IsScoreOrStampLabel(absl::string_view word) {
  return InWordLists<kScoreOrStampLabels>(word);
}

bool IsBodyVoice(absl::string_view word) { return InWordLists<kBodyVoices>(word); }

bool IsPeopleCompoundPlural(absl::string_view word) {
  for (absl::string_view tail : kPeoplePluralTails) {
    if (word.size() >= tail.size() + 2 && absl::EndsWith(word, tail)) return true;
  }
  return false;
}

bool IsBodyKindPlural(absl::string_view word) { return InWordLists<kBodyKindPlurals>(word); }

bool IsAheadLeadVerb(absl::string_view word) { return InWordLists<kAheadLeadVerbs>(word); }

bool IsStandingNoun(absl::string_view word) { return InWordLists<kStandingNouns>(word); }

absl::string_view PostOfLeadVerb(absl::string_view verb) {
  for (const auto& [lead, post] : kLeadVerbPosts) {
    if (lead == verb) return post;
  }
  return {};
}

bool IsPartySecondWord(absl::string_view word) {
  return InWordLists<kPartySecondWords>(word);
}

bool IsTitlePreposition(absl::string_view word) {
  return InWordLists<kTitlePrepositions>(word);
}

bool IsOrganisationPost(absl::string_view word) {
  return InWordLists<kOrganisationPosts>(word);
}

bool IsBusinessPart(absl::string_view word) { return InWordLists<kBusinessParts>(word); }

bool IsOrganisationHolding(absl::string_view word) {
  return InWordLists<kOrganisationHoldings>(word);
}

bool IsPartyPlural(absl::string_view word) { return InWordLists<kPartyPlurals>(word); }

bool IsPlaceCompound(absl::string_view word) {
  const size_t dash = word.rfind('-');
  return dash != absl::string_view::npos && dash > 0 &&
         InWordLists<kPlaceCompoundEnds, kBusinessCompoundEnds>(word.substr(dash + 1));
}

bool IsBusinessCompound(absl::string_view word) {
  const size_t dash = word.rfind('-');
  return dash != absl::string_view::npos && dash > 0 &&
         InWordLists<kBusinessCompoundEnds>(word.substr(dash + 1));
}

bool IsOfficeTitle(absl::string_view word) { return InWordLists<kOfficeTitles>(word); }

bool IsPortfolio(absl::string_view word) { return InWordLists<kPortfolios>(word); }

bool IsNationality(absl::string_view word) { return InWordLists<kNationalities>(word); }

bool IsSizeSuperlative(absl::string_view word) {
  const size_t hyphen = word.rfind('-');
  return InWordLists<kSizeSuperlatives>(hyphen == absl::string_view::npos
                                            ? word
                                            : word.substr(hyphen + 1));
}

bool IsContinentAdjective(absl::string_view word) {
  return InWordLists<kContinentAdjectives>(word);
}

bool IsFirstPersonWord(absl::string_view word) { return InWordLists<kFirstPersonWords>(word); }

bool IsRankWord(absl::string_view word) { return InWordLists<kRankWords>(word); }

bool IsScholarlyHonorific(absl::string_view word) {
  return InWordLists<kScholarlyHonorifics>(word);
}

bool IsDegreeHonorific(absl::string_view word) {
  return InWordLists<kDegreeHonorifics>(word);
}

bool IsPoliceForce(absl::string_view word) {
  return InWordLists<kPoliceForces>(word);
}

bool IsPlacePreposition(absl::string_view word) {
  return InWordLists<kPlacePrepositions>(word);
}

bool IsAddressPreposition(absl::string_view word) {
  return InWordLists<kAddressPrepositions>(word);
}

bool IsJurisdictionHead(absl::string_view word) {
  return InWordLists<kJurisdictionHeads>(word);
}

bool IsPartyName(absl::string_view word) { return InWordLists<kPartyNames>(word); }

bool IsNotBodyModifier(absl::string_view word) { return InWordLists<kNotBodyModifiers>(word); }

bool IsLowercaseBodyHead(absl::string_view word) {
  return InWordLists<kLowercaseBodyHeads>(word);
}

bool IsInstitutionHead(absl::string_view word) {
  return InWordLists<kLowercaseBodyHeads, kInstitutionHeads>(word);
}

bool IsPublicBodyOwner(absl::string_view word) { return InWordLists<kPublicBodyOwners>(word); }

bool IsBodyField(absl::string_view word) { return InWordLists<kBodyFields>(word); }

bool IsBodyScope(absl::string_view word) { return InWordLists<kBodyScopes>(word); }

bool IsOfficeHolder(absl::string_view word) { return InWordLists<kOfficeHolders>(word); }

bool IsLowercaseParticle(absl::string_view word) {
  return InWordLists<kLowercaseParticles>(word);
}

bool IsHyphenedParticle(absl::string_view word) { return InWordLists<kHyphenedParticles>(word); }

bool IsNamePreposition(absl::string_view word) { return InWordLists<kNamePrepositions>(word); }

bool IsAmountPlural(absl::string_view word) { return InWordLists<kAmountPlurals>(word); }

bool IsClubNameHead(absl::string_view word) { return InWordLists<kClubHeads>(word); }
bool IsClubMark(absl::string_view word) { return InWordLists<kClubMarks>(word); }
bool IsClubSport(absl::string_view word) { return InWordLists<kClubSports>(word); }
bool IsSportsStoryWord(absl::string_view word) { return InWordLists<kSportsStoryWords>(word); }
bool HasAbstractNounSuffix(absl::string_view word) {
  for (const absl::string_view suffix : kAbstractNounSuffixes) {
    if (absl::EndsWith(word, suffix)) return true;
  }
  return false;
}

bool IsBusinessRole(absl::string_view word) { return InWordLists<kBusinessRoles>(word); }

bool IsBusinessBeforeName(absl::string_view word) {
  return InWordLists<kBusinessBeforeName>(word);
}

uint32_t OrgNameHeadKind(absl::string_view word) {
  if (InWordLists<kBusinessHeads, kLegalForms>(word)) return kOrgKindBusiness;
  if (InWordLists<kPublicHeads>(word)) return kOrgKindPublic;
  if (InWordLists<kGroupHeads, kPartyPlurals>(word)) return kOrgKindGroup;
  return 0;
}

}  // namespace lexicon

absl::Span<const ClassEntry> WordClassTable() {
  static const std::vector<ClassEntry>* const kEntries =
      new std::vector<ClassEntry>(BuildEntries());
  return *kEntries;
}

}  // namespace factwire
